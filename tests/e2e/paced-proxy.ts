import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PacedProxy {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A pass-through proxy in front of the real server that hands server-sent events to the browser one at a time,
 * `pauseMs` apart, as a slow mobile network or a generating LLM would. On localhost the whole answer arrives in
 * one read, so without it "the answer streams in" could not be seen. Bytes are passed on unchanged.
 */
export async function startPacedProxy(upstream: string, pauseMs: number): Promise<PacedProxy> {
  const server: Server = createServer((request, response) => {
    forward(upstream, request)
      .then(async (reply) => {
        const headers = Object.fromEntries([...reply.headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length'));
        response.writeHead(reply.status, headers);
        const paced = (reply.headers.get('content-type') ?? '').includes('text/event-stream');
        const decoder = new TextDecoder();
        let pending = '';
        for await (const chunk of (reply.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
          if (!paced) {
            response.write(chunk);
            continue;
          }
          pending += decoder.decode(chunk as Uint8Array, { stream: true });
          const events = pending.split('\n\n');
          pending = events.pop() ?? '';
          for (const event of events) {
            response.write(`${event}\n\n`);
            await sleep(pauseMs);
          }
        }
        response.end(pending);
      })
      .catch((error: unknown) => {
        console.error('paced proxy failed', error);
        response.destroy(error as Error);
      });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('proxy did not listen');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function forward(upstream: string, request: IncomingMessage): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host'));
  return fetch(`${upstream}${request.url ?? '/'}`, {
    method: request.method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
  });
}
