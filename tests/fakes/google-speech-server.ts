import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeReply {
  status: number;
  body: unknown;
}

/** A Google API error in the format every Google REST API uses. */
export function googleError(code: number, status: string, message: string): FakeReply {
  return { status: code, body: { error: { code, message, status, details: [] } } };
}

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

/** A local HTTP server that answers JSON like a Google API, and keeps every request it got for the test to read. */
export async function startFakeGoogleServer(handle: (request: FakeRequest) => FakeReply | Promise<FakeReply>): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text; // not JSON: the handler answers INVALID_ARGUMENT as Google would
      }
      const request = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
      requests.push(request);
      // a handler that throws answers 500 like one that rejects, instead of throwing in this event listener
      Promise.resolve()
        .then(() => handle(request))
        .then(
        (reply) => {
          res.writeHead(reply.status, { 'content-type': 'application/json; charset=UTF-8' });
          res.end(JSON.stringify(reply.body));
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json; charset=UTF-8' });
          res.end(JSON.stringify(googleError(500, 'INTERNAL', String(error)).body));
        },
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** True when the request carries the credentials the server was configured with. */
export function authorised(request: FakeRequest, auth: { apiKey?: string; token?: string }): boolean {
  if (auth.apiKey) return request.headers['x-goog-api-key'] === auth.apiKey;
  return request.headers.authorization === `Bearer ${auth.token}`;
}

/**
 * The checks every Google speech method makes before reading the body, and a failure the test asked for:
 * 404 for another method or path, 401 without the right credentials, then the queued failure if any.
 * Returns the reply to send, or undefined to go on.
 */
export function guardGoogleCall(
  request: FakeRequest,
  expected: { path: string; auth: { apiKey?: string; token?: string } },
  failures: FakeReply[],
): FakeReply | undefined {
  if (request.method !== 'POST' || request.path !== expected.path) return googleError(404, 'NOT_FOUND', `${request.path} not found`);
  if (!authorised(request, expected.auth)) return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
  return failures.shift();
}
