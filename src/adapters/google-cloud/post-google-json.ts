import { GoogleApiError } from '../speech/google/google-request.ts';
import type { GoogleCredentials } from '../speech/google/google-credentials.ts';

/**
 * POSTs JSON to a Google Cloud REST API (Vertex AI, Cloud Translation) and returns the parsed answer. A non-2xx
 * answer throws GoogleApiError with the status Google's error body gives (`{ error: { code, message, status } }`).
 * No retries, no timeout of its own: the caller's breaker and signal bound it (and report it as `external`).
 */
export async function postGoogleJson<T>(url: string, body: unknown, credentials: GoogleCredentials, signal?: AbortSignal): Promise<T> {
  const headers = { 'content-type': 'application/json; charset=utf-8', ...(await credentials.headers(signal)) };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
  const text = await response.text();
  if (!response.ok) throw googleError(response.status, text);
  return JSON.parse(text) as T;
}

function googleError(httpStatus: number, text: string): GoogleApiError {
  let parsed: { error?: { code?: number; message?: string; status?: string } } | undefined;
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch (error) {
    // not Google's JSON (a proxy's HTML page): keep the start of the text
    return new GoogleApiError(httpStatus, 'UNKNOWN', `${text.slice(0, 200)} (${(error as Error).message})`);
  }
  return new GoogleApiError(parsed?.error?.code ?? httpStatus, parsed?.error?.status ?? 'UNKNOWN', parsed?.error?.message ?? text.slice(0, 200));
}
