import CircuitBreaker from 'opossum';
import { BREAKER } from '../config/tunables.ts';
import { type OpsEventMap, type OpsEvents, opsEvents } from '../observability/events.ts';
import { DomainError } from '../core/domain-error.ts';
import { type FailureReason, failureReasonOf } from './failure-reason.ts';

export type BreakerState = OpsEventMap['breaker'][0]['state'];
export type BreakerSettings = { -readonly [K in keyof typeof BREAKER]: number };

export interface BreakerOptions {
  /** Overrides of the design's settings (tunables BREAKER); tests and benchmarks only. */
  settings?: Partial<BreakerSettings>;
  /** Where state changes and calls are reported (the process-wide bus by default). */
  events?: OpsEvents;
  /** The external service named in `external` events; the breaker's name by default. */
  service?: string;
}

/** A function guarded by a circuit breaker. */
export interface Breaker<A extends unknown[], R> {
  readonly name: string;
  /**
   * Calls the function through the breaker. Rejects with DomainError `unavailable` whose `details.reason` says
   * why (FailureReason): at once, without calling, while the breaker is open; after `timeoutMs` when the
   * call is slower; with the call's own error (as `cause`) when it fails.
   */
  fire(...args: A): Promise<R>;
  /** closed, open or half_open. */
  state(): BreakerState;
  /** Stops its timers; later calls are refused. */
  shutdown(): void;
}

/**
 * A circuit breaker (opossum) with the design's settings: a call slower than 5 s fails, the breaker opens when
 * more than 50 % of the calls in the window failed, and lets one trial call through 30 s later (half-open);
 * that call's success closes it. State changes go to the `breaker` ops event, every call to `external`.
 * Used around Gemini, and offered to the open-data catalogue client.
 */
export function createBreaker<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, options: BreakerOptions = {}): Breaker<A, R> {
  const settings: BreakerSettings = { ...BREAKER, ...options.settings };
  const events = options.events ?? opsEvents;
  const service = options.service ?? name;
  const breaker = new CircuitBreaker<A, R>(fn, {
    name,
    timeout: settings.timeoutMs,
    errorThresholdPercentage: settings.errorThresholdPercentage,
    resetTimeout: settings.resetTimeoutMs,
    rollingCountTimeout: settings.rollingWindowMs,
    rollingCountBuckets: settings.rollingBuckets,
    volumeThreshold: settings.volumeThreshold,
    // latency percentiles and snapshot events are the metrics registry's job, not the breaker's
    rollingPercentilesEnabled: false,
    enableSnapshots: false,
  });
  breaker.on('open', () => events.emit('breaker', { name, state: 'open' }));
  breaker.on('halfOpen', () => events.emit('breaker', { name, state: 'half_open' }));
  breaker.on('close', () => events.emit('breaker', { name, state: 'closed' }));

  return {
    name,
    async fire(...args: A): Promise<R> {
      const started = performance.now();
      const report = (status: OpsEventMap['external'][0]['status']) =>
        events.emit('external', { service, status, seconds: (performance.now() - started) / 1000 });
      try {
        const result = await breaker.fire(...args);
        report('success');
        return result;
      } catch (error) {
        const reason = reasonOfBreakerError(error);
        report(reason === 'breaker_open' ? 'rejected' : reason === 'error' ? 'error' : 'timeout');
        throw error instanceof DomainError && error.code === 'unavailable'
          ? error
          : new DomainError('unavailable', { dependency: name, reason }, { cause: error });
      }
    },
    state: () => (breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed'),
    shutdown: () => breaker.shutdown(),
  };
}

function reasonOfBreakerError(error: unknown): FailureReason {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'EOPENBREAKER' || code === 'ESEMLOCKED') return 'breaker_open';
  if (code === 'ETIMEDOUT' && CircuitBreaker.isOurError(error as Error)) return 'timeout';
  return failureReasonOf(error);
}
