import { once } from 'node:events';
import WebSocket from 'ws';

export interface RawVoiceClient {
  ws: WebSocket;
  messages: Array<Record<string, unknown>>;
  /** The next message after those already taken, which must be of `type`. */
  next(type: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A raw `ws` client of /api/voice: it can send what the page's client never would (bad frames, a proxy's or another site's headers). */
export async function openRawVoice(url: string, headers: Record<string, string> = {}): Promise<RawVoiceClient> {
  const ws = new WebSocket(url, { headers });
  const messages: Array<Record<string, unknown>> = [];
  let seen = 0;
  const listeners = new Set<() => void>();
  ws.on('message', (data, isBinary) => {
    if (!isBinary) messages.push(JSON.parse(String(data)) as Record<string, unknown>);
    for (const listener of listeners) listener();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await once(ws, 'open');
  return {
    ws,
    messages,
    closed,
    next: (type, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type}; got ${JSON.stringify(messages.slice(seen))}`)), timeoutMs);
        const check = () => {
          const message = messages[seen];
          if (!message) return;
          seen += 1;
          listeners.delete(check);
          clearTimeout(timer);
          if (message.type === type) resolve(message);
          else reject(new Error(`expected ${type}, got ${JSON.stringify(message)}`));
        };
        listeners.add(check);
        check();
      }),
  };
}

/** The HTTP answer to a handshake the server refused before upgrading: status, headers and parsed body. */
export async function refusedHandshake(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> }> {
  const ws = new WebSocket(url, { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.close();
      reject(new Error('the handshake was accepted'));
    });
    ws.once('unexpected-response', (_request, response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(text) as Record<string, unknown> }));
    });
    ws.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}
