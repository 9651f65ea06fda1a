import { DeliveryError } from './notification-channel.ts';

/**
 * POSTs a JSON body and resolves on a 2xx answer. 408, 429 and 5xx answers and network errors are worth
 * retrying; any other status means the receiver refused this alert, and trying again would not change that.
 */
export async function postJson(url: string, body: unknown, signal: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
      redirect: 'error',
    });
  } catch (error) {
    throw new DeliveryError(`POST failed: ${(error as Error).message}`, { retryable: true, cause: error });
  }
  // the body is read in full so that the connection can be reused, and to say why in the error
  const text = (await response.text()).slice(0, 200);
  if (response.ok) return;
  const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new DeliveryError(`HTTP ${response.status}: ${text}`, {
    retryable,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
  });
}

/** The host of a webhook URL, for logs: the path of a Slack webhook is its secret. */
export function hostOf(url: string): string {
  return new URL(url).host;
}
