import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { LIMITS } from '../config/tunables.ts';
import { isLang, type Lang, langFromAcceptLanguage } from '../core/languages.ts';
import { detectLanguage } from '../pipeline/steps/detect-language.ts';
import { normaliseMessage } from '../pipeline/steps/validate-input.ts';
import { DomainError } from '../core/domain-error.ts';
import type { AppEnv } from './app-env.ts';
import { SESSION_ID } from './chat-request.ts';
import { readBodyBytes } from './request-body.ts';
import type { RequestLimits } from './request-limits.ts';

export interface RateLimitOptions {
  /** The one limiter shared with the voice socket (request-limits.ts). */
  limits: RequestLimits;
}

/**
 * Reads who sent each API request (the client address, request-limits.ts) and limits POST requests per client
 * address, and chat questions per session too (the session id is read from a copy of the body, so the route
 * still reads the original). Past a limit: 429 with Retry-After and the message in the user's language, and a
 * `rate_limited` security event. Every client counts, this machine included, unless the benchmark setting
 * RATE_LIMIT_EXEMPT_LOOPBACK is on (refused in production).
 */
export function rateLimit({ limits }: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const requester = limits.requesterOf(c.req.header('x-forwarded-for'), incoming?.socket.remoteAddress);
    c.set('requester', requester);
    if (c.req.method !== 'POST' || requester.exempt) return next();
    const chat = c.req.path === '/api/chat' ? await peekChatBody(c.req.raw) : {};
    try {
      await limits.admit(requester, { path: c.req.path, sessionId: chat.sessionId });
    } catch (error) {
      if (error instanceof DomainError) {
        c.set('lang', chat.lang ?? langFromAcceptLanguage(c.req.header('accept-language')));
        c.header('Retry-After', String(error.details?.retryAfterSeconds ?? 60));
      }
      throw error;
    }
    return next();
  };
}

export interface ChatPeek {
  sessionId?: string;
  lang?: Lang;
}

/** The session id and language of a chat request, from a copy of its body (the route validates the original). */
export async function peekChatBody(request: Request, maxBytes: number = LIMITS.maxBodyBytes): Promise<ChatPeek> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readBodyBytes(request.clone(), maxBytes, () => new DomainError('body_too_large', { limit: maxBytes }));
  } catch (error) {
    if (error instanceof DomainError) return {}; // too large: the route refuses it with 413
    throw error;
  }
  if (!bytes) return {};
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    return {}; // not JSON: the route answers 400 invalid_json with the right message
  }
  const { sessionId, lang, message } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    sessionId: typeof sessionId === 'string' && SESSION_ID.test(sessionId) ? sessionId : undefined,
    lang: isLang(lang) ? lang : typeof message === 'string' ? detectLanguage(normaliseMessage(message.slice(0, LIMITS.maxMessageChars * 2))) : undefined,
  };
}
