import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MonitoringDouble, startCloudMonitoringDouble } from '../fakes/cloud-monitoring-server.ts';
import { type CloudRunDouble, startCloudRunDouble } from '../fakes/cloud-run-admin-server.ts';
import type { FakeServer } from '../fakes/google-speech-server.ts';
import { startFakeMetadataServer } from '../fakes/google-speech-metadata.ts';
import { type ApiServer, startJsonApiServer } from '../fakes/json-api-server.ts';
import { startPrometheusDouble } from '../fakes/prometheus-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ya29.job-token';
const DAY = 86_400_000;
/** A workday-and-weekend shaped rate with 20 turns/s at night and ~300 at the evening peak. */
const rateAt = (ms: number) => {
  const hour = ((ms / 3_600_000 + 9) % 24 + 24) % 24;
  return 20 + 280 * Math.exp(-(((hour - 18) / 3) ** 2));
};
const historySince = (days: number) => {
  const from = Date.now() - days * DAY;
  return (ms: number) => (ms >= from ? rateAt(ms) : undefined);
};

interface JobRun {
  code: number | null;
  lines: Array<Record<string, unknown>>;
  stderr: string;
}

function runJob(env: Record<string, string>, args: string[] = []): Promise<JobRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/jobs/forecast-min-instances.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const lines = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, lines, stderr });
    });
  });
}

const decisionOf = (run: JobRun) => run.lines.find((line) => line.message === 'scaling decision')?.decision as Record<string, unknown> | undefined;

describe('the forecaster job entry (node src/jobs/forecast-min-instances.ts)', () => {
  let metadata: FakeServer;
  let webhook: ApiServer;
  let dir: string;

  beforeAll(async () => {
    metadata = await startFakeMetadataServer(TOKEN);
    webhook = await startJsonApiServer(() => ({ status: 200, body: {} }));
    dir = await mkdtemp(path.join(tmpdir(), 'forecaster-'));
  });
  afterAll(async () => {
    await metadata.close();
    await webhook.close();
  });

  async function withDoubles(historyDays: number, fn: (monitoring: MonitoringDouble, run: CloudRunDouble, env: Record<string, string>) => Promise<void>) {
    const monitoring = await startCloudMonitoringDouble({ project: 'tac-prod', token: TOKEN, rateAt: historySince(historyDays) });
    const run = await startCloudRunDouble({ project: 'tac-prod', location: 'asia-northeast1', service: 'tokyo-ai-chat-service', token: TOKEN, minInstanceCount: 3 });
    const env = {
      FORECAST_PROJECT: 'tac-prod',
      GOOGLE_METADATA_URL: metadata.url,
      MONITORING_API_URL: monitoring.url,
      CLOUD_RUN_API_URL: run.url,
      ALERT_WEBHOOK_URL: `${webhook.url}/alerts`,
    };
    try {
      await fn(monitoring, run, env);
    } finally {
      await monitoring.close();
      await run.close();
    }
  }

  it('in dry-run mode prints its decision with its inputs, writes the metrics file, and changes nothing', async () => {
    await withDoubles(21, async (monitoring, run, env) => {
      const metricsFile = path.join(dir, 'dry.prom');
      const result = await runJob({ ...env, FORECAST_METRICS_FILE: metricsFile }, ['--dry-run']);
      expect(result.code, result.stderr).toBe(0);
      const decision = decisionOf(result);
      expect(decision).toMatchObject({ outcome: expect.stringMatching(/^(dry_run|unchanged)$/), dryRun: true, source: 'cloud-monitoring', current: 3 });
      expect(decision?.forecastPeak).toBeGreaterThan(0);
      expect(run.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
      expect(monitoring.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      const metrics = await readFile(metricsFile, 'utf8');
      expect(metrics).toMatch(/^tac_forecaster_dry_run 1$/m);
      expect(metrics.split('\n')).toContain(`tac_forecaster_min_instances_target ${String(decision?.target)}`);
    });
  });

  it('outside dry-run sets the minimum instances it decided', async () => {
    await withDoubles(21, async (_monitoring, run, env) => {
      const result = await runJob(env);
      expect(result.code, result.stderr).toBe(0);
      const decision = decisionOf(result);
      expect(run.minInstanceCount()).toBe(decision?.target);
      if (decision?.target !== 3) expect(decision?.outcome).toBe('applied');
    });
  });

  it('on a 403 from Cloud Monitoring leaves the setting alone, alerts through the webhook, and exits 1', async () => {
    await withDoubles(21, async (monitoring, run, env) => {
      monitoring.fail(403);
      webhook.requests.length = 0;
      const result = await runJob(env);
      expect(result.code).toBe(1);
      expect(run.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
      expect(webhook.requests).toHaveLength(1);
      expect(webhook.requests[0]?.body).toMatchObject({ alert: { subject: 'forecaster:error', severity: 'warning', labels: { api: 'cloud-monitoring', status: '403' } } });
      expect(result.lines.some((line) => line.message === 'scaling decision failed: the minimum instances are left as they were')).toBe(true);
    });
  });

  it('with two days of history leaves the setting alone, alerts, and exits 2', async () => {
    await withDoubles(2, async (_monitoring, run, env) => {
      webhook.requests.length = 0;
      const result = await runJob(env);
      expect(result.code).toBe(2);
      expect(run.minInstanceCount()).toBe(3);
      expect(webhook.requests[0]?.body).toMatchObject({ alert: { subject: 'forecaster:history' } });
    });
  });

  it('runs on one machine against a local Prometheus, without Google, in dry-run mode', async () => {
    const prometheus = await startPrometheusDouble(historySince(21));
    try {
      const result = await runJob({ FORECAST_SOURCE: 'prometheus', FORECAST_PROMETHEUS_URL: prometheus.url }, ['--dry-run', '--assume-current', '3']);
      expect(result.code, result.stderr).toBe(0);
      expect(decisionOf(result)).toMatchObject({ source: 'prometheus', current: 3, dryRun: true });
    } finally {
      await prometheus.close();
    }
  });

  it('refuses bad settings with exit code 78 and a message', async () => {
    const result = await runJob({ FORECAST_SOURCE: 'prometheus' }, ['--dry-run', '--assume-current', '3']);
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/FORECAST_PROMETHEUS_URL is required/);
    const live = await runJob({ FORECAST_SOURCE: 'prometheus', FORECAST_PROMETHEUS_URL: 'http://127.0.0.1:9' }, ['--assume-current', '3']);
    expect(live.code).toBe(78);
    expect(live.stderr).toMatch(/for dry runs only/);
  });
});
