import { LIMITS, SESSION } from '../../config/tunables.ts';
import type { Intent } from '../../core/question-frame.ts';
import { withDeadline } from '../../resilience/with-deadline.ts';
import type { Step } from '../step.ts';
import { warnStoreUnavailable } from './session-store-warning.ts';

const ANSWERING: ReadonlySet<Intent> = new Set(['nearest', 'list', 'lookup', 'count']);

/**
 * Saves the turn and what a follow-up inherits. Runs even when the turn stopped early or failed, so the
 * session never loses the user's question. A store that fails or does not answer in time does not fail the
 * answer already given: the turn is marked unsaved (docs/adr/0008-redis-down.md).
 */
export const recordTurn: Step = {
  name: 'record-turn',
  always: true,
  async run(ctx) {
    if (!ctx.session) return; // input was rejected before a session was opened
    // the stored session could not be read: saving this turn alone would overwrite its history
    if (!ctx.sessionStored) return;
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
    try {
      await withDeadline(ctx.deps.sessions.save(session), SESSION.storeDeadlineMs, 'session save');
    } catch (error) {
      warnStoreUnavailable(ctx, error, 'save');
      ctx.sessionStored = false;
    }
  },
};
