import type { MiddlewareHandler } from 'hono';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { MAINTENANCE } from '../config/tunables.ts';
import { ERROR_MESSAGES } from '../i18n/error-messages.ts';
import { LANG_TAGS, LANGS, type Lang, langFromAcceptLanguage } from '../core/languages.ts';
import type { OpsEvents } from '../observability/events.ts';
import { DomainError } from '../core/domain-error.ts';
import type { AppEnv } from './app-env.ts';

/**
 * The Redis key every instance reads. Operators set it with ops/scripts/maintenance-mode.sh (or redis-cli):
 * `1`/`on`/`true` switches maintenance on; an end time (Unix seconds or ISO 8601) also sets Retry-After;
 * deleting the key (or `0`/`off`/`false`) switches it off.
 */
export const MAINTENANCE_KEY = 'tac:maintenance';

export type MaintenanceSource = 'env' | 'redis';

export interface MaintenanceStatus {
  enabled: boolean;
  /** Who switched it on: the MAINTENANCE_MODE variable (wins over Redis) or the Redis flag. */
  source?: MaintenanceSource;
  /** What clients are told to wait (Retry-After), in seconds. */
  retryAfterSeconds: number;
  /** When the operator expects it to end (epoch milliseconds), when the flag says. */
  until?: number;
}

export interface RedisFlag {
  enabled: boolean;
  until?: number;
}

const OFF = new Set(['', '0', 'off', 'false', 'no']);
const ON = new Set(['1', 'on', 'true', 'yes']);

/** Reads the flag's value. Anything set that is not plainly "off" counts as on: the operator meant something. */
export function parseMaintenanceFlag(value: string | null): RedisFlag & { unreadable?: boolean } {
  if (value === null) return { enabled: false };
  const text = value.trim().toLowerCase();
  if (OFF.has(text)) return { enabled: false };
  if (ON.has(text)) return { enabled: true };
  if (/^\d{9,11}$/.test(text)) return { enabled: true, until: Number(text) * 1000 };
  const date = Date.parse(value.trim());
  if (!Number.isNaN(date)) return { enabled: true, until: date };
  return { enabled: true, unreadable: true };
}

/** Retry-After for an expected end time: the time left, within the tunable bounds. */
export function retryAfterFor(until: number | undefined, now: number): number {
  if (until === undefined) return MAINTENANCE.defaultRetryAfterSeconds;
  const left = Math.ceil((until - now) / 1000);
  return Math.min(MAINTENANCE.maxRetryAfterSeconds, Math.max(MAINTENANCE.minRetryAfterSeconds, left));
}

export interface MaintenanceSwitchOptions {
  /** MAINTENANCE_MODE at start: on for the life of the process, whatever Redis says. */
  envEnabled: boolean;
  /** Where the flag lives; absent (no REDIS_URL), only the variable switches maintenance. */
  redis?: Redis;
  key?: string;
  pollMs?: number;
  events: OpsEvents;
  log: Logger;
  now?: () => number;
}

/**
 * Maintenance mode, switched without a redeploy. Each instance reads the Redis flag every few seconds and keeps
 * the answer, so a request never waits on Redis for it; when Redis cannot be read the last known state stays
 * (an outage must neither start nor end maintenance). Raises the `maintenance` ops event on every change.
 */
export class MaintenanceSwitch {
  private readonly options: MaintenanceSwitchOptions;
  private readonly key: string;
  private readonly now: () => number;
  private flag: RedisFlag = { enabled: false };
  private announced: { enabled: boolean; source?: MaintenanceSource } = { enabled: false };
  private timer?: NodeJS.Timeout;
  private readFailing = false;

  constructor(options: MaintenanceSwitchOptions) {
    this.options = options;
    this.key = options.key ?? MAINTENANCE_KEY;
    this.now = options.now ?? Date.now;
  }

  /** The current state, from memory (no I/O). */
  status(): MaintenanceStatus {
    if (this.options.envEnabled) return { enabled: true, source: 'env', retryAfterSeconds: MAINTENANCE.defaultRetryAfterSeconds };
    if (!this.flag.enabled) return { enabled: false, retryAfterSeconds: 0 };
    return { enabled: true, source: 'redis', retryAfterSeconds: retryAfterFor(this.flag.until, this.now()), until: this.flag.until };
  }

  /** Reads the flag once, then keeps reading it every pollMs until stop(). */
  async start(): Promise<void> {
    await this.refresh();
    if (!this.options.redis) return;
    this.timer = setInterval(() => void this.refresh(), this.options.pollMs ?? MAINTENANCE.pollIntervalMs);
    this.timer.unref();
  }

  /** Reads the Redis flag now (the poller calls it; tests call it to skip the wait). Never throws. */
  async refresh(): Promise<void> {
    const { redis, log } = this.options;
    if (redis) {
      try {
        const flag = parseMaintenanceFlag(await redis.get(this.key));
        if (flag.unreadable) log.warn({ key: this.key }, 'maintenance flag has an unknown value: treated as on');
        this.flag = { enabled: flag.enabled, until: flag.until };
        if (this.readFailing) log.info({ key: this.key }, 'maintenance flag readable again');
        this.readFailing = false;
      } catch (error) {
        // keep the last known state: a Redis outage is not an operator's decision
        if (!this.readFailing) log.warn({ err: error, key: this.key }, 'maintenance flag unreadable: keeping the last known state');
        this.readFailing = true;
      }
    }
    this.announce();
  }

  /** Stops reading the flag. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private announce(): void {
    const { enabled, source } = this.status();
    if (enabled === this.announced.enabled && source === this.announced.source) return;
    const changedSource = enabled ? source : this.announced.source;
    this.announced = { enabled, source };
    if (changedSource) this.options.events.emit('maintenance', { enabled, source: changedSource });
  }
}

/** Paths that answer during maintenance: the probes (liveness must not fail) and the metrics scrape. */
export function isMaintenanceExempt(path: string): boolean {
  return path === '/api/health' || path.startsWith('/api/health/') || path === '/api/metrics';
}

/**
 * Answers every request but the probes and metrics with 503, Retry-After and the message in the user's
 * language while maintenance is on: the API through the shared error table (DomainError 'maintenance'), pages as a
 * small HTML page. Sessions are not touched, so a conversation continues after maintenance.
 */
export function maintenanceGate(maintenance: Pick<MaintenanceSwitch, 'status'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const status = maintenance.status();
    if (!status.enabled || isMaintenanceExempt(c.req.path)) return next();
    c.header('Retry-After', String(status.retryAfterSeconds));
    c.header('Cache-Control', 'no-store');
    const error = new DomainError('maintenance', { retryAfterSeconds: status.retryAfterSeconds });
    const wantsPage = !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');
    if (!wantsPage) throw error;
    // a page gets HTML rather than the API's JSON; the error is recorded as a thrown one would be, so the
    // request observer sees a planned 503 and does not count it as a failure
    c.error = error;
    const lang = langFromQuery(c.req.query('lang')) ?? langFromAcceptLanguage(c.req.header('accept-language')) ?? 'ja';
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(maintenancePage(lang), 503);
  };
}

function langFromQuery(value: string | undefined): Lang | undefined {
  return LANGS.find((lang) => lang === value);
}

/** The maintenance page: the message in the user's language first, then in the other languages. */
export function maintenancePage(lang: Lang): string {
  const others = LANGS.filter((other) => other !== lang)
    .map((other) => `<li lang="${LANG_TAGS[other]}">${escapeHtml(ERROR_MESSAGES[other].maintenance)}</li>`)
    .join('');
  const message = escapeHtml(ERROR_MESSAGES[lang].maintenance);
  return (
    `<!doctype html><html lang="${LANG_TAGS[lang]}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title>` +
    '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}' +
    'ul{padding:0;list-style:none;color:#444}</style></head>' +
    `<body><main><h1>${message}</h1><ul>${others}</ul></main></body></html>`
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
