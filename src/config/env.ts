import { z } from 'zod';
import { ADMISSION } from './tunables.ts';

const flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'on');

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** The environment the server reads, parsed once at start (PRODUCT.md, "Configuration"). */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  GEMINI_API_KEY: optionalText,
  GEMINI_MODEL: z.string().min(1).default('gemini-3.5-flash-lite'),
  GEMINI_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** A Gemini stream with no text after this long falls back to the local engine (default GEMINI.firstTokenMs). */
  GEMINI_FIRST_TOKEN_MS: optionalText
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .pipe(z.number().int().min(100).max(5_000).optional()),
  /**
   * Proxies in front of the server that append to X-Forwarded-For (Cloud Run's front end: 1; with an external
   * load balancer in front of it: 2; 0 to ignore the header). The client address is the entry that many from the right.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(1),
  /** API requests one instance answers at once (ADMISSION.maxConcurrent, Cloud Run's containerConcurrency); more get 503 `overloaded`. */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(ADMISSION.maxConcurrent),
  /**
   * New requests are refused while the instance's event loop is this late on average, ms; 0 (the default, and a
   * process that shares its CPU with other work: tests, a laptop) never for that. Deployed: ADMISSION.maxEventLoopDelayMs.
   */
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional()),
  /** Google Cloud project of the trace ids in log lines (`logging.googleapis.com/trace`). */
  GOOGLE_CLOUD_PROJECT: optionalText.pipe(z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'GOOGLE_CLOUD_PROJECT must be a project id').optional()),
  /** Slack incoming webhooks of the app's own alerts: critical ones, and warnings and notices (ops). */
  SLACK_WEBHOOK_CRITICAL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SLACK_WEBHOOK_OPS: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** A generic webhook that receives every alert as JSON (an incident tool, a pager). */
  ALERT_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Critical alerts by e-mail: recipients (comma-separated), sender, and the SMTP server (smtp:// or smtps://). */
  ALERT_EMAIL_TO: optionalText.pipe(
    z
      .string()
      .transform((value) => value.split(',').map((address) => address.trim()).filter(Boolean))
      .pipe(z.array(z.email('ALERT_EMAIL_TO must be e-mail addresses separated by commas')).min(1))
      .optional(),
  ),
  ALERT_EMAIL_FROM: optionalText.pipe(z.email().optional()),
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  /** Speech engines (docs/voice.md): `local` = Open JTalk / espeak-ng and pocketsphinx; `google` = Google Cloud. */
  SPEECH_SYNTHESIS: z.enum(['local', 'google']).default('local'),
  SPEECH_RECOGNITION: z.enum(['local', 'google']).default('local'),
  /** An API key for the Google speech APIs; unset: an access token from the metadata server (Cloud Run's service account). */
  GOOGLE_SPEECH_API_KEY: optionalText,
  /** Endpoints of the Google speech APIs and the metadata server (tests point them at local doubles). */
  GOOGLE_TTS_URL: z.url({ protocol: /^https?$/ }).default('https://texttospeech.googleapis.com'),
  GOOGLE_STT_URL: z.url({ protocol: /^https?$/ }).default('https://speech.googleapis.com'),
  GOOGLE_METADATA_URL: z.url({ protocol: /^https?$/ }).default('http://metadata.google.internal'),
  MAINTENANCE_MODE: flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SNAPSHOT_PATH: z.string().min(1).default('data/snapshot/corpus.json'),
  /** The bundled open data the snapshot is built from (publisher files; the refresh never writes here). */
  OPENDATA_DIR: z.string().min(1).default('data/opendata'),
  /** Live refresh from the Tokyo Open Data Catalog (CKAN): every N minutes; 0 (the default) = off, offline. */
  DATA_REFRESH_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).default(0),
  CATALOG_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://catalog.data.metro.tokyo.lg.jp'),
  /** Where refreshed files and their manifest are kept (replacing bundled files in the build, not on disk). */
  DATA_REFRESH_CACHE_DIR: z.string().min(1).default('data/refresh-cache'),
  STATIC_DIR: z.string().min(1).default('out'),
  APP_VERSION: z.string().min(1).default('dev'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; a wrong value stops the start with a message naming every bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
