import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { RedisSessionStore } from '../../src/adapters/session-store/redis-session-store.ts';
import { loadEnv } from '../../src/config/env.ts';
import { ERROR_MESSAGES } from '../../src/i18n/error-messages.ts';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { MaintenanceSwitch } from '../../src/server/maintenance.ts';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { postJson } from '../helpers/test-server.ts';

type MaintenanceEvent = OpsEventMap['maintenance'][0];

/** The maintenance switch's clock: fixed, so that Retry-After does not depend on when the request lands. */
const NOW = Date.UTC(2026, 11, 1, 2, 0, 0);

/** The real server on a free port, its sessions and maintenance flag under keys of this test's own. */
async function startWithFlag(redisUrl: string, env: Record<string, string> = {}) {
  const prefix = `test:${randomUUID()}:`;
  const key = `${prefix}maintenance`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const sessions = new RedisSessionStore(redis, { prefix });
  const events = new OpsEvents();
  const seen: MaintenanceEvent[] = [];
  events.on('maintenance', (event) => seen.push(event));
  const parsed = loadEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...env });
  const log = createLogger({ level: parsed.LOG_LEVEL });
  const maintenance = new MaintenanceSwitch({ envEnabled: parsed.MAINTENANCE_MODE, redis, key, pollMs: 50, events, log, now: () => NOW });
  const running: RunningServer = await startServer({ env: parsed, log, sessions, events, maintenance });
  return { running, baseUrl: `http://127.0.0.1:${running.port}`, redis, key, sessions, seen, prefix };
}

type Started = Awaited<ReturnType<typeof startWithFlag>>;

interface HealthBody {
  data: { maintenance: { enabled: boolean; source?: string }; metrics: { errorRate: number } };
}

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as HealthBody };
}

describe('maintenance mode from the Redis flag', () => {
  let s: Started;
  let sessionId: string;

  beforeAll(async () => {
    s = await startWithFlag(inject('redisUrl'));
    const first = await postJson(s.baseUrl, '/api/chat', { message: '大井町駅の近くの避難所はどこですか？' });
    expect(first.status).toBe(200);
    sessionId = first.body.sessionId as string;
  });
  afterAll(async () => {
    await s.redis.del(s.key);
    await s.running.close();
  });

  it('switches every request but the probes to 503 with Retry-After and the message in the user language', async () => {
    const until = NOW / 1000 + 1_200;
    await s.redis.set(s.key, String(until));
    await vi.waitFor(() => expect(s.seen).toEqual([{ enabled: true, source: 'redis' }]), { timeout: 2_000, interval: 20 });

    const en = await postJson(s.baseUrl, '/api/chat', { message: 'Where is the nearest shelter?', sessionId }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.status).toBe(503);
    expect(en.body.error).toMatchObject({ code: 'maintenance', message: ERROR_MESSAGES.en.maintenance });
    const retryAfter = Number(en.headers.get('retry-after'));
    expect(retryAfter).toBe(1_200); // the end time the operator set, not the default
    expect(en.body.error).toMatchObject({ retryAfterSeconds: 1_200 });

    const ko = await postJson(s.baseUrl, '/api/feedback', { sessionId, messageId: 'x', rating: 'up' }, { 'accept-language': 'ko-KR' });
    expect(ko.status).toBe(503);
    expect((ko.body.error as { message: string }).message).toBe(ERROR_MESSAGES.ko.maintenance);

    const page = await fetch(`${s.baseUrl}/`, { headers: { accept: 'text/html', 'accept-language': 'zh-TW' } });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe(String(retryAfter));
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain(`<h1>${ERROR_MESSAGES['zh-Hant'].maintenance}</h1>`);
  });

  it('keeps liveness and readiness answering, reports maintenance, and does not count its 503s as errors', async () => {
    const live = await getJson(`${s.baseUrl}/api/health`);
    expect(live.status).toBe(200);
    expect(live.body.data.maintenance).toMatchObject({ enabled: true, source: 'redis' });
    expect(live.body.data.metrics.errorRate).toBe(0);
    const ready = await getJson(`${s.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.data.maintenance.enabled).toBe(true);
  });

  it('loses no session: the conversation started before maintenance continues after it', async () => {
    const during = await s.sessions.get(sessionId);
    expect(during?.turns).toHaveLength(1); // the refused questions were not recorded, the first one is kept

    await s.redis.del(s.key);
    await vi.waitFor(() => expect(s.seen.at(-1)).toEqual({ enabled: false, source: 'redis' }), { timeout: 2_000, interval: 20 });

    const after = await postJson(s.baseUrl, '/api/chat', { message: 'トイレは？', sessionId });
    expect(after.status).toBe(200);
    expect(after.body.sessionId).toBe(sessionId);
    const session = await s.sessions.get(sessionId);
    const asked = ['大井町駅の近くの避難所はどこですか？', 'トイレは？'].map((question) => question.normalize('NFKC')); // as stored
    expect(session?.turns.map((turn) => turn.question)).toEqual(asked);
  });

  it('keeps the last known state while Redis cannot be read', async () => {
    await s.redis.set(s.key, 'on');
    const client = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 0, enableOfflineQueue: false });
    const log = createLogger({ level: 'silent' });
    const reader = new MaintenanceSwitch({ envEnabled: false, redis: client, key: s.key, events: new OpsEvents(), log });
    await vi.waitFor(() => expect(client.status).toBe('ready'));
    await reader.refresh();
    expect(reader.status()).toMatchObject({ enabled: true, source: 'redis', retryAfterSeconds: 300 });
    client.disconnect(); // every read now fails at once
    await s.redis.del(s.key);
    await reader.refresh();
    expect(reader.status().enabled).toBe(true);
  });
});

describe('maintenance mode from MAINTENANCE_MODE at start', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startWithFlag(inject('redisUrl'), { MAINTENANCE_MODE: 'true' });
  });
  afterAll(async () => {
    await s.running.close();
  });

  it('is on from the first request, whatever the Redis flag says, and says so once', async () => {
    const answer = await postJson(s.baseUrl, '/api/chat', { message: 'こんにちは' }, { 'accept-language': 'ja' });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('300');
    expect((answer.body.error as { message: string }).message).toBe(ERROR_MESSAGES.ja.maintenance);
    await s.redis.set(s.key, 'off');
    await new Promise((resolve) => setTimeout(resolve, 150)); // three polls
    expect((await postJson(s.baseUrl, '/api/chat', { message: 'こんにちは' })).status).toBe(503);
    expect(s.seen).toEqual([{ enabled: true, source: 'env' }]);
    expect((await getJson(`${s.baseUrl}/api/health`)).status).toBe(200);
    await s.redis.del(s.key);
  });
});
