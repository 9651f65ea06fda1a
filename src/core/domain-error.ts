/** What can go wrong, as the client is told it (the server maps each code to an HTTP status: server/app-error.ts). */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'message_empty'
  | 'message_too_long'
  | 'invalid_lang'
  | 'invalid_location'
  | 'invalid_session'
  | 'not_found'
  | 'unauthorized'
  | 'method_not_allowed'
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'maintenance'
  | 'unavailable'
  // the instance is at its concurrency limit (server/admission.ts): another instance, or a retry, will answer
  | 'overloaded'
  // voice and speech (src/server/voice, routes/speech.ts)
  | 'websocket_required'
  | 'not_acceptable'
  | 'audio_invalid'
  | 'audio_too_long'
  | 'audio_frame_too_large'
  | 'text_too_long'
  | 'speech_empty'
  | 'recognition_unsupported'
  | 'speech_unavailable'
  | 'voice_not_started'
  | 'voice_busy'
  | 'too_many_connections'
  | 'idle_timeout'
  // abuse controls (docs/security.md)
  | 'synthesis_limited'
  | 'origin_not_allowed';

/** Codes that mean the service failed, not the request: everything else is a refusal of the input. */
const SERVICE_FAULTS: ReadonlySet<ErrorCode> = new Set(['internal', 'unavailable', 'overloaded', 'speech_unavailable', 'maintenance']);

/**
 * The one error type of the service below the HTTP layer: a code, and facts for the client (e.g. the limit that
 * was passed). The HTTP status and the message in the user's language are the server's to choose.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: ErrorCode;
  /** Extra facts for the client (e.g. the limit that was passed). */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(code, options);
    this.code = code;
    this.details = details;
  }

  /** The request was refused for what it held (bad input, a limit), rather than the service failing. */
  get isInputFault(): boolean {
    return !SERVICE_FAULTS.has(this.code);
  }
}
