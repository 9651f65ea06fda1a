import type { Logger } from 'pino';
import { LANGS } from '../i18n/languages.ts';
import type { ChatContext, PipelineObserver } from '../pipeline/context.ts';
import { STATUSES } from '../pipeline/status.ts';
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
    stepTimed(step, ms, ctx) {
      try {
        // before load-session only the id the client sent is known: taken when it has the shape of the ids this
        // server makes, so that no client-chosen text reaches every log line unredacted
        setRequestSessionId(ctx.session?.id ?? serverMadeId(ctx.request.sessionId));
        metrics.stepDuration.observe({ step: steps.of(step) }, ms / 1000);
        if (ms >= slowStepMs) log.info({ step, metrics: { durationMs: round(ms), thresholdMs: slowStepMs } }, `PERFORMANCE: ${step}`);
      } catch (error) {
        log.error({ err: error, step }, 'pipeline observer failed'); // never let counting break a turn
      }
    },
    turnEnded(ctx) {
      try {
        setRequestSessionId(ctx.session?.id);
        recordTurn(ctx, metrics, log);
      } catch (error) {
        log.error({ err: error }, 'pipeline observer failed');
      }
    },
  };
}

function recordTurn(ctx: ChatContext, metrics: AppMetrics, log: Logger): void {
  const status = closedLabel(ctx.status, STATUSES);
  metrics.chatAnswers.inc({ status });
  if (FAILED_STATUSES.has(ctx.status)) metrics.errors.inc({ error_type: 'turn_failed', severity: 'critical' });
  if (!ctx.session) return; // refused before a session was opened (invalid input): not a chat message
  metrics.chatMessages.inc({ language: closedLabel(ctx.lang, LANGS), user_type: userTypeOf(ctx) });
  log.debug({ question: ctx.message }, 'chat question'); // redacted by the logger, like every line
}

/**
 * The turn in a few fields, for the request's log line (http-observer.ts): one line per chat request carries
 * both the HTTP facts and the turn's, rather than a second line per turn.
 */
export function summariseTurn(ctx: ChatContext): Record<string, unknown> {
  const timings: Record<string, number> = {};
  for (const step in ctx.timings) timings[step] = round(ctx.timings[step] as number);
  return {
    messageId: ctx.messageId,
    status: ctx.status,
    lang: ctx.lang,
    engine: ctx.engine,
    userType: ctx.session ? userTypeOf(ctx) : undefined,
    sources: ctx.sourceIds.length,
    timings,
  };
}

/**
 * `new`: the turn opened a session (a first question, or one whose session had expired); `returning`: it
 * continued a session that already had turns. The `user_type` label of `chat_messages_total`.
 */
export function userTypeOf(ctx: ChatContext): 'new' | 'returning' {
  const earlier = ctx.session.turns.some((turn) => turn.messageId !== ctx.messageId);
  return earlier ? 'returning' : 'new';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function serverMadeId(id: string | undefined): string | undefined {
  return id !== undefined && UUID.test(id) ? id : undefined;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
