import { isIP } from 'node:net';
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
   * Proxies that are always in front of the server and append to X-Forwarded-For (Cloud Run's front end: 1). The
   * client address is the entry that many from the right; 0 (the default) ignores the header: a server reached
   * directly must not take a client's word for its address (docs/security.md).
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /**
   * Addresses (or CIDR ranges) of proxies that may also be in front, such as the external load balancer: an entry
   * of X-Forwarded-For in these ranges is a proxy, and the client is the next entry to its left.
   */
  TRUSTED_PROXY_RANGES: optionalText.pipe(
    z
      .string()
      .transform((value) => value.split(',').map((range) => range.trim()).filter(Boolean))
      .pipe(z.array(z.string().refine(isAddressRange, 'TRUSTED_PROXY_RANGES must be IP addresses or CIDR ranges, separated by commas')).max(32))
      .optional(),
  ),
  /**
   * Benchmarks and evaluation runs only: requests whose connection comes from the loopback address are not rate
   * limited. Refused with NODE_ENV=production.
   */
  RATE_LIMIT_EXEMPT_LOOPBACK: flag,
  /**
   * Origins (scheme://host[:port]) whose pages may open the voice WebSocket, besides the app's own (the origin whose
   * host is the request's Host). A browser always sends Origin; a native client sends none and is let in.
   */
  VOICE_ALLOWED_ORIGINS: optionalText.pipe(
    z
      .string()
      .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.string().refine(isOrigin, 'VOICE_ALLOWED_ORIGINS must be origins such as https://app.example.jp, separated by commas')))
      .optional(),
  ),
  /**
   * The map tiles the page shows (an XYZ template with {z}, {x} and {y}); the page's Content-Security-Policy lets
   * images and fetches reach its origin. https, or http on this machine only (a local double).
   */
  MAP_TILE_URL: z
    .string()
    .default('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png')
    .refine(isTileTemplate, 'MAP_TILE_URL must be an https URL template with {z}, {x} and {y} (http only on localhost)'),
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
  /**
   * Semantic retrieval (ADR 0010): `auto` turns it on when there is an index to search (Vertex AI Vector Search, or
   * the snapshot's own vectors, data/snapshot/place-vectors.*) and a way to embed the question for it; `off` never.
   */
  SEMANTIC_RETRIEVAL: z.enum(['auto', 'off']).default('auto'),
  /** Gemini's embedding model and the length of its vectors (the snapshot's vectors must have been made with both). */
  EMBEDDING_MODEL: z.string().min(1).default('gemini-embedding-001'),
  EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(3072).default(768),
  /** A question's embedding slower than this is given up: the turn is answered from lexical retrieval alone. */
  EMBEDDING_DEADLINE_MS: z.coerce.number().int().min(50).max(5_000).default(400),
  /**
   * Vertex AI Vector Search: the index endpoint's public domain (https://…), its resource name
   * (projects/…/locations/…/indexEndpoints/…) and the deployed index id. All three, or none.
   */
  VECTOR_SEARCH_ENDPOINT_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  VECTOR_SEARCH_INDEX_ENDPOINT: optionalText.pipe(
    z.string().regex(/^projects\/[^/]+\/locations\/[a-z0-9-]+\/indexEndpoints\/[^/]+$/, 'VECTOR_SEARCH_INDEX_ENDPOINT must be projects/…/locations/…/indexEndpoints/…').optional(),
  ),
  VECTOR_SEARCH_DEPLOYED_INDEX_ID: optionalText.pipe(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'VECTOR_SEARCH_DEPLOYED_INDEX_ID must be a deployed index id').optional()),
  /** A findNeighbors call slower than this is given up (lexical retrieval alone). */
  VECTOR_SEARCH_DEADLINE_MS: z.coerce.number().int().min(50).max(5_000).default(400),
  /**
   * Cloud Translation (v3) for questions in languages other than the six: `google` turns it on (project and location
   * below, the service account's token from the metadata server); unset: such questions get the list of languages.
   */
  TRANSLATION: z.enum(['off', 'google']).default('off'),
  /** The project and location of translateText; a glossary needs a regional location (not `global`). */
  TRANSLATION_PROJECT: optionalText.pipe(z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'TRANSLATION_PROJECT must be a project id').optional()),
  TRANSLATION_LOCATION: z.string().regex(/^[a-z0-9-]+$/).default('us-central1'),
  /** The glossary of place names (npm run translation:glossary), by id; unset: no glossary. */
  TRANSLATION_GLOSSARY: optionalText.pipe(z.string().regex(/^[a-z0-9_-]{1,63}$/i, 'TRANSLATION_GLOSSARY must be a glossary id').optional()),
  /** The language questions are translated into and answered in: English or Japanese. */
  TRANSLATION_PIVOT: z.enum(['en', 'ja']).default('en'),
  /** A translateText call slower than this is given up (the question gets the list of languages). */
  TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(2_000),
  /** Endpoint of Cloud Translation (tests point it at a double). */
  GOOGLE_TRANSLATE_URL: z.url({ protocol: /^https?$/ }).default('https://translate.googleapis.com'),
  MAINTENANCE_MODE: flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SNAPSHOT_PATH: z.string().min(1).default('data/snapshot/corpus.json'),
  /** The bundled open data the snapshot is built from (publisher files; the refresh never writes here). */
  OPENDATA_DIR: z.string().min(1).default('data/opendata'),
  /** Live refresh from the Tokyo Open Data Catalog (CKAN): every N minutes; 0 (the default) = off, offline. */
  DATA_REFRESH_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).default(0),
  CATALOG_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://catalog.data.metro.tokyo.lg.jp'),
  /** Hosts the refresh may call besides the catalogue's (comma-separated `host`, `host:port`, `*.domain`); unset: REFRESH.allowedHosts. */
  CATALOG_ALLOWED_HOSTS: optionalText.transform((value) => value?.split(',').map((host) => host.trim()).filter(Boolean)),
  /** Where refreshed files and their manifest are kept (replacing bundled files in the build, not on disk). */
  DATA_REFRESH_CACHE_DIR: z.string().min(1).default('data/refresh-cache'),
  STATIC_DIR: z.string().min(1).default('out'),
  APP_VERSION: z.string().min(1).default('dev'),
}).superRefine((env, context) => {
  // the refresh fetches whatever the catalogue names: in production, only over https (issue 13)
  if (env.NODE_ENV === 'production' && !env.CATALOG_BASE_URL.startsWith('https:')) {
    context.addIssue({ code: 'custom', path: ['CATALOG_BASE_URL'], message: 'CATALOG_BASE_URL must be https in production' });
  }
});

/** Settings that must never reach production, with the reason given when one does. */
const NOT_IN_PRODUCTION: Array<[keyof z.infer<typeof envSchema>, string]> = [
  ['RATE_LIMIT_EXEMPT_LOOPBACK', 'RATE_LIMIT_EXEMPT_LOOPBACK is for benchmarks only and is refused with NODE_ENV=production'],
];

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; a wrong value stops the start with a message naming every bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) {
    const refused = result.data.NODE_ENV === 'production' ? NOT_IN_PRODUCTION.filter(([name]) => result.data[name] === true) : [];
    const problems = [...refused, ...inconsistencies(result.data)];
    if (problems.length === 0) return result.data;
    throw new ConfigError(`Invalid configuration:\n${problems.map(([name, reason]) => `  ${name}: ${reason}`).join('\n')}`);
  }
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Settings that are valid one by one but not together. */
function inconsistencies(env: Env): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const vector = [env.VECTOR_SEARCH_ENDPOINT_URL, env.VECTOR_SEARCH_INDEX_ENDPOINT, env.VECTOR_SEARCH_DEPLOYED_INDEX_ID];
  if (vector.some(Boolean) && !vector.every(Boolean)) {
    problems.push(['VECTOR_SEARCH_ENDPOINT_URL', 'Vector Search needs VECTOR_SEARCH_ENDPOINT_URL, VECTOR_SEARCH_INDEX_ENDPOINT and VECTOR_SEARCH_DEPLOYED_INDEX_ID together']);
  }
  if (vector.every(Boolean) && env.SEMANTIC_RETRIEVAL !== 'off' && !env.GEMINI_API_KEY) {
    problems.push(['VECTOR_SEARCH_ENDPOINT_URL', 'Vector Search needs GEMINI_API_KEY to embed the questions']);
  }
  if (env.TRANSLATION === 'google' && !(env.TRANSLATION_PROJECT ?? env.GOOGLE_CLOUD_PROJECT)) {
    problems.push(['TRANSLATION', 'TRANSLATION=google needs TRANSLATION_PROJECT (or GOOGLE_CLOUD_PROJECT)']);
  }
  if (env.TRANSLATION_GLOSSARY && env.TRANSLATION_LOCATION === 'global') {
    problems.push(['TRANSLATION_GLOSSARY', 'a glossary needs a regional TRANSLATION_LOCATION, not global']);
  }
  return problems;
}

/** An IPv4 or IPv6 address, optionally with a prefix length (`10.0.0.0/8`, `2001:db8::/32`). */
function isAddressRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** An origin as a browser sends it: scheme, host and port, nothing else. */
function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
}

/** An XYZ tile template: https (http for a local double), with the three placeholders. */
function isTileTemplate(value: string): boolean {
  if (!URL.canParse(value) || !['{z}', '{x}', '{y}'].every((part) => value.includes(part))) return false;
  const url = new URL(value);
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return url.protocol === 'https:' || (url.protocol === 'http:' && local);
}
