import type { OpsEventMap } from '../observability/events.ts';
import { DomainError } from '../core/domain-error.ts';

/** Why an answer came from the fallback engine (the `fallback` ops event's reasons). */
export type FallbackReason = OpsEventMap['fallback'][0]['reason'];

/** Why a guarded call failed. */
export type FailureReason = Extract<FallbackReason, 'breaker_open' | 'timeout' | 'first_token_deadline' | 'error'>;

const REASONS: readonly FallbackReason[] = ['breaker_open', 'timeout', 'first_token_deadline', 'error', 'ungrounded', 'invalid_citation'];

/** The reason an DomainError `unavailable` carries in `details.reason`; `error` for anything else. */
export function failureReasonOf(error: unknown): FailureReason {
  const reason = fallbackReasonOf(error);
  return reason === 'ungrounded' || reason === 'invalid_citation' ? 'error' : reason;
}

/** Like failureReasonOf, also reading the answer checks' reasons (ungrounded, invalid_citation). */
export function fallbackReasonOf(error: unknown): FallbackReason {
  if (!(error instanceof DomainError) || error.code !== 'unavailable') return 'error';
  const reason = error.details?.reason;
  return REASONS.find((known) => known === reason) ?? 'error';
}

/** The error a guarded call or an answer check throws to make the caller fall back. */
export function unavailable(dependency: string, reason: FallbackReason, detail?: string, cause?: unknown): DomainError {
  return new DomainError('unavailable', { dependency, reason, ...(detail ? { detail } : {}) }, cause === undefined ? undefined : { cause });
}
