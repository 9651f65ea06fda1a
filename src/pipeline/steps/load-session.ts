import { newSession } from '../../core/session.ts';
import type { Step } from '../step.ts';

/** Continues the client's session, or opens a new one (also when the old one expired). */
export const loadSession: Step = {
  name: 'load-session',
  async run(ctx) {
    const { sessions, now, newId } = ctx.deps;
    const known = ctx.request.sessionId ? await sessions.get(ctx.request.sessionId) : undefined;
    ctx.session = known ?? newSession(newId(), now());
  },
};
