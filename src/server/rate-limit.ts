import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { LIMITS, RATE_LIMITS } from '../config/tunables.ts';
import { isLang, type Lang, langFromAcceptLanguage } from '../core/languages.ts';
import { type OpsEvents, opsEvents } from '../observability/events.ts';
import { detectLanguage } from '../pipeline/steps/detect-language.ts';
import { normaliseMessage } from '../pipeline/steps/validate-input.ts';
import { DomainError } from '../core/domain-error.ts';
import type { AppEnv } from './app-env.ts';
import { SESSION_ID } from './chat-request.ts';
import { readBodyBytes } from './request-body.ts';
import { clientAddressOf, isLoopback } from './client-address.ts';

export type RateLimitSettings = { [K in keyof typeof RATE_LIMITS]: { points: number; durationSeconds: number } };

/** The two counters: per client address and per chat session. */
export interface RateLimiters {
  address: RateLimiterAbstract;
  session: RateLimiterAbstract;
  /** `redis` when shared by every instance, `memory` when per process. */
  store: 'redis' | 'memory';
}

export interface RateLimiterOptions {
  /** Counts are shared through this Redis when given (REDIS_URL), kept in memory otherwise. */
  redis?: Redis;
  limits?: RateLimitSettings;
  /** Key prefix in Redis, so that test runs and deployments sharing one Redis do not count together. */
  prefix?: string;
}

/**
 * The rate limiters (rate-limiter-flexible). In Redis they count across instances; while Redis is away each
 * instance goes on counting in memory (the insurance limiter) rather than refusing or letting everything by.
 */
export function createRateLimiters({ redis, limits = RATE_LIMITS, prefix = 'tac:rl:' }: RateLimiterOptions = {}): RateLimiters {
  const make = (name: string, { points, durationSeconds }: { points: number; durationSeconds: number }): RateLimiterAbstract => {
    const keyPrefix = `${prefix}${name}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
    if (!redis) return memory;
    return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: durationSeconds, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  };
  return { address: make('addr', limits.perAddress), session: make('session', limits.perSession), store: redis ? 'redis' : 'memory' };
}

export interface RateLimitOptions {
  limiters: RateLimiters;
  /** TRUST_PROXY_HOPS: how the client address is read from X-Forwarded-For (client-address.ts). */
  trustedHops: number;
  events?: OpsEvents;
  log?: Logger;
}

/**
 * Limits POST requests to the API per client address, and chat questions per session too (the session id is
 * read from a copy of the body, so the route still reads the original). Past a limit: 429 with Retry-After
 * and the message in the user's language, and a `rate_limited` security event. Requests from the loopback
 * address that came through no proxy are not limited: in production every request comes through Cloud
 * Run's front end; on one machine they are the operator's own tools (health checks, benchmarks).
 */
export function rateLimit({ limiters, trustedHops, events = opsEvents, log }: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const forwardedFor = c.req.header('x-forwarded-for');
    const client = clientAddressOf(forwardedFor, incoming?.socket.remoteAddress, trustedHops);
    // a request from this machine that no proxy forwarded: local tools, benchmarks, the offline default
    if (!forwardedFor && isLoopback(client)) return next();
    const chat = c.req.path === '/api/chat' ? await peekChatBody(c.req.raw) : {};
    const refuse = (scope: 'address' | 'session', retryAfterSeconds: number): never => {
      events.emit('security', { kind: 'rate_limited', detail: { scope, client, path: c.req.path, sessionId: chat.sessionId, retryAfterSeconds } });
      c.set('lang', chat.lang ?? langFromAcceptLanguage(c.req.header('accept-language')));
      c.header('Retry-After', String(retryAfterSeconds));
      throw new DomainError('rate_limited', { retryAfterSeconds });
    };
    const addressWait = await secondsToWait(limiters.address, client, log);
    if (addressWait !== undefined) refuse('address', addressWait);
    if (chat.sessionId) {
      const sessionWait = await secondsToWait(limiters.session, chat.sessionId, log);
      if (sessionWait !== undefined) refuse('session', sessionWait);
    }
    return next();
  };
}

/** Consumes one point; the seconds to wait when none was left, undefined when the request may go on. */
async function secondsToWait(limiter: RateLimiterAbstract, key: string, log: Logger | undefined): Promise<number | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    // the store failed and so did its insurance: serving beats refusing everyone
    log?.error({ err: rejection }, 'rate limiter unavailable: request let through');
    return undefined;
  }
}

export interface ChatPeek {
  sessionId?: string;
  lang?: Lang;
}

/** The session id and language of a chat request, from a copy of its body (the route validates the original). */
export async function peekChatBody(request: Request, maxBytes: number = LIMITS.maxBodyBytes): Promise<ChatPeek> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readBodyBytes(request.clone(), maxBytes, () => new DomainError('body_too_large', { limit: maxBytes }));
  } catch (error) {
    if (error instanceof DomainError) return {}; // too large: the route refuses it with 413
    throw error;
  }
  if (!bytes) return {};
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    return {}; // not JSON: the route answers 400 invalid_json with the right message
  }
  const { sessionId, lang, message } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    sessionId: typeof sessionId === 'string' && SESSION_ID.test(sessionId) ? sessionId : undefined,
    lang: isLang(lang) ? lang : typeof message === 'string' ? detectLanguage(normaliseMessage(message.slice(0, LIMITS.maxMessageChars * 2))) : undefined,
  };
}
