import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BREAKER, GEMINI } from '../../src/config/tunables.ts';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import { type Behaviour, type GeminiDouble, startGeminiDouble } from '../fakes/gemini-server.ts';
import { chatEvents, textOf } from '../helpers/sse-events.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

// The breaker and the deadlines, through the API, with the real SDK against the Gemini double. opossum has no
// clock option: it times half-open with setTimeout(resetTimeout), so vitest's fake timers are the clock. They
// also advance with real time (shouldAdvanceTime), so real sockets and streams keep working meanwhile.

const QUESTION = '大井町駅の近くの避難所はどこですか？';
let gemini: GeminiDouble;
let server: TestServer;
let events: OpsEvents;
let seen: { breaker: string[]; fallback: string[]; external: string[] };

beforeAll(async () => {
  gemini = await startGeminiDouble();
});
afterAll(async () => {
  await gemini.close();
});
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
  gemini.requests.length = 0;
  gemini.setDefault({ kind: 'answer' });
  events = new OpsEvents();
  seen = { breaker: [], fallback: [], external: [] };
  events.on('breaker', ({ state }: OpsEventMap['breaker'][0]) => seen.breaker.push(state));
  events.on('fallback', ({ reason }: OpsEventMap['fallback'][0]) => seen.fallback.push(reason));
  events.on('external', ({ status }: OpsEventMap['external'][0]) => seen.external.push(status));
  server = await startTestServer({ env: { GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: gemini.url }, server: { events } });
});
afterEach(async () => {
  await server.close();
  vi.useRealTimers();
});

const ask = (body: Record<string, unknown> = { message: QUESTION }) => postJson(server.baseUrl, '/api/chat', body);

describe('circuit breaker around Gemini', () => {
  it('opens past the threshold, answers at once without calling Gemini while open, half-opens after 30 s, closes on success', async () => {
    gemini.setDefault({ kind: 'http-error', status: 500 });
    for (let i = 0; i < BREAKER.volumeThreshold; i += 1) {
      const { body } = await ask();
      expect(body.status).toBe('degraded_fallback');
      expect(body.answer).toContain('簡易的な回答');
    }
    expect(seen.breaker).toEqual(['open']);
    expect(seen.fallback).toEqual(Array(BREAKER.volumeThreshold).fill('error'));

    // open: Gemini would now take 10 s to answer, but it is not even called
    gemini.setDefault({ kind: 'slow-first-byte', ms: 10_000 });
    const calls = gemini.requests.length;
    const asked = Date.now();
    const { body: open } = await ask();
    expect(open.status).toBe('degraded_fallback');
    expect((open.sources as unknown[]).length).toBeGreaterThan(0);
    expect(gemini.requests.length).toBe(calls);
    expect(Date.now() - asked).toBeLessThan(GEMINI.firstTokenMs); // no deadline was waited for
    expect(seen.fallback.at(-1)).toBe('breaker_open');
    expect(seen.external.at(-1)).toBe('rejected');

    await vi.advanceTimersByTimeAsync(BREAKER.resetTimeoutMs);
    expect(seen.breaker).toEqual(['open', 'half_open']);

    gemini.setDefault({ kind: 'answer' });
    const { body: trial } = await ask();
    expect(trial.status).toBe('answered');
    expect(gemini.requests.length).toBe(calls + 1);
    expect(seen.breaker).toEqual(['open', 'half_open', 'closed']);
    const { body: after } = await ask();
    expect(after.status).toBe('answered');
  });

  it('stays closed when failures are under half of the calls', async () => {
    const pattern: Behaviour[] = [{ kind: 'http-error', status: 503 }, { kind: 'answer' }, { kind: 'answer' }, { kind: 'rate-limited', retryAfterSeconds: 7 }, { kind: 'answer' }, { kind: 'answer' }];
    gemini.next(...pattern);
    const statuses: unknown[] = [];
    for (const _ of pattern) statuses.push((await ask()).body.status);
    expect(statuses).toEqual(['degraded_fallback', 'answered', 'answered', 'degraded_fallback', 'answered', 'answered']);
    expect(seen.breaker).toEqual([]);
  });
});

describe('deadlines: no request hangs', () => {
  it('falls back when the first byte is later than the first-token deadline', async () => {
    gemini.next({ kind: 'slow-first-byte', ms: 10_000 });
    const asked = Date.now();
    const pending = ask();
    await vi.advanceTimersByTimeAsync(GEMINI.firstTokenMs);
    const { body } = await pending;
    expect(body.status).toBe('degraded_fallback');
    expect(Date.now() - asked).toBeLessThan(10_000);
    expect(seen.fallback).toEqual(['first_token_deadline']);
  });

  it('falls back when the stream stalls after its first chunk, at the 5 s breaker timeout', async () => {
    gemini.next({ kind: 'hang-after-first-chunk' });
    const pending = chatEvents(server.baseUrl, { message: QUESTION });
    await vi.advanceTimersByTimeAsync(BREAKER.timeoutMs);
    const { events: received } = await pending;
    expect(received.at(-1)?.data).toMatchObject({ type: 'done', status: 'degraded_fallback' });
    expect(textOf(received)).toContain('簡易的な回答');
    expect(seen.fallback).toEqual(['timeout']);
  });
});

describe('every failure of the wire ends in a complete fallback answer, recorded in the session', () => {
  it.each<[string, Behaviour]>([
    ['HTTP 500', { kind: 'http-error', status: 500 }],
    ['429 with Retry-After', { kind: 'rate-limited', retryAfterSeconds: 30 }],
    ['a stream cut halfway', { kind: 'cut-midway' }],
    ['a stream without a finish reason', { kind: 'stop-without-finish' }],
    ['malformed JSON', { kind: 'malformed-json' }],
  ])('%s', async (_name, behaviour) => {
    gemini.next(behaviour);
    const { events: received } = await chatEvents(server.baseUrl, { message: `${QUESTION} 連絡先は090-1234-5678です` });
    const meta = received.find((e) => e.event === 'meta')?.data as { sessionId: string; messageId: string };
    const answer = textOf(received);
    expect(received.at(-1)?.data).toMatchObject({ type: 'done', status: 'degraded_fallback' });
    expect(answer).toContain('簡易的な回答');
    expect((received.find((e) => e.event === 'sources')?.data.sources as unknown[]).length).toBeGreaterThan(0);
    expect(seen.fallback).toEqual(['error']);

    const session = await server.deps.sessions.get(meta.sessionId);
    const turn = session?.turns.at(-1);
    expect(turn).toMatchObject({ messageId: meta.messageId, status: 'degraded_fallback', answer: answer.trimEnd() });
    expect(turn?.question).toContain('[phone]');
    expect(turn?.question).not.toContain('090-1234-5678');
  });
});
