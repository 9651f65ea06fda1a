/**
 * Checks ops/cloudrun/forecaster-job.yaml, then runs the job as it defines it. The definition: a Cloud Run job whose
 * container runs an entry that exists, with no retry, every secret by reference and none inline. The run: the
 * container's command, with its environment as rendered (FORECAST_DRY_RUN=true, the first week's setting) and the
 * Google endpoints pointed at the wire-format doubles, must decide and change nothing.
 * Usage: node tests/ops/check-forecaster-job.ts   (exit 0: passed; 1: failures printed)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { startCloudMonitoringDouble } from '../fakes/cloud-monitoring-server.ts';
import { startCloudRunDouble } from '../fakes/cloud-run-admin-server.ts';
import { startFakeMetadataServer } from '../fakes/google-speech-metadata.ts';
import { startJsonApiServer } from '../fakes/json-api-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ya29.job-check';
const fields: Record<string, string> = {
  FORECASTER_JOB: 'tokyo-ai-chat-forecaster',
  REGION: 'asia-northeast1',
  FORECASTER_SERVICE_ACCOUNT: 'tac-forecaster@tac-prod.iam.gserviceaccount.com',
  IMAGE: 'asia-docker.pkg.dev/tac-prod/tac/tokyo-ai-chat@sha256:0123',
  APP_VERSION: '0123456',
  PROJECT_ID: 'tac-prod',
  SERVICE: 'tokyo-ai-chat-service',
  FORECAST_DRY_RUN: 'true',
  ALERT_EMAIL_TO: 'ops@example.jp',
  ALERT_EMAIL_FROM: 'tac-alerts@example.jp',
  SECRET_PREFIX: '',
};
const failures: string[] = [];
const check = (ok: boolean, message: string) => {
  if (!ok) failures.push(message);
};

const template = readFileSync(path.join(root, 'ops/cloudrun/forecaster-job.yaml'), 'utf8');
const rendered = template.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
  check(name in fields, `unknown field \${${name}}`);
  return fields[name] ?? '';
});
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}
const job = parse(rendered) as {
  kind: string;
  spec: { template: { spec: { template: { spec: { maxRetries: number; serviceAccountName: string; containers: Array<{ image: string; command: string[]; args: string[]; env: EnvVar[] }> } } } } };
};
check(job.kind === 'Job', 'kind must be Job');
const task = job.spec.template.spec.template.spec;
check(task.maxRetries === 0, 'maxRetries must be 0: the next scheduled run replaces a failed one');
check(task.serviceAccountName === fields.FORECASTER_SERVICE_ACCOUNT, 'the job runs as its own service account');
const container = task.containers[0];
if (!container) throw new Error('no container');
check(container.command.join(' ') === 'node', 'the command is node');
check(existsSync(path.join(root, container.args[0] ?? '')), `the entry ${container.args[0]} exists`);
const secrets = ['SLACK_WEBHOOK_OPS', 'SLACK_WEBHOOK_CRITICAL', 'ALERT_WEBHOOK_URL', 'SMTP_URL'];
for (const variable of container.env) {
  if (secrets.includes(variable.name)) check(variable.valueFrom?.secretKeyRef !== undefined, `${variable.name} must come from Secret Manager`);
  if (variable.value !== undefined) check(!/^(https?|smtps?|rediss?):\/\/[^/]*@/.test(variable.value) && !/hooks\.slack\.com/.test(variable.value), `${variable.name} holds a credential inline`);
}
check(container.env.find((v) => v.name === 'FORECAST_DRY_RUN')?.value === 'true', 'FORECAST_DRY_RUN is filled from the field');

// the run: the container's command and environment, the Google endpoints at the doubles
const monitoring = await startCloudMonitoringDouble({
  project: fields.PROJECT_ID as string,
  token: TOKEN,
  rateAt: (ms) => (ms > Date.now() - 21 * 86_400_000 ? 50 + 100 * Math.sin((Math.PI * (ms % 86_400_000)) / 86_400_000) ** 2 : undefined),
});
const run = await startCloudRunDouble({ project: fields.PROJECT_ID as string, location: fields.REGION as string, service: fields.SERVICE as string, token: TOKEN, minInstanceCount: 3 });
const metadata = await startFakeMetadataServer(TOKEN);
const webhook = await startJsonApiServer(() => ({ status: 200, body: {} }));
try {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', NODE_ENV: 'production' };
  for (const variable of container.env) env[variable.name] = variable.value ?? (variable.name === 'SMTP_URL' ? 'smtp://127.0.0.1:9' : `${webhook.url}/${variable.name.toLowerCase()}`);
  Object.assign(env, { MONITORING_API_URL: monitoring.url, CLOUD_RUN_API_URL: run.url, GOOGLE_METADATA_URL: metadata.url });
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(container.command[0] === 'node' ? process.execPath : (container.command[0] as string), container.args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
  check(result.code === 0, `the job exited ${result.code}: ${result.stderr}${result.stdout.slice(-500)}`);
  const line = result.stdout.split('\n').find((l) => l.includes('"message":"scaling decision"'));
  check(line !== undefined, 'the job logged no scaling decision');
  const decision = line ? (JSON.parse(line) as { decision: { dryRun: boolean; source: string } }).decision : undefined;
  check(decision?.dryRun === true && decision.source === 'cloud-monitoring', `the decision is a dry run from Cloud Monitoring: ${JSON.stringify(decision)}`);
  check(run.requests.every((r) => r.method === 'GET'), 'a dry run changed the service');
  check(run.minInstanceCount() === 3, 'the minimum instances changed');
  if (decision) console.log(`forecaster job (dry run): ${line && (JSON.parse(line) as { summary: string }).summary}`);
} finally {
  await Promise.all([monitoring.close(), run.close(), metadata.close(), webhook.close()]);
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`check-forecaster-job: ${failure}`);
  process.exit(1);
}
console.log('check-forecaster-job: passed');
