import { DEFAULT_LANG, type Lang } from '../core/languages.ts';
import type { DomainError, ErrorCode } from '../core/domain-error.ts';
import { ERROR_MESSAGES } from '../i18n/error-messages.ts';

/** HTTP status of each error code: one table, so every route answers the same way. */
const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  invalid_request: 400,
  message_empty: 400,
  message_too_long: 400,
  invalid_lang: 400,
  invalid_location: 400,
  invalid_session: 400,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  body_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  maintenance: 503,
  unavailable: 503,
  overloaded: 503,
  websocket_required: 426,
  not_acceptable: 406,
  audio_invalid: 400,
  audio_too_long: 413,
  audio_frame_too_large: 413,
  text_too_long: 400,
  speech_empty: 422,
  recognition_unsupported: 422,
  speech_unavailable: 503,
  voice_not_started: 409,
  voice_busy: 409,
  too_many_connections: 429,
  idle_timeout: 408,
  synthesis_limited: 429,
  origin_not_allowed: 403,
};

/** The HTTP status of an error: the server is the only layer that knows HTTP. */
export function httpStatusOf(error: DomainError): number {
  return STATUS[error.code];
}

/** The user-facing message of an error, in a language. */
export function errorMessageOf(error: DomainError, lang: Lang = DEFAULT_LANG): string {
  return ERROR_MESSAGES[lang][error.code];
}
