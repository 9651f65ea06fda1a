import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../src/i18n/error-messages.ts';
import { MemorySessionStore } from '../../src/adapters/session-store/memory-session-store.ts';
import type { Session } from '../../src/core/session.ts';
import { OpsEvents } from '../../src/observability/events.ts';
import { chatEvents } from '../helpers/sse-events.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

/** A session store whose every call can be made to fail, or to never answer. */
class FlakyStore extends MemorySessionStore {
  mode: 'ok' | 'fail' | 'hang' | 'slow' = 'ok';
  override async get(id: string): Promise<Session | undefined> {
    await this.misbehave();
    return super.get(id);
  }
  override async save(session: Session): Promise<void> {
    await this.misbehave();
    return super.save(session);
  }
  private async misbehave(): Promise<void> {
    if (this.mode === 'fail') throw new Error('connection refused');
    if (this.mode === 'hang') await new Promise<never>(() => undefined);
    if (this.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('admission control: past the concurrency limit, 503 overloaded with Retry-After in the user language', () => {
  let server: TestServer;
  const store = new FlakyStore();
  beforeAll(async () => {
    server = await startTestServer({ env: { MAX_CONCURRENT_REQUESTS: '2' }, server: { events: new OpsEvents(), sessions: store } });
  });
  afterAll(async () => server.close());

  it('refuses what it cannot take at once, answers the rest, and keeps probes out of the count', async () => {
    // 12 questions at once, each held 300 ms by a slow session store: two slots
    store.mode = 'slow';
    const held = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${server.baseUrl}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ message: '品川駅の近くの避難所は？', lang: 'ko', sessionId: 'slow-session-0001' }),
        }),
      ),
    );
    const refused = held.filter((response) => response.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const response of refused) {
      expect(response.headers.get('retry-after')).toBe('2');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error).toMatchObject({ code: 'overloaded', message: ERROR_MESSAGES.ko.overloaded });
    }
    expect((await fetch(`${server.baseUrl}/api/health/ready`)).status).toBe(200);
    for (const response of held.filter((r) => r.status === 200)) await response.text();
    // every slot is given back once the answers have been sent
    for (let i = 0; i < 50 && server.admission.inFlight > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.admission.inFlight).toBe(0);
    store.mode = 'ok';
    expect((await postJson(server.baseUrl, '/api/chat', { message: 'hello' })).status).toBe(200);
  });
});

describe('the session store down or hanging: answered without history, said so, never a hang, history kept', () => {
  let server: TestServer;
  const store = new FlakyStore();
  beforeAll(async () => {
    server = await startTestServer({ server: { events: new OpsEvents(), sessions: store } });
  });
  afterAll(async () => server.close());

  it('answers statelessly with sessionSaved: false, keeps the id, and does not overwrite the stored turns', async () => {
    store.mode = 'ok';
    const first = await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所を教えて' });
    const sessionId = String(first.body.sessionId);
    expect(first.body.sessionSaved).toBeUndefined();

    for (const mode of ['fail', 'hang'] as const) {
      store.mode = mode;
      const started = performance.now();
      const json = await postJson(server.baseUrl, '/api/chat', { message: 'AEDはどこ？', sessionId });
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({ sessionId, sessionSaved: false });
      expect(String(json.body.answer).length).toBeGreaterThan(0);
      const stream = await chatEvents(server.baseUrl, { message: 'Where is a toilet near Shinagawa station?', sessionId });
      expect(stream.events.at(-1)?.data).toMatchObject({ type: 'done', sessionSaved: false });
      // two turns, each waiting at most the store's deadline twice (read, then no save)
      expect(performance.now() - started).toBeLessThan(5_000);
    }

    store.mode = 'ok';
    const stored = await store.get(sessionId);
    expect(stored?.turns.map((turn) => turn.question)).toEqual(['品川区の避難所を教えて']);
    const next = await postJson(server.baseUrl, '/api/chat', { message: 'その近くのAEDは？', sessionId });
    expect(next.body.sessionSaved).toBeUndefined();
    expect((await store.get(sessionId))?.turns).toHaveLength(2);
  });
});

describe('drain at SIGTERM', () => {
  it('closes the listener and lets the answer being streamed finish before it closes', async () => {
    const server = await startTestServer({ server: { events: new OpsEvents() } });
    const response = await fetch(`${server.baseUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', connection: 'close' },
      body: JSON.stringify({ message: '大井町駅の近くの避難所は？' }),
    });
    const draining = server.drain(5_000);
    const text = await response.text();
    expect(text).toContain('event: done');
    expect(await draining).toEqual({ cut: false });
    await expect(fetch(`${server.baseUrl}/api/health`)).rejects.toThrow();
  });
});
