import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { ERROR_MESSAGES } from '../../src/i18n/error-messages.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import { spawnSync } from 'node:child_process';
import type { RateLimitSettings } from '../../src/server/request-limits.ts';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { postJson } from '../helpers/test-server.ts';

const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

const quiet = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

/** A server with small limits; with `redisUrl`, counting in that Redis under `prefix`. */
async function start(limits: RateLimitSettings, options: { redisUrl?: string; prefix?: string; events?: OpsEvents; env?: Record<string, string> } = {}) {
  const env = loadEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}), ...options.env });
  const server = await startServer({ env, log: createLogger({ level: 'warn', destination: quiet() }), events: options.events, rateLimits: { limits, prefix: options.prefix } });
  running.push(server);
  return `http://127.0.0.1:${server.port}`;
}

const small: RateLimitSettings = { perAddress: { points: 3, durationSeconds: 60 }, perSession: { points: 2, durationSeconds: 60 } };
const from = (address: string) => ({ 'x-forwarded-for': address });
/** One proxy in front (as Cloud Run's front end): the right-most X-Forwarded-For entry is the client. */
const behindProxy = { TRUST_PROXY_HOPS: '1' };

describe('rate limits', () => {
  it('refuses the request past the per-address limit with 429, Retry-After and a message in the user language', async () => {
    const events = new OpsEvents();
    const security: Array<OpsEventMap['security'][0]> = [];
    events.on('security', (event) => security.push(event));
    const base = await start(small, { events, env: behindProxy });
    for (let i = 0; i < 3; i += 1) expect((await postJson(base, '/api/chat', { message: 'こんにちは' }, from('203.0.113.7'))).status).toBe(200);
    const refused = await postJson(base, '/api/chat', { message: '近くの避難所はどこ？' }, from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body.error).toMatchObject({ code: 'rate_limited', message: ERROR_MESSAGES.ja.rate_limited });
    const english = await postJson(base, '/api/chat', { message: 'Where is the nearest shelter?' }, from('203.0.113.7'));
    expect((english.body.error as { message: string }).message).toBe(ERROR_MESSAGES.en.rate_limited);
    const korean = await postJson(base, '/api/feedback', { sessionId: 'abcdefgh', messageId: 'abcdefgh', rating: 'up' }, { ...from('203.0.113.7'), 'accept-language': 'ko-KR' });
    expect(korean.status).toBe(429);
    expect((korean.body.error as { message: string }).message).toBe(ERROR_MESSAGES.ko.rate_limited);
    // another client is not affected
    expect((await postJson(base, '/api/chat', { message: 'こんにちは' }, from('198.51.100.20'))).status).toBe(200);
    expect(security.filter((e) => e.kind === 'rate_limited')[0]?.detail).toMatchObject({ scope: 'address', client: '203.0.113.7', path: '/api/chat' });
  });

  it('refuses a session past the per-session limit, from any address', async () => {
    const base = await start(small, { env: behindProxy });
    const first = await postJson(base, '/api/chat', { message: 'こんにちは' }, from('203.0.113.1'));
    const sessionId = first.body.sessionId as string;
    expect((await postJson(base, '/api/chat', { message: 'こんにちは', sessionId }, from('203.0.113.2'))).status).toBe(200);
    expect((await postJson(base, '/api/chat', { message: 'こんにちは', sessionId }, from('203.0.113.3'))).status).toBe(200);
    const refused = await postJson(base, '/api/chat', { message: 'Hello', sessionId }, from('203.0.113.4'));
    expect(refused.status).toBe(429);
    expect((refused.body.error as { message: string }).message).toBe(ERROR_MESSAGES.en.rate_limited);
  });

  it('shares the counts of several instances through Redis', async () => {
    const prefix = `test:rl:${randomUUID()}:`;
    const redisUrl = inject('redisUrl');
    const one = await start(small, { redisUrl, prefix, env: behindProxy });
    const two = await start(small, { redisUrl, prefix, env: behindProxy });
    const statuses: number[] = [];
    for (const base of [one, two, one, two]) statuses.push((await postJson(base, '/api/chat', { message: 'こんにちは' }, from('192.0.2.55'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('believes no X-Forwarded-For by default: a client that changes it on every request is still limited', async () => {
    const base = await start(small);
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i += 1) statuses.push((await postJson(base, '/api/chat', { message: 'こんにちは' }, from(`203.0.113.${i}`))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('limits this machine like any client: there is no loopback exemption by default', async () => {
    const base = await start(small);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await postJson(base, '/api/chat', { message: 'こんにちは' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('exempts this machine only with the benchmark setting, which production refuses to start with', async () => {
    const base = await start(small, { env: { RATE_LIMIT_EXEMPT_LOOPBACK: 'true', TRUST_PROXY_HOPS: '1' } });
    for (let i = 0; i < 5; i += 1) expect((await postJson(base, '/api/chat', { message: 'こんにちは' }, from(`203.0.113.${i}`))).status).toBe(200);
    expect(() => loadEnv({ NODE_ENV: 'production', RATE_LIMIT_EXEMPT_LOOPBACK: 'true' })).toThrow(/RATE_LIMIT_EXEMPT_LOOPBACK/);
    const main = spawnSync(process.execPath, ['src/server/main.ts'], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', RATE_LIMIT_EXEMPT_LOOPBACK: 'true', PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(main.status).toBe(78);
    expect(main.stderr).toContain('RATE_LIMIT_EXEMPT_LOOPBACK is for benchmarks only');
  });
});
