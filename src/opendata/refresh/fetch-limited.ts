/**
 * The one door through which the catalogue client reaches the network. The lead wraps it (circuit breaker,
 * src/resilience/); tests pass `fetch` pointed at a local server. It must forward `init.signal`.
 */
export type HttpRequest = (url: string, init: RequestInit) => Promise<Response>;

/** A catalogue call that did not give a usable body: the reason goes to the refresh event and the log. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** `refused`: the URL is outside the refresh's reach (scheme, host, redirect; reach-policy.ts), nothing was sent. */
  readonly kind: 'timeout' | 'status' | 'too_large' | 'network' | 'refused';

  constructor(kind: FetchError['kind'], message: string) {
    super(message);
    this.kind = kind;
  }
}

export interface LimitedResponse {
  bytes: Uint8Array;
  contentType: string;
  url: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  accept: string;
}

/**
 * GETs a URL through `request` with a deadline covering the whole body, a byte limit checked while the body
 * streams (a lying or missing Content-Length cannot make it read more), and a descriptive User-Agent. A cut
 * connection (truncated body) surfaces as a `network` FetchError. Redirects are not followed here: a 3xx is an
 * error unless `request` follows it itself under the reach policy (reach-policy.ts, `guardRequest`).
 */
export async function fetchLimited(request: HttpRequest, url: string, limits: FetchLimits): Promise<LimitedResponse> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await request(url, { method: 'GET', headers: { 'user-agent': limits.userAgent, accept: limits.accept }, signal, redirect: 'manual' });
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError('status', `HTTP ${response.status} from ${url}`);
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      throw new FetchError('too_large', `${url} is ${declared} bytes, more than ${limits.maxBytes}`);
    }
    const bytes = await readAtMost(response, limits.maxBytes, url);
    return { bytes, contentType: response.headers.get('content-type') ?? '', url: response.url || url };
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw new FetchError('timeout', `${url} did not answer within ${limits.timeoutMs} ms`);
    throw new FetchError('network', `${url}: ${(error as Error).message}${describeCause(error)}`);
  }
}

async function readAtMost(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError('too_large', `${url} is more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { message?: string; code?: string } }).cause;
  return cause ? ` (${cause.code ?? cause.message ?? 'cause unknown'})` : '';
}
