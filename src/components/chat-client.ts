import type { ApiErrorBody, ChatEvent, ChatRequestBody, ClientConfig, FeedbackBody } from './chat-api.ts';
import { SseParser } from './sse-parser.ts';

/**
 * Why a request failed. `http`: the API refused it (status and, when it sent one, its message in the user's
 * language); `stream`: an `error` event mid-answer; `interrupted`: the stream ended before `done`;
 * `network`: no response at all.
 */
export class ChatApiError extends Error {
  override readonly name = 'ChatApiError';
  readonly kind: 'http' | 'stream' | 'interrupted' | 'network';
  readonly status?: number;
  readonly code?: string;
  /** The server's user-facing message, already in the user's language. */
  readonly serverMessage?: string;

  constructor(kind: ChatApiError['kind'], details: { status?: number; code?: string; serverMessage?: string; cause?: unknown } = {}) {
    super(`${kind}${details.status ? ` ${details.status}` : ''}${details.code ? ` ${details.code}` : ''}`, { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.serverMessage = details.serverMessage;
  }
}

/**
 * POST /api/chat as server-sent events: calls `onEvent` for each event as it arrives and resolves after `done`.
 * Rejects with a ChatApiError (or the AbortError of `signal`).
 */
export async function streamChat(body: ChatRequestBody, onEvent: (event: ChatEvent) => void, signal?: AbortSignal): Promise<void> {
  const response = await postJson('/api/chat', body, { accept: 'text/event-stream' }, signal);
  if (!response.body) throw new ChatApiError('interrupted', { status: response.status });
  const parser = new SseParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const message of parser.push(value)) {
        const event = JSON.parse(message.data) as ChatEvent;
        if (event.type === 'error') throw new ChatApiError('stream', { code: event.code, serverMessage: event.message });
        onEvent(event);
        if (event.type === 'done') return;
      }
    }
  } catch (error) {
    if (error instanceof ChatApiError || isAbort(error)) throw error;
    throw new ChatApiError('interrupted', { cause: error });
  } finally {
    parser.end();
    reader.releaseLock();
  }
  throw new ChatApiError('interrupted');
}

/** POST /api/feedback: a thumbs up or down on one answer. */
export async function sendFeedback(body: FeedbackBody, signal?: AbortSignal): Promise<void> {
  await postJson('/api/feedback', body, {}, signal);
}

/** GET /api/client-config: the settings the page reads at run time (the map's tiles). Rejects with a ChatApiError. */
export async function fetchClientConfig(signal?: AbortSignal): Promise<ClientConfig> {
  let response: Response;
  try {
    response = await fetch('/api/client-config', { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ChatApiError('network', { cause: error });
  }
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as ClientConfig;
}

/** True for the rejection of an aborted fetch, which the caller asked for and is not an error to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function postJson(path: string, body: unknown, headers: Record<string, string>, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ChatApiError('network', { cause: error });
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

async function errorFromResponse(response: Response): Promise<ChatApiError> {
  const text = await response.text().catch((error: unknown) => {
    console.warn('could not read the error body', error);
    return '';
  });
  let parsed: Partial<ApiErrorBody> | undefined;
  try {
    parsed = JSON.parse(text) as Partial<ApiErrorBody>;
  } catch {
    // not our JSON (a proxy's HTML error page): the page shows its own message for the status instead
    parsed = undefined;
  }
  return new ChatApiError('http', { status: response.status, code: parsed?.error?.code, serverMessage: parsed?.error?.message });
}
