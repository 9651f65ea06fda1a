import { Hono } from 'hono';
import { z } from 'zod';
import type { SessionStore } from '../../adapters/session-store/session-store.ts';
import { redactPersonalData } from '../../observability/redact.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { AppEnv } from '../app-env.ts';
import { SESSION_ID } from '../chat-request.ts';
import { readJsonBody } from '../request-body.ts';

const FEEDBACK_COMMENT_MAX = 500;

const feedbackSchema = z.object({
  sessionId: z.string().regex(SESSION_ID),
  messageId: z.string().regex(SESSION_ID),
  rating: z.enum(['up', 'down']),
  comment: z.string().max(FEEDBACK_COMMENT_MAX).optional(),
});

/** POST /api/feedback: a thumbs up or down (and an optional comment) on one answer of a session. */
export function feedbackRoutes(sessions: SessionStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/api/feedback', async (c) => {
    const parsed = feedbackSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) throw new DomainError('invalid_request', { field: String(parsed.error.issues[0]?.path[0] ?? '') });
    const { sessionId, messageId, rating, comment } = parsed.data;
    const session = await sessions.get(sessionId);
    const turn = session?.turns.find((t) => t.messageId === messageId);
    if (!session || !turn) throw new DomainError('not_found');
    turn.feedback = { rating, comment: comment ? redactPersonalData(comment) : undefined };
    await sessions.save(session);
    c.get('log').info({ sessionId, messageId, rating, status: turn.status }, 'feedback');
    return c.json({ ok: true });
  });
  return app;
}
