import { type Breaker, type BreakerOptions, createBreaker } from './create-breaker.ts';
import { unavailable } from './failure-reason.ts';

/** A call through a circuit breaker with a deadline of its own. */
export interface GuardedCall<A extends unknown[], R> {
  readonly breaker: Breaker<[AbortSignal, ...A], R>;
  /**
   * Calls `fn` through the breaker with a signal that aborts at the deadline (or when `signal` does). Rejects with
   * DomainError `unavailable` (`details.reason`: breaker_open, timeout or error) like every guarded call.
   */
  call(signal: AbortSignal | undefined, ...args: A): Promise<R>;
}

export interface GuardCallOptions extends BreakerOptions {
  /** The longest the call may take; the breaker's own timeout is set a little later, as a backstop. */
  deadlineMs: number;
}

const DEADLINE = Symbol('deadline');
/** The breaker's timeout after the deadline: our abort comes first and closes the connection; opossum's only if the callee ignores it. */
const BACKSTOP_MS = 50;

/**
 * Guards a short request-response call (an embedding, a vector search, a translation): the breaker's settings of
 * ADR 0003 with a deadline per call much shorter than its 5 s, since the caller has an answer without it.
 */
export function guardCall<A extends unknown[], R>(name: string, fn: (signal: AbortSignal, ...args: A) => Promise<R>, options: GuardCallOptions): GuardedCall<A, R> {
  const { deadlineMs } = options;
  const guarded = async (signal: AbortSignal, ...args: A): Promise<R> => {
    try {
      return await fn(signal, ...args);
    } catch (error) {
      if (signal.reason === DEADLINE) throw unavailable(name, 'timeout', `no answer after ${deadlineMs} ms`, error);
      throw error;
    }
  };
  const breaker = createBreaker<[AbortSignal, ...A], R>(name, guarded, { ...options, settings: { ...options.settings, timeoutMs: deadlineMs + BACKSTOP_MS } });
  return {
    breaker,
    async call(signal, ...args) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(DEADLINE), deadlineMs);
      const relay = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', relay, { once: true });
      try {
        return await breaker.fire(controller.signal, ...args);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', relay);
      }
    },
  };
}
