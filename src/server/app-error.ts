import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import { ERROR_MESSAGES, type ErrorCode } from '../i18n/error-messages.ts';

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
};

/** The one error type of the service: a code, its HTTP status, and a message in the user's language. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra facts for the client (e.g. the limit that was passed). */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(ERROR_MESSAGES.en[code], options);
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
  }

  /** The user-facing message in a language. */
  messageIn(lang: Lang = DEFAULT_LANG): string {
    return ERROR_MESSAGES[lang][this.code];
  }
}
