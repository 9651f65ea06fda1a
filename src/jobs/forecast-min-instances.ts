/**
 * The predictive scaling job: `node src/jobs/forecast-min-instances.ts [--dry-run] [--assume-current N]`.
 * Run by Cloud Scheduler as a Cloud Run job every 5 minutes (ops/cloudrun/forecaster-job.yaml); reads the
 * request-rate history, forecasts the next hour and sets the service's minimum instances (src/capacity/).
 * This file only wires: the environment, the real logger and notifier, the Google credentials, the adapters.
 * Exit codes: 0 decided (applied, unchanged or dry run), 2 skipped for lack of history, 1 failed, 78 bad settings.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { z } from 'zod';
import { createNotifier } from '../adapters/notify/create-notifier.ts';
import { MetadataServerCredentials } from '../adapters/speech/google/google-credentials.ts';
import { cloudRunRequestCountFilter, CloudMonitoringHistory } from '../capacity/adapters/cloud-monitoring-history.ts';
import { CloudRunMinInstances } from '../capacity/adapters/cloud-run-min-instances.ts';
import { AssumedMinInstances, NO_CREDENTIALS, StaticTokenCredentials } from '../capacity/adapters/fixed-credentials.ts';
import { chatTurnRateQuery, PrometheusHistory } from '../capacity/adapters/prometheus-history.ts';
import { PrometheusTextfile } from '../capacity/adapters/prometheus-textfile.ts';
import type { AlertSink, DecisionSink, MinInstancesSetting, RateHistorySource, RequestCredentials } from '../capacity/ports.ts';
import { exitCodeOf, runForecastJob } from '../capacity/run-forecast-job.ts';
import { SCALING_POLICY } from '../capacity/scaling-policy.ts';
import { ConfigError, loadEnv } from '../config/env.ts';
import { createLogger } from '../observability/logger.ts';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** The job's own settings (docs/operations.md, "Predictive scaling"); the notifier's come from the app's schema. */
const jobEnvSchema = z.object({
  FORECAST_SOURCE: z.enum(['cloud-monitoring', 'prometheus']).default('cloud-monitoring'),
  FORECAST_PROJECT: optionalText,
  FORECAST_REGION: z.string().min(1).default('asia-northeast1'),
  FORECAST_SERVICE: z.string().regex(/^[a-z][-a-z0-9]{0,47}$/, 'FORECAST_SERVICE must be a Cloud Run service name').default('tokyo-ai-chat-service'),
  /** A Cloud Monitoring filter for the rate; default: Cloud Run's request count of the service. */
  FORECAST_MONITORING_FILTER: optionalText,
  /** The Prometheus HTTP API, or Cloud Monitoring's PromQL endpoint (with FORECAST_PROMETHEUS_GOOGLE_AUTH=true). */
  FORECAST_PROMETHEUS_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  FORECAST_PROMETHEUS_QUERY: optionalText,
  FORECAST_PROMETHEUS_GOOGLE_AUTH: z.enum(['true', 'false', '']).optional().transform((value) => value === 'true'),
  FORECAST_DRY_RUN: z.enum(['true', 'false', '']).optional().transform((value) => value === 'true'),
  /** Where to write the run's metrics for a textfile collector (unset: the log line only). */
  FORECAST_METRICS_FILE: optionalText,
  /** A bearer token for a run outside Google Cloud; on Cloud Run the metadata server's token is used. */
  GOOGLE_ACCESS_TOKEN: optionalText,
  /** API endpoints (tests point them at doubles). */
  CLOUD_RUN_API_URL: z.url({ protocol: /^https?$/ }).default('https://run.googleapis.com'),
  MONITORING_API_URL: z.url({ protocol: /^https?$/ }).default('https://monitoring.googleapis.com'),
});

function parseSettings() {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, 'assume-current': { type: 'string' } }, allowPositionals: false });
  const parsed = jobEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const env = loadEnv();
  const job = parsed.data;
  const dryRun = values['dry-run'] === true || job.FORECAST_DRY_RUN;
  const assumeCurrent = values['assume-current'] === undefined ? undefined : Number(values['assume-current']);
  if (assumeCurrent !== undefined && (!Number.isInteger(assumeCurrent) || assumeCurrent < 0)) throw new ConfigError('--assume-current needs an instance count');
  if (assumeCurrent !== undefined && !dryRun) throw new ConfigError('--assume-current is for dry runs only (add --dry-run)');
  const project = job.FORECAST_PROJECT ?? env.GOOGLE_CLOUD_PROJECT;
  const needsGoogle = job.FORECAST_SOURCE === 'cloud-monitoring' || assumeCurrent === undefined;
  if (needsGoogle && !project) throw new ConfigError('Invalid configuration:\n  FORECAST_PROJECT (or GOOGLE_CLOUD_PROJECT) is required');
  if (job.FORECAST_SOURCE === 'prometheus' && !job.FORECAST_PROMETHEUS_URL) throw new ConfigError('Invalid configuration:\n  FORECAST_PROMETHEUS_URL is required with FORECAST_SOURCE=prometheus');
  return { env, job, dryRun, assumeCurrent, project: project ?? '' };
}

async function main(): Promise<number> {
  const { env, job, dryRun, assumeCurrent, project } = parseSettings();
  // synchronous writes: the process exits right after the run, and no line may be lost
  const log = createLogger({ level: env.LOG_LEVEL, version: env.APP_VERSION, destination: pino.destination({ dest: 1, sync: true }) }).child({ job: 'forecast-min-instances' });
  const google: RequestCredentials = job.GOOGLE_ACCESS_TOKEN ? new StaticTokenCredentials(job.GOOGLE_ACCESS_TOKEN) : new MetadataServerCredentials(env.GOOGLE_METADATA_URL);
  const history: RateHistorySource =
    job.FORECAST_SOURCE === 'prometheus'
      ? new PrometheusHistory({ baseUrl: job.FORECAST_PROMETHEUS_URL ?? '', query: job.FORECAST_PROMETHEUS_QUERY ?? chatTurnRateQuery(SCALING_POLICY.stepMs), credentials: job.FORECAST_PROMETHEUS_GOOGLE_AUTH ? google : NO_CREDENTIALS })
      : new CloudMonitoringHistory({ project, filter: job.FORECAST_MONITORING_FILTER ?? cloudRunRequestCountFilter(job.FORECAST_SERVICE), credentials: google, baseUrl: job.MONITORING_API_URL });
  const setting: MinInstancesSetting =
    assumeCurrent !== undefined ? new AssumedMinInstances(assumeCurrent) : new CloudRunMinInstances({ project, region: job.FORECAST_REGION, service: job.FORECAST_SERVICE, credentials: google, baseUrl: job.CLOUD_RUN_API_URL });
  const notifier = createNotifier(env, { log });
  const alerts: AlertSink = {
    async send(alert) {
      notifier.notify({ ...alert, at: Date.now() });
      await notifier.drain(); // the process ends after the run: wait for the channels' retries
    },
  };
  const sinks: DecisionSink[] = job.FORECAST_METRICS_FILE ? [new PrometheusTextfile(job.FORECAST_METRICS_FILE)] : [];
  const record = await runForecastJob({ history, setting, alerts, sinks, log, policy: SCALING_POLICY, now: Date.now, dryRun });
  return exitCodeOf(record.outcome);
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`forecast-min-instances cannot start: ${error.message}\n`);
  process.exitCode = 78; // EX_CONFIG
}
