import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RATE_LIMITS } from '../config/tunables.ts';
import { DomainError } from '../core/domain-error.ts';
import { type OpsEvents, opsEvents } from '../observability/events.ts';
import { clientAddressOf, isLoopback, normaliseAddress, type ProxyTrust, TRUST_NO_PROXY } from './client-address.ts';

type Window = { points: number; durationSeconds: number };
/** The limits of RATE_LIMITS; tests and the red team pass smaller ones (those not given keep their tunable). */
export type RateLimitSettings = Partial<{ [K in keyof typeof RATE_LIMITS]: Window }>;

/** The counters: requests per client address and per chat session, synthesised characters per address. */
export interface RateLimiters {
  address: RateLimiterAbstract;
  session: RateLimiterAbstract;
  synthesis: RateLimiterAbstract;
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
export function createRateLimiters({ redis, limits = {}, prefix = 'tac:rl:' }: RateLimiterOptions = {}): RateLimiters {
  const settings = { ...RATE_LIMITS, ...limits };
  const make = (name: string, { points, durationSeconds }: Window): RateLimiterAbstract => {
    const keyPrefix = `${prefix}${name}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
    if (!redis) return memory;
    return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: durationSeconds, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  };
  return {
    address: make('addr', settings.perAddress),
    session: make('session', settings.perSession),
    synthesis: make('tts-chars', settings.synthesisCharsPerAddress),
    store: redis ? 'redis' : 'memory',
  };
}

/** Who a request, a voice turn or a reading counts against. */
export interface Requester {
  /** The client address (client-address.ts). */
  address: string;
  /** The connection came from this machine and RATE_LIMIT_EXEMPT_LOOPBACK is on (benchmarks): nothing is counted. */
  exempt: boolean;
}

export interface RequestLimitsOptions {
  /** How the client address is read from X-Forwarded-For. */
  trust?: ProxyTrust;
  /** RATE_LIMIT_EXEMPT_LOOPBACK: connections from the loopback address are not counted (benchmarks only). */
  exemptLoopback?: boolean;
  events?: OpsEvents;
  log?: Logger;
}

/**
 * The one limiter of the service: every HTTP POST to the API, every voice turn and every reading counts here,
 * against the client address and the chat session, and every character to synthesise against the address's
 * characters-per-minute cap. Past a limit the caller gets a DomainError (`rate_limited`, `synthesis_limited`)
 * with the seconds to wait, and a `rate_limited` security event is raised.
 */
export class RequestLimits {
  readonly limiters: RateLimiters;
  readonly trust: ProxyTrust;
  private readonly exemptLoopback: boolean;
  private readonly events: OpsEvents;
  private readonly log?: Logger;

  constructor(limiters: RateLimiters, { trust = TRUST_NO_PROXY, exemptLoopback = false, events = opsEvents, log }: RequestLimitsOptions = {}) {
    this.limiters = limiters;
    this.trust = trust;
    this.exemptLoopback = exemptLoopback;
    this.events = events;
    this.log = log;
  }

  /** The requester of a request or connection, from its X-Forwarded-For and its socket's address. */
  requesterOf(forwardedFor: string | undefined, socketAddress: string | undefined): Requester {
    const address = clientAddressOf(forwardedFor, socketAddress, this.trust);
    return { address, exempt: this.exemptLoopback && isLoopback(normaliseAddress(socketAddress)) };
  }

  /** Counts one request (or voice turn, or reading) of the requester and of its session, if any. */
  async admit(requester: Requester, where: { path: string; sessionId?: string }): Promise<void> {
    if (requester.exempt) return;
    await this.consume('address', this.limiters.address, requester.address, 1, requester, where);
    if (where.sessionId) await this.consume('session', this.limiters.session, where.sessionId, 1, requester, where);
  }

  /** Counts the characters of a text to read aloud against the requester's characters-per-minute cap. */
  async admitSynthesis(requester: Requester, characters: number, where: { path: string; sessionId?: string }): Promise<void> {
    if (requester.exempt || characters <= 0) return;
    await this.consume('synthesis', this.limiters.synthesis, requester.address, characters, requester, where);
  }

  private async consume(
    scope: 'address' | 'session' | 'synthesis',
    limiter: RateLimiterAbstract,
    key: string,
    points: number,
    requester: Requester,
    where: { path: string; sessionId?: string },
  ): Promise<void> {
    // more than a whole window holds can never pass (and the library would throw rather than refuse)
    const wait = points > limiter.points ? limiter.duration : await secondsToWait(limiter, key, points, this.log);
    if (wait === undefined) return;
    this.events.emit('security', { kind: 'rate_limited', detail: { scope, client: requester.address, path: where.path, sessionId: where.sessionId, retryAfterSeconds: wait } });
    if (scope === 'synthesis') throw new DomainError('synthesis_limited', { retryAfterSeconds: wait, limitCharsPerMinute: limiter.points });
    throw new DomainError('rate_limited', { retryAfterSeconds: wait });
  }
}

/** Consumes points; the seconds to wait when too few were left, undefined when the request may go on. */
async function secondsToWait(limiter: RateLimiterAbstract, key: string, points: number, log: Logger | undefined): Promise<number | undefined> {
  try {
    await limiter.consume(key, points);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    // the store failed and so did its insurance: serving beats refusing everyone
    log?.error({ err: rejection }, 'rate limiter unavailable: request let through');
    return undefined;
  }
}
