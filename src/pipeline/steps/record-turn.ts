import { LIMITS } from '../../config/tunables.ts';
import type { Step } from '../step.ts';

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
    const u = ctx.understanding;
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
    if (u && u.intent === 'find') {
      session.context = {
        topic: u.topic ?? session.context.topic,
        ward: u.ward,
        anchor: u.anchor,
      };
    }
    await ctx.deps.sessions.save(session);
  },
};
