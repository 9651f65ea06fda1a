import { z } from 'zod';
import type { ErrorCode } from '../core/domain-error.ts';
import { isLang, LANGS } from '../core/languages.ts';
import { TRANSLATION_LANGS } from '../i18n/translation-languages.ts';
import type { ChatRequest } from '../pipeline/context.ts';
import { DomainError } from '../core/domain-error.ts';

export const SESSION_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The body of POST /api/chat (PRODUCT.md). Unknown fields are ignored, so clients can add some safely. */
export const chatBodySchema = z.object({
  message: z.string(),
  sessionId: z.string().regex(SESSION_ID).optional(),
  /** One of the six, or a language answered through machine translation (the page in that language). */
  lang: z.enum([...LANGS, ...TRANSLATION_LANGS]).optional(),
  location: z
    .object({
      lat: z.number().finite().min(-90).max(90),
      lon: z.number().finite().min(-180).max(180),
    })
    .optional(),
});

const CODE_BY_FIELD: Record<string, ErrorCode> = {
  message: 'message_empty',
  sessionId: 'invalid_session',
  lang: 'invalid_lang',
  location: 'invalid_location',
};

/** Turns a parsed JSON body into a chat request, or the DomainError that names the first bad field. */
export function parseChatRequest(body: unknown, acceptLanguage: string | undefined): ChatRequest {
  const parsed = chatBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const code = CODE_BY_FIELD[field] ?? 'invalid_request';
    const wrongType = field === 'message' && issue?.code === 'invalid_type' && (body as { message?: unknown })?.message !== undefined;
    throw new DomainError(wrongType ? 'invalid_request' : code, { field: field || undefined });
  }
  const { message, sessionId, lang, location } = parsed.data;
  if (lang !== undefined && !isLang(lang)) return { message, sessionId, location, acceptLanguage, translationLang: lang };
  return { message, sessionId, lang, location, acceptLanguage };
}
