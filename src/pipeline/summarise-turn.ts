import type { TurnSummary } from '../core/turn-summary.ts';
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
