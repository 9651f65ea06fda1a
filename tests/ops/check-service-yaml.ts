/**
 * Checks a rendered Cloud Run service definition (ops/cloudrun/service.yaml after the deploy script filled it in)
 * against the env schema and the deployment rules of issue 7. Run by tests/ops/service-yaml.bats:
 *   node tests/ops/check-service-yaml.ts FILE      (exit 0: no problem; 1: each problem printed)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { envSchema } from '../../src/config/env.ts';

/** Variables of the schema deliberately not set on Cloud Run, and why. */
export const NOT_ON_CLOUD_RUN: Record<string, string> = {
  PORT: 'reserved by Cloud Run, which sets it from containerPort',
  GEMINI_BASE_URL: 'only for tests (a local double); production uses the Gemini API default',
  GOOGLE_TTS_URL: 'only for tests; the default is the production endpoint',
  GOOGLE_STT_URL: 'only for tests; the default is the production endpoint',
  GOOGLE_METADATA_URL: 'only for tests; the default is the metadata server',
  GOOGLE_TRANSLATE_URL: 'only for tests; the default is the production endpoint',
  GOOGLE_SPEECH_API_KEY: "Cloud Run uses the service account's token from the metadata server instead of a key",
  RATE_LIMIT_EXEMPT_LOOPBACK: 'for benchmarks only; the server refuses it with NODE_ENV=production',
  VOICE_ALLOWED_ORIGINS: "the page is served by this service: its own origin may open the voice socket without configuration",
  CATALOG_ALLOWED_HOSTS: "the refresh does not run in the service (DATA_REFRESH_INTERVAL_MINUTES=0); its default allowlist is production's",
};

/** Variables that hold a credential or a URL with one: they must come from Secret Manager. */
export const SECRET_VARIABLES = ['REDIS_URL', 'GEMINI_API_KEY', 'METRICS_TOKEN', 'SLACK_WEBHOOK_CRITICAL', 'SLACK_WEBHOOK_OPS', 'ALERT_WEBHOOK_URL', 'SMTP_URL', 'GOOGLE_SPEECH_API_KEY'];

/** What a secret looks like when someone pastes one inline. */
const SECRET_SHAPES: Array<[RegExp, string]> = [
  [/:\/\/[^/\s:@]*:[^@\s]+@/, 'a URL with a password'],
  [/AIza[0-9A-Za-z_-]{20,}/, 'a Google API key'],
  [/hooks\.slack\.com\/services\//, 'a Slack webhook URL'],
  [/xox[abposr]-[0-9A-Za-z-]+/, 'a Slack token'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
];

/** Placeholder values for the secrets, so that the plain values can be checked by the schema itself. */
const SECRET_STAND_INS: Record<string, string> = {
  REDIS_URL: 'redis://10.0.0.3:6379',
  GEMINI_API_KEY: 'stand-in',
  METRICS_TOKEN: 'stand-in-token-0123456789',
  SLACK_WEBHOOK_CRITICAL: 'https://example.invalid/critical',
  SLACK_WEBHOOK_OPS: 'https://example.invalid/ops',
  ALERT_WEBHOOK_URL: 'https://example.invalid/alerts',
  SMTP_URL: 'smtp://example.invalid:587',
};

interface Probe {
  httpGet?: { path?: string };
}

/** The parts of a Knative service definition the checks read. */
interface ServiceDoc {
  apiVersion?: string;
  kind?: string;
  spec?: {
    traffic?: unknown[];
    template?: {
      metadata?: { annotations?: Record<string, string> };
      spec?: {
        containerConcurrency?: number;
        serviceAccountName?: string;
        containers?: Array<{
          resources?: { limits?: { cpu?: string; memory?: string } };
          ports?: Array<{ containerPort?: number }>;
          startupProbe?: Probe;
          livenessProbe?: Probe;
          env?: EnvEntry[];
        }>;
      };
    };
  };
}

interface EnvEntry {
  name?: string;
  value?: unknown;
  valueFrom?: { secretKeyRef?: { name?: string; key?: string } };
}

/** Every problem found in the service definition (empty: it is fine). */
export function checkServiceYaml(text: string): string[] {
  const problems: string[] = [];
  const doc = parse(text) as ServiceDoc | null;
  if (doc?.apiVersion !== 'serving.knative.dev/v1' || doc?.kind !== 'Service') problems.push('not a serving.knative.dev/v1 Service');
  const template = doc?.spec?.template ?? {};
  const annotations = template.metadata?.annotations ?? {};
  const expect = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  expect(annotations['autoscaling.knative.dev/minScale'] === '3', 'minScale must be 3');
  expect(annotations['autoscaling.knative.dev/maxScale'] === '20', 'maxScale must be 20');
  expect(annotations['run.googleapis.com/execution-environment'] === 'gen2', 'execution environment must be gen2');
  const vpc = annotations['run.googleapis.com/network-interfaces'] ?? annotations['run.googleapis.com/vpc-access-connector'];
  expect(Boolean(vpc) && Boolean(annotations['run.googleapis.com/vpc-access-egress']), 'Redis needs VPC egress (network-interfaces or a connector, and vpc-access-egress)');
  expect(template.spec?.containerConcurrency === 80, 'containerConcurrency must be 80');
  expect(template.spec?.serviceAccountName?.includes('@') === true, 'serviceAccountName must be a service account');
  const containers = template.spec?.containers ?? [];
  expect(containers.length === 1, 'exactly one container');
  const container = containers[0] ?? {};
  expect(Boolean(container.resources?.limits?.cpu && container.resources?.limits?.memory), 'CPU and memory limits must be set');
  expect(container.ports?.[0]?.containerPort === 3000, 'containerPort must be 3000 (the image listens there)');
  expect(container.startupProbe?.httpGet?.path === '/api/health/ready', 'the startup probe must ask /api/health/ready');
  expect(container.livenessProbe?.httpGet?.path === '/api/health', 'the liveness probe must ask /api/health');
  expect((doc?.spec?.traffic?.length ?? 0) > 0, 'a traffic block is needed');

  const env = container.env ?? [];
  const names = env.map((entry) => entry.name ?? '');
  for (const name of names.filter((name, i) => names.indexOf(name) !== i)) problems.push(`${name} is set twice`);
  for (const name of Object.keys(envSchema.shape)) {
    if (name in NOT_ON_CLOUD_RUN) {
      if (names.includes(name)) problems.push(`${name} must not be set on Cloud Run: ${NOT_ON_CLOUD_RUN[name]}`);
    } else if (!names.includes(name)) {
      problems.push(`${name} (src/config/env.ts) is missing`);
    }
  }
  for (const name of names) if (!(name in envSchema.shape)) problems.push(`${name} is not a variable of src/config/env.ts`);

  const plain: Record<string, string> = {};
  for (const entry of env) {
    const name = entry.name ?? '';
    if (SECRET_VARIABLES.includes(name)) {
      const ref = entry.valueFrom?.secretKeyRef;
      if (entry.value !== undefined || !ref?.name || !ref.key) problems.push(`${name} must come from Secret Manager (valueFrom.secretKeyRef)`);
      continue;
    }
    if (entry.valueFrom) continue;
    if (typeof entry.value !== 'string') {
      problems.push(`${name}: the value must be a quoted string, not ${JSON.stringify(entry.value)}`);
      continue;
    }
    for (const [shape, what] of SECRET_SHAPES) if (shape.test(entry.value)) problems.push(`${name} holds ${what} inline`);
    plain[name] = entry.value;
  }
  const parsed = envSchema.safeParse({ ...SECRET_STAND_INS, ...plain });
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  return problems;
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node tests/ops/check-service-yaml.ts FILE');
    process.exit(64);
  }
  const problems = checkServiceYaml(readFileSync(file, 'utf8'));
  for (const problem of problems) console.log(`service.yaml: ${problem}`);
  process.exit(problems.length === 0 ? 0 : 1);
}
