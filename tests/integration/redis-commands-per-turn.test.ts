import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_PER_TURN } from '../../src/capacity/capacity-figures.ts';
import { loadEnv } from '../../src/config/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { type RedisServer, startRedisServer } from '../helpers/redis-server.ts';
import { postJson } from '../helpers/test-server.ts';

/**
 * The capacity model counts Redis commands per chat turn from the code (src/capacity/capacity-figures.ts); this
 * watches a real redis-server with MONITOR while real turns go through the server, so the table cannot drift from
 * the code unnoticed. A redis-server of its own: MONITOR sees every client.
 */
describe('Redis commands per chat turn', () => {
  let redis: RedisServer;
  let server: RunningServer;
  let base: string;
  let monitor: Awaited<ReturnType<Redis['monitor']>>;
  let watcher: Redis;
  const seen: Array<{ args: string[]; lua: boolean }> = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    watcher = new Redis(redis.url);
    monitor = await watcher.monitor();
    monitor.on('monitor', (_time: string, args: string[], source: string) => seen.push({ args: args.map(String), lua: source === 'lua' }));
    const env = loadEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', REDIS_URL: redis.url, TRUST_PROXY_HOPS: '1' });
    const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
    server = await startServer({ env, log: createLogger({ level: 'warn', destination: quiet }) });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
    monitor?.disconnect();
    watcher?.disconnect();
    await redis?.stop();
  });

  /** The commands a turn sent, leaving out the maintenance flag's poll (per instance, not per turn). */
  async function commandsOf(turn: () => Promise<unknown>): Promise<string[]> {
    await new Promise((resolve) => setTimeout(resolve, 50)); // MONITOR lines of earlier work arrive first
    seen.length = 0;
    await turn();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return seen.filter((c) => !c.lua && !c.args.includes('tac:maintenance')).map((c) => c.args[0]?.toLowerCase() ?? '');
  }

  it('sends what the capacity model says: 5 commands for a first turn, 7 for a returning one', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    // the first call loads the rate limiter's script (EVALSHA, NOSCRIPT, EVAL): warm it up
    const warm = await postJson(base, '/api/chat', { message: '品川駅の近くの避難所' }, headers);
    expect(warm.status).toBe(200);

    let sessionId = '';
    const first = await commandsOf(async () => {
      const reply = await postJson(base, '/api/chat', { message: '大井町駅の近くの避難所は？' }, headers);
      sessionId = reply.body.sessionId as string;
    });
    expect(first.sort()).toEqual(['evalsha', 'exec', 'multi', 'set', 'zadd']);
    expect(first).toHaveLength(REDIS_PER_TURN.first.commands);

    const returning = await commandsOf(() => postJson(base, '/api/chat', { message: 'AEDは？', sessionId }, headers));
    expect(returning.sort()).toEqual(['evalsha', 'evalsha', 'exec', 'get', 'multi', 'set', 'zadd']);
    expect(returning).toHaveLength(REDIS_PER_TURN.returning.commands);
  });
});
