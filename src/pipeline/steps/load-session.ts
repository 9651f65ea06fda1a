import { SESSION } from '../../config/tunables.ts';
import { newSession, type Session } from '../../core/session.ts';
import { withDeadline } from '../../resilience/with-deadline.ts';
import type { Step } from '../step.ts';
import { warnStoreUnavailable } from './session-store-warning.ts';

/**
 * Continues the client's session, or opens a new one (also when the old one expired). When the store does not
 * answer in time the turn goes on without the history, under the client's own id, so that the conversation
 * continues once the store is back; record-turn then leaves the stored session alone (docs/adr/0008-redis-down.md).
 */
export const loadSession: Step = {
  name: 'load-session',
  async run(ctx) {
    const { sessions, now, newId } = ctx.deps;
    const requested = ctx.request.sessionId;
    let known: Session | undefined;
    if (requested) {
      try {
        known = await withDeadline(sessions.get(requested), SESSION.storeDeadlineMs, 'session read');
      } catch (error) {
        warnStoreUnavailable(ctx, error, 'read');
        ctx.sessionStored = false;
        ctx.session = newSession(requested, now());
        return;
      }
    }
    ctx.session = known ?? newSession(newId(), now());
  },
};
