import { CapacityApiError } from '../capacity-api-error.ts';
import type { RequestCredentials } from '../ports.ts';

export interface CallOptions {
  /** Names the API in errors and logs. */
  api: string;
  method?: 'GET' | 'PATCH' | 'POST';
  body?: unknown;
  credentials?: RequestCredentials;
  timeoutMs: number;
}

/**
 * One JSON call to a Google API or Prometheus: the credentials' headers, a timeout, and every failure as a
 * `CapacityApiError` carrying the HTTP status and the API's own error (Google: `{ error: { code, message, status } }`;
 * Prometheus: `{ status: "error", errorType, error }`). No retries: the job runs again within minutes, and a
 * decision made late is worse than none.
 */
export async function callJson(url: string, options: CallOptions): Promise<unknown> {
  const { api } = options;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let auth: Record<string, string> = {};
  try {
    auth = (await options.credentials?.headers(signal)) ?? {};
  } catch (error) {
    throw new CapacityApiError(api, 0, `no access token: ${(error as Error).message}`, { code: 'UNAUTHENTICATED', cause: error });
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: { accept: 'application/json', ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...auth },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
      redirect: 'error',
    });
  } catch (error) {
    throw new CapacityApiError(api, 0, (error as Error).message, { cause: error });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch (error) {
    if (response.ok) throw new CapacityApiError(api, response.status, `answer is not JSON: ${text.slice(0, 120)}`, { cause: error });
    json = undefined; // an error page from a proxy: the status says enough
  }
  if (response.ok) return json;
  const retryAfter = Number(response.headers.get('retry-after'));
  const { message, code } = errorOf(json, text);
  throw new CapacityApiError(api, response.status, message, { code, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined });
}

function errorOf(json: unknown, text: string): { message: string; code?: string } {
  const body = (json ?? {}) as { error?: unknown; errorType?: unknown; status?: unknown };
  if (typeof body.error === 'object' && body.error !== null) {
    const error = body.error as { message?: unknown; status?: unknown };
    return { message: String(error.message ?? 'no message'), code: typeof error.status === 'string' ? error.status : undefined };
  }
  if (typeof body.error === 'string') return { message: body.error, code: typeof body.errorType === 'string' ? body.errorType : undefined };
  return { message: text.slice(0, 200) || 'no body' };
}
