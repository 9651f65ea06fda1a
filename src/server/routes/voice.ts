import { Hono } from 'hono';
import { DomainError } from '../../core/domain-error.ts';
import type { AppEnv } from '../app-env.ts';
import { VOICE_PATH } from '../voice/voice-server.ts';

/**
 * /api/voice is a WebSocket (voice/voice-server.ts takes the upgrade before Hono sees it): a plain HTTP request
 * there gets 426 Upgrade Required with a message, instead of the API's 404.
 */
export function voiceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.all(VOICE_PATH, (c) => {
    c.header('Upgrade', 'websocket');
    throw new DomainError('websocket_required');
  });
  return app;
}
