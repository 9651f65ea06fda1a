import type { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { ADMISSION } from '../config/tunables.ts';
import { DomainError } from '../core/domain-error.ts';
import { langFromAcceptLanguage } from '../core/languages.ts';
import type { AppEnv } from './app-env.ts';
import { peekChatBody } from './rate-limit.ts';

export interface AdmissionOptions {
  /** Requests at once (MAX_CONCURRENT_REQUESTS). */
  limit?: number;
  /** Refuse while the smoothed event-loop delay is above this (ms); Infinity: count only. */
  maxEventLoopDelayMs?: number;
  /** Injected clock (ms), so that tests need no busy loop; its timer still samples on its own. */
  now?: () => number;
}

/**
 * How many requests this instance is answering, and how many it may: Cloud Run's containerConcurrency, kept by
 * the instance itself so that a burst the front end lets through (or a load balancer that does not count) is
 * refused in a millisecond instead of queueing behind the turns already running. A CPU already saturated (the
 * event loop late on average) refuses too, since a turn admitted then would wait past the first-token deadline.
 */
export class Admission {
  readonly limit: number;
  private readonly maxDelayMs: number;
  private running = 0;
  private refusedCount = 0;
  private delay = 0;
  private readonly now: () => number;
  private expected: number;
  private readonly sampler?: NodeJS.Timeout;

  constructor(options: AdmissionOptions = {}) {
    this.now = options.now ?? (() => performance.now());
    this.expected = this.now() + ADMISSION.delaySampleMs;
    this.limit = options.limit ?? ADMISSION.maxConcurrent;
    this.maxDelayMs = options.maxEventLoopDelayMs ?? ADMISSION.maxEventLoopDelayMs;
    if (Number.isFinite(this.maxDelayMs)) {
      this.sampler = setInterval(() => this.sampleDelay(), ADMISSION.delaySampleMs);
      this.sampler.unref();
    }
  }

  /** Takes a slot; false when all are taken or the event loop is saturated (the caller refuses the request). */
  tryAcquire(): boolean {
    if (this.running >= this.limit || this.delay > this.maxDelayMs) {
      this.refusedCount += 1;
      return false;
    }
    this.running += 1;
    return true;
  }

  /** The smoothed event-loop delay, ms (reported by health). */
  get eventLoopDelayMs(): number {
    return this.delay;
  }

  /** Stops sampling the event loop. */
  close(): void {
    clearInterval(this.sampler);
  }

  /**
   * Called by its timer every ADMISSION.delaySampleMs: firing late by `drift` means the loop was busy that long.
   * Smoothed, so that one long garbage collection does not refuse anyone.
   */
  sampleDelay(): void {
    const now = this.now();
    const drift = Math.max(0, now - this.expected);
    this.expected = now + ADMISSION.delaySampleMs;
    this.delay += (drift - this.delay) * ADMISSION.delaySmoothing;
  }

  /** Gives a slot back; call exactly once per successful tryAcquire. */
  release(): void {
    this.running = Math.max(0, this.running - 1);
  }

  /** Requests being answered now. */
  get inFlight(): number {
    return this.running;
  }

  /** Requests refused since start. */
  get refused(): number {
    return this.refusedCount;
  }
}

/**
 * Admits POST requests to the API while a slot is free and holds the slot until the response has been sent to
 * the end (a streamed answer included: the node response's `close`). Past the limit: 503 `overloaded` with
 * Retry-After and the message in the user's language. Probes and metrics are GETs and never refused.
 */
export function admissionGate(admission: Admission, retryAfterSeconds: number = ADMISSION.retryAfterSeconds): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    if (!admission.tryAcquire()) {
      const peek = c.req.path === '/api/chat' ? await peekChatBody(c.req.raw) : {};
      c.set('lang', peek.lang ?? langFromAcceptLanguage(c.req.header('accept-language')));
      c.header('Retry-After', String(retryAfterSeconds));
      c.header('Cache-Control', 'no-store');
      throw new DomainError('overloaded', { retryAfterSeconds });
    }
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (!outgoing) {
      // no node response to watch (app.request() in tests): the slot is held while the handler runs
      try {
        return await next();
      } finally {
        admission.release();
      }
    }
    outgoing.once('close', () => admission.release());
    return next();
  };
}
