import type { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { ADMISSION } from '../config/tunables.ts';
import { DomainError } from '../core/domain-error.ts';
import { langFromAcceptLanguage } from '../core/languages.ts';
import type { AppEnv } from './app-env.ts';
import { peekChatBody } from './rate-limit.ts';

/**
 * How many requests this instance is answering, and how many it may: Cloud Run's containerConcurrency, kept by
 * the instance itself so that a burst the front end lets through (or a load balancer that does not count) is
 * refused in a millisecond instead of queueing behind the turns already running.
 */
export class Admission {
  readonly limit: number;
  private running = 0;
  private refusedCount = 0;

  constructor(limit: number = ADMISSION.maxConcurrent) {
    this.limit = limit;
  }

  /** Takes a slot; false when all are taken (the caller refuses the request). */
  tryAcquire(): boolean {
    if (this.running >= this.limit) {
      this.refusedCount += 1;
      return false;
    }
    this.running += 1;
    return true;
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
