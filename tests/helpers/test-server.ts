import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { RedisSessionStore } from '../../src/adapters/session-store/redis-session-store.ts';
import type { SessionStore } from '../../src/adapters/session-store/session-store.ts';
import { loadEnv } from '../../src/config/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { type RunningServer, type StartOptions, startServer } from '../../src/server/start-server.ts';

/** Port 9 (discard) on loopback: nothing listens, so a tile request fails at once, without leaving the machine. */
export const NO_TILES = 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png';

export interface TestServer extends RunningServer {
  baseUrl: string;
  /** Every log line the server wrote, parsed. */
  logLines: Array<Record<string, unknown>>;
  redis?: Redis;
}

/**
 * Starts the real server in this process on a free port. With `redisUrl`, sessions live in that Redis under a
 * key prefix of their own, so test files can share one redis-server.
 */
export async function startTestServer(
  options: { redisUrl?: string; env?: Record<string, string>; server?: Pick<StartOptions, 'events' | 'slowStepMs' | 'sessions' | 'rateLimits'> } = {},
): Promise<TestServer> {
  const logLines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  // the page's map must never reach the internet for tiles in a test: they point at a closed local port (a blank
  // map) unless the test starts the tile stub (tests/e2e/tile-stub.ts) and gives its URL
  const env = loadEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'info', MAP_TILE_URL: NO_TILES, ...options.env });
  const log = createLogger({ level: env.LOG_LEVEL, destination });
  let redis: Redis | undefined;
  let sessions: SessionStore | undefined;
  if (options.redisUrl) {
    redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
    sessions = new RedisSessionStore(redis, { prefix: `test:${randomUUID()}:` });
  }
  // rate limits count under a prefix of this server's own, so that servers sharing a Redis do not count together
  const rateLimits = { prefix: `test:rl:${randomUUID()}:`, ...options.server?.rateLimits };
  const running = await startServer({ env, log, sessions, ...options.server, rateLimits });
  return { ...running, baseUrl: `http://127.0.0.1:${running.port}`, logLines, redis };
}

/** POSTs JSON to the server and returns status and parsed body. */
export async function postJson(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
