import { VOICE } from '../../../config/tunables.ts';
import type { OpsEvents } from '../../../observability/events.ts';
import { DomainError } from '../../../core/domain-error.ts';
import type { GoogleCredentials } from './google-credentials.ts';

/** The error body every Google API sends: `{ "error": { "code": 400, "message": "…", "status": "INVALID_ARGUMENT" } }`. */
export class GoogleApiError extends Error {
  override readonly name = 'GoogleApiError';
  readonly httpStatus: number;
  /** The canonical status name (INVALID_ARGUMENT, PERMISSION_DENIED, RESOURCE_EXHAUSTED, …). */
  readonly status: string;

  constructor(httpStatus: number, status: string, message: string) {
    super(`${httpStatus} ${status}: ${message}`);
    this.httpStatus = httpStatus;
    this.status = status;
  }
}

export interface GoogleCall {
  /** `google-tts`, `google-stt`: the `service` of the `external` ops event. */
  service: string;
  url: string;
  body: unknown;
  credentials: GoogleCredentials;
  events: OpsEvents;
  signal?: AbortSignal;
}

/**
 * POSTs JSON to a Google REST API with a timeout, raises an `external` ops event with the outcome and duration,
 * and returns the parsed answer. Failures become `speech_unavailable` (the GoogleApiError as cause); an abort by
 * the caller is passed through as it is.
 */
export async function postGoogleJson<T>({ service, url, body, credentials, events, signal }: GoogleCall): Promise<T> {
  const started = performance.now();
  const timeout = AbortSignal.timeout(VOICE.cloudTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const report = (status: 'success' | 'error' | 'timeout') => events.emit('external', { service, status, seconds: (performance.now() - started) / 1000 });
  try {
    const headers = { 'content-type': 'application/json; charset=utf-8', ...(await credentials.headers(combined)) };
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: combined });
    const text = await response.text();
    if (!response.ok) throw errorOf(response.status, text);
    report('success');
    return JSON.parse(text) as T;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    report(timeout.aborted ? 'timeout' : 'error');
    throw new DomainError('speech_unavailable', undefined, { cause: error });
  }
}

function errorOf(httpStatus: number, text: string): GoogleApiError {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: number; message?: string; status?: string } };
    return new GoogleApiError(parsed.error?.code ?? httpStatus, parsed.error?.status ?? 'UNKNOWN', parsed.error?.message ?? text.slice(0, 200));
  } catch (error) {
    // not Google's JSON (a proxy's HTML page): keep the start of the text
    return new GoogleApiError(httpStatus, 'UNKNOWN', `${text.slice(0, 200)} (${(error as Error).message})`);
  }
}
