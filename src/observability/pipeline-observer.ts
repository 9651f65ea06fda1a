import type { Logger } from 'pino';
import { LANGS } from '../core/languages.ts';
import { STATUSES } from '../core/status.ts';
import type { PipelineObserver, TurnSummary } from '../core/turn-summary.ts';
import { BoundedLabel, closedLabel } from './bounded-label.ts';
import type { AppMetrics } from './metrics.ts';
import { setRequestSessionId } from './request-context.ts';

const FAILED_STATUSES = new Set(['error_internal', 'error_llm_unavailable']);

export interface PipelineObserverOptions {
  metrics: AppMetrics;
  log: Logger;
  /** A step at least this slow writes a `PERFORMANCE` entry. */
  slowStepMs: number;
}

/**
 * Step durations and turn outcomes as metrics, a `PERFORMANCE` log entry for each slow step, and the session id
 * handed to the request's log context as soon as the pipeline knows it.
 */
export function createPipelineObserver({ metrics, log, slowStepMs }: PipelineObserverOptions): PipelineObserver {
  const steps = new BoundedLabel(30);
  return {
    stepTimed(step, ms, sessionId) {
      try {
        setRequestSessionId(sessionId);
        metrics.stepDuration.observe({ step: steps.of(step) }, ms / 1000);
        if (ms >= slowStepMs) log.info({ step, metrics: { durationMs: round(ms), thresholdMs: slowStepMs } }, `PERFORMANCE: ${step}`);
      } catch (error) {
        log.error({ err: error, step }, 'pipeline observer failed'); // never let counting break a turn
      }
    },
    turnEnded(turn) {
      try {
        setRequestSessionId(turn.sessionId);
        recordTurn(turn, metrics, log);
      } catch (error) {
        log.error({ err: error }, 'pipeline observer failed');
      }
    },
  };
}

function recordTurn(turn: TurnSummary, metrics: AppMetrics, log: Logger): void {
  const status = closedLabel(turn.status, STATUSES);
  metrics.chatAnswers.inc({ status });
  if (FAILED_STATUSES.has(turn.status)) metrics.errors.inc({ error_type: 'turn_failed', severity: 'critical' });
  if (!turn.userType) return; // refused before a session was opened (invalid input): not a chat message
  metrics.chatMessages.inc({ language: closedLabel(turn.lang, LANGS), user_type: turn.userType });
  log.debug({ question: turn.question }, 'chat question'); // redacted by the logger, like every line
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
