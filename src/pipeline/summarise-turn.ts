import type { QuestionFrame } from '../core/question-frame.ts';
import type { FrameSummary, TurnSummary } from '../core/turn-summary.ts';
import type { ChatContext } from './context.ts';

/** The turn in a few fields, for the observer and the request's log line (server/http-observer.ts). */
export function summariseTurn(ctx: ChatContext): TurnSummary {
  const timings: Record<string, number> = {};
  for (const step in ctx.timings) timings[step] = round(ctx.timings[step] as number);
  return {
    messageId: ctx.messageId,
    status: ctx.status,
    lang: ctx.lang,
    engine: ctx.engine,
    sessionId: ctx.session?.id,
    userType: ctx.session ? userTypeOf(ctx) : undefined,
    sources: ctx.sourceIds.length,
    timings,
    question: ctx.message,
    frame: ctx.frame ? frameSummary(ctx.frame) : undefined,
  };
}

/** The frame's fields the question filled, as values: kinds of condition, the kind of scope, how many places. */
function frameSummary(frame: QuestionFrame): FrameSummary {
  const scope = frame.scope?.mode ?? (frame.anchor ? frame.anchor.kind : frame.ward ? 'ward' : undefined);
  return {
    intent: frame.intent,
    ...(frame.topic ? { topic: frame.topic } : {}),
    ...(frame.attribute ? { attribute: frame.attribute } : {}),
    ...(frame.filters.length > 0 ? { filters: frame.filters.map((filter) => (filter.kind === 'has' ? `has:${filter.feature}` : filter.kind === 'hazard' ? `hazard:${filter.hazard}` : filter.kind)) } : {}),
    ...(scope ? { scope } : {}),
    ...(frame.decline ? { decline: frame.decline } : {}),
    ...(frame.placeIds ? { places: frame.placeIds.length } : {}),
    ...(frame.inherited.length > 0 ? { inherited: frame.inherited } : {}),
  };
}

/**
 * The session a step's timing belongs to. Before load-session only the id the client sent is known: taken when it
 * has the shape of the ids this server makes, so that no client-chosen text reaches every log line unredacted.
 */
export function reportedSessionId(ctx: ChatContext): string | undefined {
  return ctx.session?.id ?? serverMadeId(ctx.request.sessionId);
}

/**
 * `new`: the turn opened a session (a first question, or one whose session had expired); `returning`: it
 * continued a session that already had turns. The `user_type` label of `chat_messages_total`.
 */
function userTypeOf(ctx: ChatContext): 'new' | 'returning' {
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
