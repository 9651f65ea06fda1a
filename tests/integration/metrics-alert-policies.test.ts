import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const monitoring = path.join(root, 'ops/monitoring');
const readYaml = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const headings = markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
  return new Set(headings.map((line) => line.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replaceAll(' ', '-')));
}
const runbookAnchors = anchorsOf(readFileSync(path.join(root, 'docs/operations.md'), 'utf8'));

// the enums of the Cloud Monitoring API (projects.alertPolicies, Aggregation)
const COMPARISONS = ['COMPARISON_GT', 'COMPARISON_GE', 'COMPARISON_LT', 'COMPARISON_LE', 'COMPARISON_EQ', 'COMPARISON_NE'];
const ALIGNERS = ['ALIGN_RATE', 'ALIGN_DELTA', 'ALIGN_SUM', 'ALIGN_MEAN', 'ALIGN_MAX', 'ALIGN_PERCENTILE_99', 'ALIGN_PERCENTILE_95', 'ALIGN_PERCENTILE_50'];
const REDUCERS = ['REDUCE_SUM', 'REDUCE_MAX', 'REDUCE_MEAN', 'REDUCE_PERCENTILE_95', 'REDUCE_PERCENTILE_99', 'REDUCE_COUNT'];
const DURATION = /^\d+s$/;

interface Threshold {
  filter: string;
  aggregations: Array<{ alignmentPeriod: string; perSeriesAligner: string; crossSeriesReducer?: string }>;
  denominatorFilter?: string;
  denominatorAggregations?: Threshold['aggregations'];
  comparison: string;
  thresholdValue: number;
  duration: string;
}

describe('Cloud Monitoring policies (ops/monitoring/cloud-monitoring)', () => {
  const policies = yamlFiles(path.join(monitoring, 'cloud-monitoring/policies')).map((file) => ({ file, policy: readYaml(file) }));
  const logMetrics = new Set(yamlFiles(path.join(monitoring, 'cloud-monitoring/log-metrics')).map((f) => path.basename(f, '.yaml')));
  // apply.sh names a channel CHANNEL_<file without slack- and -ops>
  const channels = new Set(
    yamlFiles(path.join(monitoring, 'cloud-monitoring/channels')).map((f) => `\${CHANNEL_${path.basename(f, '.yaml').replace(/^slack-/, '').replace(/-ops$/, '').toUpperCase().replaceAll('-', '_')}}`),
  );

  it('has the design\'s five metric alerts and three log-based alerts', () => {
    expect(policies.map(({ policy }) => policy.displayName).sort()).toEqual(
      ['ErrorLogs', 'ExternalApiFailures', 'GeminiErrorRate', 'HighCpuUsage', 'HighErrorRate', 'HighLatencyP95', 'HighMemoryUsage', 'SecurityEvents'].map((n) => `tokyo-ai-chat ${n}`),
    );
  });

  it.each(policies.map(({ file, policy }) => [path.basename(file), policy]))('%s is a well-formed policy', (_name, policy) => {
    expect(['CRITICAL', 'WARNING']).toContain(policy.severity);
    expect(policy.combiner).toBe('OR');
    const docs = policy.documentation as { content: string; mimeType: string };
    expect(docs.mimeType).toBe('text/markdown');
    const anchor = /docs\/operations\.md#([\w-]+)/.exec(docs.content)?.[1];
    expect(runbookAnchors).toContain(anchor);
    for (const channel of policy.notificationChannels as string[]) expect(channels).toContain(channel);
    expect((policy.notificationChannels as string[]).includes('${CHANNEL_CRITICAL}')).toBe(policy.severity === 'CRITICAL');
    const conditions = policy.conditions as Array<{ displayName: string; conditionThreshold: Threshold }>;
    expect(conditions).toHaveLength(1);
    for (const { conditionThreshold: c } of conditions) {
      expect(COMPARISONS).toContain(c.comparison);
      expect(typeof c.thresholdValue).toBe('number');
      expect(c.duration).toMatch(DURATION);
      for (const a of [...c.aggregations, ...(c.denominatorAggregations ?? [])]) {
        expect(a.alignmentPeriod).toMatch(DURATION);
        expect(ALIGNERS).toContain(a.perSeriesAligner);
        if (a.crossSeriesReducer) expect(REDUCERS).toContain(a.crossSeriesReducer);
      }
      expect(c.denominatorFilter === undefined).toBe(c.denominatorAggregations === undefined);
      for (const filter of [c.filter, c.denominatorFilter ?? '']) {
        for (const [, metric] of filter.matchAll(/logging\.googleapis\.com\/user\/(\w+)/g)) expect(logMetrics).toContain(metric);
      }
    }
  });

  it('defines each log-based metric with labels it extracts', () => {
    for (const file of yamlFiles(path.join(monitoring, 'cloud-monitoring/log-metrics'))) {
      const metric = readYaml(file) as {
        filter: string;
        metricDescriptor: { metricKind: string; valueType: string; labels?: Array<{ key: string }> };
        labelExtractors?: Record<string, string>;
        valueExtractor?: string;
        bucketOptions?: unknown;
      };
      expect(Object.keys(metric.labelExtractors ?? {}).sort()).toEqual((metric.metricDescriptor.labels ?? []).map((l) => l.key).sort());
      if (path.basename(file) === 'tokyo_ai_chat_forecaster_min_instances.yaml') {
        // the predictive scaling job's decisions: a distribution of the floor it decided, from its log line
        expect(metric.metricDescriptor).toMatchObject({ metricKind: 'DELTA', valueType: 'DISTRIBUTION' });
        expect(metric.valueExtractor).toBe('EXTRACT(jsonPayload.decision.target)');
        expect(metric.bucketOptions).toBeDefined();
        expect(metric.filter).toContain('resource.labels.job_name="${FORECASTER_JOB}"');
        continue;
      }
      expect(metric.metricDescriptor).toMatchObject({ metricKind: 'DELTA', valueType: 'INT64' });
      expect(metric.filter).toContain('resource.labels.service_name="${SERVICE_NAME}"');
    }
  });
});

describe('Prometheus alert rules (ops/monitoring/prometheus)', () => {
  const groups = readYaml(path.join(monitoring, 'prometheus/alerts.yml')).groups as Array<{ rules: Array<Record<string, unknown>> }>;
  const alerts = groups.flatMap((g) => g.rules).filter((r) => 'alert' in r) as Array<{ alert: string; labels: { severity: string }; annotations: Record<string, string> }>;

  it('has the design\'s five metric alerts', () => {
    expect(alerts.map((a) => a.alert)).toEqual(expect.arrayContaining(['HighErrorRate', 'HighLatencyP95', 'GeminiErrorRate', 'HighMemoryUsage', 'HighCpuUsage']));
  });

  it('gives every alert a severity Alertmanager routes, a summary and a runbook section that exists', () => {
    for (const alert of alerts) {
      expect(['critical', 'warning', 'info']).toContain(alert.labels.severity);
      expect(alert.annotations.summary).toBeTruthy();
      const anchor = /^docs\/operations\.md#([\w-]+)$/.exec(alert.annotations.runbook_url ?? '')?.[1];
      expect([alert.alert, runbookAnchors.has(anchor ?? '')]).toEqual([alert.alert, true]);
    }
  });
});
