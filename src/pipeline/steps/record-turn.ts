import { LIMITS } from '../../config/tunables.ts';
import type { Intent } from '../../core/question-frame.ts';
import type { Step } from '../step.ts';

const ANSWERING: ReadonlySet<Intent> = new Set(['nearest', 'list', 'lookup', 'count']);

/**
 * Saves the turn and what a follow-up inherits. Runs even when the turn stopped early or failed, so the
 * session never loses the user's question.
 */
export const recordTurn: Step = {
  name: 'record-turn',
  always: true,
  async run(ctx) {
    if (!ctx.session) return; // input was rejected before a session was opened
    const { session } = ctx;
    const now = ctx.deps.now();
    const u = ctx.frame;
    session.turns = [
      ...session.turns,
      {
        messageId: ctx.messageId,
        question: ctx.redactedMessage,
        answer: ctx.answer,
        status: ctx.status,
        lang: ctx.lang,
        sourceIds: ctx.sourceIds,
        at: now,
      },
    ].slice(-LIMITS.maxTurnsKept);
    session.lang = ctx.lang;
    session.updatedAt = now;
    // what a follow-up reads against: the last question that asked for places (a decline or a greeting keeps it)
    if (u && ANSWERING.has(u.intent)) {
      session.context = {
        topic: u.topic ?? session.context.topic,
        ward: u.ward,
        anchor: u.anchor,
        frame: { intent: u.intent, topic: u.topic, placeIds: u.placeIds, attribute: u.attribute, filters: u.filters, anchor: u.anchor, ward: u.ward },
      };
    }
    await ctx.deps.sessions.save(session);
  },
};
