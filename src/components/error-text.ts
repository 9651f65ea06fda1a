import { type PageLang, pageErrorMessage, uiStrings } from '../i18n/page-languages.ts';
import { ChatApiError } from './chat-client.ts';

/**
 * What the user reads when a request fails: the API's own message (already in their language) when it sent one,
 * else a message for the kind of failure, e.g. a 429 or 503 from a proxy that knows nothing of our error shape.
 */
export function describeError(error: unknown, lang: PageLang): string {
  const t = uiStrings(lang);
  if (!(error instanceof ChatApiError)) return pageErrorMessage(lang, 'internal');
  if (error.serverMessage) return error.serverMessage;
  if (error.kind === 'network') return t.networkError;
  if (error.kind === 'interrupted') return t.interruptedError;
  if (error.status === 429) return pageErrorMessage(lang, 'rate_limited');
  if (error.status === 503) return pageErrorMessage(lang, 'maintenance');
  return pageErrorMessage(lang, 'internal');
}
