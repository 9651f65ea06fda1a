import { ERROR_MESSAGES } from '../i18n/error-messages.ts';
import type { Lang } from '../core/languages.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import { ChatApiError } from './chat-client.ts';

/**
 * What the user reads when a request fails: the API's own message (already in their language) when it sent one,
 * else a message for the kind of failure, e.g. a 429 or 503 from a proxy that knows nothing of our error shape.
 */
export function describeError(error: unknown, lang: Lang): string {
  const t = UI_STRINGS[lang];
  if (!(error instanceof ChatApiError)) return ERROR_MESSAGES[lang].internal;
  if (error.serverMessage) return error.serverMessage;
  if (error.kind === 'network') return t.networkError;
  if (error.kind === 'interrupted') return t.interruptedError;
  if (error.status === 429) return ERROR_MESSAGES[lang].rate_limited;
  if (error.status === 503) return ERROR_MESSAGES[lang].maintenance;
  return ERROR_MESSAGES[lang].internal;
}
