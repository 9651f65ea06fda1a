import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/session.ts';
import { MemorySessionStore } from '../../src/adapters/session-store/memory-session-store.ts';
import { OpsEvents } from '../../src/observability/events.ts';
import { freePort, type RedisServer, startRedisServer } from '../helpers/redis-server.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

interface Health {
  status: string;
  data: {
    version: string;
    checks: Record<string, { status: string; [key: string]: unknown }>;
    metrics: { errorRate: number; requests5m: number };
  };
}

const FAILING_SESSION = 'failing-session-0001';

async function getHealth(baseUrl: string, path = '/api/health'): Promise<{ status: number; body: Health }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as Health };
}

/** The request is counted when its response is done: poll until the window holds `count` requests. */
async function healthAfter(baseUrl: string, count: number): Promise<Health> {
  for (let i = 0; i < 50; i += 1) {
    const { body } = await getHealth(baseUrl);
    if (body.data.metrics.requests5m >= count) return body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the error-rate window never held ${count} requests`);
}

describe('liveness and readiness', () => {
  let server: TestServer;
  const events = new OpsEvents();
  beforeAll(async () => {
    const sessions = new MemorySessionStore();
    const get = sessions.get.bind(sessions);
    sessions.get = async (id) => {
      // a corrupt session makes the turn fail with 500 (a store that fails is answered without history: ADR 0008)
      if (id === FAILING_SESSION) return { id } as unknown as Session;
      return get(id);
    };
    server = await startTestServer({ server: { events, sessions } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers liveness with per-check status and the 5-minute error rate', async () => {
    const { status, body } = await getHealth(server.baseUrl);
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.data.checks.snapshot).toMatchObject({ status: 'ok' });
    expect(body.data.checks.snapshot?.places).toBeGreaterThan(1000);
    expect(body.data.checks.sessions).toMatchObject({ status: 'ok', store: 'memory' });
    expect(body.data.checks.breakers).toMatchObject({ status: 'ok', states: {} });
    expect(typeof body.data.metrics.errorRate).toBe('number');
  });

  it('counts 5xx responses, and only those, in data.metrics.errorRate', async () => {
    const start = (await getHealth(server.baseUrl)).body.data.metrics;
    expect(start.errorRate).toBe(0);
    const bad = await postJson(server.baseUrl, '/api/chat', { message: '' });
    expect(bad.status).toBe(400);
    const failed = await postJson(server.baseUrl, '/api/chat', { message: 'shelters', sessionId: FAILING_SESSION });
    expect(failed.status).toBe(500);
    // requests so far: the ones before, the health check above, the 400, the 500
    const after = await healthAfter(server.baseUrl, start.requests5m + 3);
    expect(after.data.metrics.errorRate).toBeCloseTo(1 / after.data.metrics.requests5m, 10);
  });

  it('reports an open breaker as degraded, and stays ready: answers still come from the fallback', async () => {
    events.emit('breaker', { name: 'gemini', state: 'open' });
    const ready = await getHealth(server.baseUrl, '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.data.checks.breakers).toEqual({ status: 'degraded', states: { gemini: 'open' } });
    events.emit('breaker', { name: 'gemini', state: 'closed' });
    expect((await getHealth(server.baseUrl, '/api/health/ready')).body.data.checks.breakers?.status).toBe('ok');
  });
});

describe('readiness with Redis', () => {
  let redis: RedisServer;
  let port: number;
  let server: TestServer;

  const startRedis = async () => {
    redis = await startRedisServer({ port });
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    // REDIS_URL as in production: the server makes its own client (this redis-server is the test's alone)
    server = await startTestServer({ env: { REDIS_URL: `redis://127.0.0.1:${port}` }, server: { events: new OpsEvents() } });
  });
  afterAll(async () => {
    await server.close();
    await redis.stop();
  });

  it('is ready while Redis answers, 503 once it is stopped (liveness stays 200), ready again when it is back', async () => {
    const before = await getHealth(server.baseUrl, '/api/health/ready');
    expect(before.status).toBe(200);
    expect(before.body.data.checks.sessions).toMatchObject({ status: 'ok', store: 'redis' });

    await redis.stop();
    const down = await getHealth(server.baseUrl, '/api/health/ready');
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('unavailable');
    expect(down.body.data.checks.sessions).toMatchObject({ status: 'fail', store: 'redis' });
    expect(down.body.data.checks.snapshot?.status).toBe('ok');
    const live = await getHealth(server.baseUrl, '/api/health');
    expect(live.status).toBe(200);
    expect(live.body.data.checks.sessions?.status).toBe('fail');

    await startRedis();
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i += 1) {
      status = (await getHealth(server.baseUrl, '/api/health/ready')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    // the outage in the log: structured lines, not ioredis's text on stderr, and not one per reconnect attempt
    const redisLines = server.logLines.filter((line) => /^redis connection/.test(line.message as string));
    expect(redisLines.map((line) => [line.message, line.severity])).toEqual([
      ['redis connection error', 'ERROR'],
      ['redis connection restored', 'INFO'],
    ]);
  });
});

describe('healthcheck.js (the container HEALTHCHECK)', () => {
  const script = path.resolve(import.meta.dirname, '../../healthcheck.js');
  const run = async (port: number, timeoutMs = 5000) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, PORT: String(port), HEALTHCHECK_TIMEOUT_MS: String(timeoutMs) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    return { code, stderr };
  };
  const listen = async (handler: Parameters<typeof createServer>[1]) => {
    const stub = createServer(handler).listen(0, '127.0.0.1');
    await once(stub, 'listening');
    return stub;
  };
  const portOf = (s: Server) => (s.address() as AddressInfo).port;

  it('exits 0 when the server is live', async () => {
    const server = await startTestServer({ server: { events: new OpsEvents() } });
    try {
      expect(await run(server.port)).toEqual({ code: 0, stderr: '' });
    } finally {
      await server.close();
    }
  });

  it('exits 1 on a status other than 200', async () => {
    const stub = await listen((_req, res) => res.writeHead(503).end('{"status":"unavailable"}'));
    try {
      const { code, stderr } = await run(portOf(stub));
      expect(code).toBe(1);
      expect(stderr).toContain('status 503');
    } finally {
      stub.close();
    }
  });

  it('exits 1 when the server does not answer in time', async () => {
    const stub = await listen(() => undefined); // accepts and never answers
    try {
      const { code, stderr } = await run(portOf(stub), 300);
      expect(code).toBe(1);
      expect(stderr).toContain('no answer within 300 ms');
    } finally {
      stub.closeAllConnections();
      stub.close();
    }
  });

  it('exits 1 when nothing listens', async () => {
    const stub = await listen(() => undefined);
    const port = portOf(stub);
    stub.close();
    await once(stub, 'close');
    const { code, stderr } = await run(port);
    expect(code).toBe(1);
    expect(stderr).toContain('ECONNREFUSED');
  });
});
