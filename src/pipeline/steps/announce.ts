import type { Step } from '../step.ts';

/** Tells the client which session, message and language the answer belongs to, before any text. */
export const announce: Step = {
  name: 'announce',
  async *run(ctx) {
    yield { type: 'meta', sessionId: ctx.session.id, messageId: ctx.messageId, lang: ctx.lang };
  },
};
