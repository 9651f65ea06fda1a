import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Socket } from 'node:net';

/** A request as a double received it: path without the query, the query parsed, the JSON body. */
export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface ApiReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ApiServer {
  url: string;
  requests: ApiRequest[];
  close(): Promise<void>;
}

/** A Google API error as every Google REST API writes it (google.rpc.Status in JSON). */
export function googleError(code: number, status: string, message: string, headers?: Record<string, string>): ApiReply {
  return { status: code, body: { error: { code, message, status } }, headers };
}

/** A local HTTP server answering JSON, keeping every request for the test to read. */
export async function startJsonApiServer(handle: (request: ApiRequest) => ApiReply): Promise<ApiServer> {
  const requests: ApiRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://double');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text; // not JSON: the handler refuses it as the API would
      }
      const request = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(request);
      const reply = handle(request);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=UTF-8', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The failure a test queued for the next call, as the API sends it. */
export type QueuedFailure = 403 | 429 | 500;

export function failureReply(failure: QueuedFailure, what: string): ApiReply {
  if (failure === 403) return googleError(403, 'PERMISSION_DENIED', `Permission '${what}' denied on resource (or it may not exist).`);
  if (failure === 429) return googleError(429, 'RESOURCE_EXHAUSTED', `Quota exceeded for quota metric '${what}' and limit 'per minute'.`, { 'retry-after': '30' });
  return googleError(500, 'INTERNAL', 'Internal error encountered.');
}
