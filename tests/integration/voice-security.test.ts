import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ERROR_MESSAGES } from '../../src/i18n/error-messages.ts';
import type { RateLimitSettings } from '../../src/server/request-limits.ts';
import { openRawVoice, type RawVoiceClient, refusedHandshake } from '../helpers/raw-voice-client.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

const running: TestServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

/** A server behind one proxy (the right-most X-Forwarded-For entry is the client), with small limits. */
async function start(limits: RateLimitSettings, options: { env?: Record<string, string>; redisPrefix?: string } = {}) {
  const env = { TRUST_PROXY_HOPS: '1', ...(options.redisPrefix ? { REDIS_URL: inject('redisUrl') } : {}), ...options.env };
  const server = await startTestServer({ env, server: { rateLimits: { limits, ...(options.redisPrefix ? { prefix: options.redisPrefix } : {}) } } });
  running.push(server);
  return server;
}

const wsUrlOf = (server: TestServer) => `${server.baseUrl.replace('http', 'ws')}/api/voice`;
const from = (address: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...extra });

/** A conversation with text answers only (no synthesis), ready for `transcript` turns. */
async function conversation(server: TestServer, address: string, start: Record<string, unknown> = {}): Promise<RawVoiceClient> {
  const client = await openRawVoice(wsUrlOf(server), from(address));
  client.ws.send(JSON.stringify({ type: 'start', lang: 'en', mode: 'conversation', speak: false, ...start }));
  await client.next('ready');
  return client;
}

/** Sends what starts a turn; resolves with the turn's last message: `done`, or the `error` that refused it. */
async function turn(client: RawVoiceClient, send: () => void, ends = ['done', 'error']): Promise<Record<string, unknown>> {
  const before = client.messages.length;
  send();
  for (;;) {
    const last = client.messages.slice(before).find((m) => ends.includes(String(m.type)));
    if (last) return last;
    await new Promise((resolve) => client.ws.once('message', resolve));
  }
}

/** A typed question. */
const ask = (client: RawVoiceClient, text = 'Hello') => turn(client, () => client.ws.send(JSON.stringify({ type: 'transcript', text })));
/** A text read aloud. */
const speak = (client: RawVoiceClient, text: string) => turn(client, () => client.ws.send(JSON.stringify({ type: 'speak', text, lang: 'en' })));

const plenty = { points: 1000, durationSeconds: 60 };

describe('the voice socket’s Origin allowlist', () => {
  it('refuses a page of another site before the handshake, with 403 and the error body', async () => {
    const server = await start({});
    const refused = await refusedHandshake(wsUrlOf(server), { origin: 'https://evil.example', 'accept-language': 'en' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'origin_not_allowed', message: ERROR_MESSAGES.en.origin_not_allowed } });
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(refused.headers['cache-control']).toBe('no-store');
    // an opaque origin (a sandboxed frame, a file: page) is not ours either
    expect((await refusedHandshake(wsUrlOf(server), { origin: 'null' })).status).toBe(403);
    expect(server.voice.connectionCount()).toBe(0);
  });

  it('lets in the app’s own origin, the configured ones, and clients that send no Origin (native apps)', async () => {
    const server = await start({}, { env: { VOICE_ALLOWED_ORIGINS: 'https://app.metro.tokyo.example' } });
    for (const headers of [{ origin: server.baseUrl }, { origin: 'https://app.metro.tokyo.example' }, {}] as Array<Record<string, string>>) {
      const client = await openRawVoice(wsUrlOf(server), headers);
      client.ws.send('{"type": "ping"}');
      await client.next('pong');
      client.ws.close();
    }
  });
});

describe('voice turns count against the HTTP limiter', () => {
  it('refuses a turn past the per-address limit, a limit HTTP requests of that address share', async () => {
    const server = await start({ perAddress: { points: 3, durationSeconds: 60 }, perSession: plenty });
    const client = await conversation(server, '203.0.113.7');
    expect((await postJson(server.baseUrl, '/api/chat', { message: 'Hello' }, from('203.0.113.7'))).status).toBe(200);
    expect(await ask(client)).toMatchObject({ type: 'done' });
    expect(await ask(client)).toMatchObject({ type: 'done' });
    const refused = await ask(client);
    expect(refused).toMatchObject({ type: 'error', code: 'rate_limited', message: ERROR_MESSAGES.en.rate_limited });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await postJson(server.baseUrl, '/api/chat', { message: 'Hello' }, from('203.0.113.7'))).status).toBe(429);
    // the connection goes on (a ping is answered) and another address is not affected
    expect(await turn(client, () => client.ws.send('{"type": "ping"}'), ['pong'])).toMatchObject({ type: 'pong' });
    const other = await conversation(server, '203.0.113.8');
    expect(await ask(other)).toMatchObject({ type: 'done' });
    for (const c of [client, other]) c.ws.close();
  });

  it('refuses a turn past the per-session limit, from any address and connection', async () => {
    const server = await start({ perAddress: plenty, perSession: { points: 2, durationSeconds: 60 } });
    // a session the server knows (an unknown id would be replaced by a new session's at the first answer)
    const sessionId = (await postJson(server.baseUrl, '/api/chat', { message: 'Hello' }, from('203.0.113.1'))).body.sessionId as string;
    const one = await conversation(server, '203.0.113.1', { sessionId });
    expect(await ask(one)).toMatchObject({ type: 'done' });
    const two = await conversation(server, '203.0.113.2', { sessionId });
    expect(await ask(two)).toMatchObject({ type: 'done' });
    expect(await ask(two)).toMatchObject({ type: 'error', code: 'rate_limited' });
    for (const c of [one, two]) c.ws.close();
  });

  it('counts a spoken utterance (recognition and answer) as a turn', async () => {
    const server = await start({ perAddress: { points: 1, durationSeconds: 60 }, perSession: plenty });
    const client = await conversation(server, '203.0.113.9');
    expect(await ask(client)).toMatchObject({ type: 'done' });
    const spoken = await turn(client, () => {
      client.ws.send(Buffer.alloc(3200)); // 100 ms of silence: refused before it reaches the recogniser
      client.ws.send('{"type": "end"}');
    });
    expect(spoken).toMatchObject({ type: 'error', code: 'rate_limited' });
    client.ws.close();
  });

  it('shares the counts of several instances through Redis', async () => {
    const prefix = `test:rl:${randomUUID()}:`;
    const limits = { perAddress: { points: 2, durationSeconds: 60 }, perSession: plenty };
    const one = await start(limits, { redisPrefix: prefix });
    const two = await start(limits, { redisPrefix: prefix });
    const a = await conversation(one, '192.0.2.55');
    const b = await conversation(two, '192.0.2.55');
    expect(await ask(a)).toMatchObject({ type: 'done' });
    expect(await ask(b)).toMatchObject({ type: 'done' });
    expect(await ask(a)).toMatchObject({ type: 'error', code: 'rate_limited' });
    for (const c of [a, b]) c.ws.close();
  });
});

describe('the characters synthesised per minute', () => {
  it('refuses a reading past the per-address cap, which HTTP synthesis shares', async () => {
    const server = await start({ perAddress: plenty, perSession: plenty, synthesisCharsPerAddress: { points: 50, durationSeconds: 60 } });
    const client = await conversation(server, '203.0.113.20');
    const text = 'Where is the nearest evacuation shelter?'; // 40 characters
    expect(await speak(client, text)).toMatchObject({ type: 'done' });
    const refused = await speak(client, text);
    expect(refused).toMatchObject({ type: 'error', code: 'synthesis_limited', message: ERROR_MESSAGES.en.synthesis_limited, limitCharsPerMinute: 50 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    const http = await fetch(`${server.baseUrl}/api/speech/synthesize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('203.0.113.20') },
      body: JSON.stringify({ text: 'Hello there', lang: 'en' }),
    });
    expect(http.status).toBe(429);
    expect(Number(http.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await http.json()) as { error: { code: string } }).error.code).toBe('synthesis_limited');
    // another address may still have texts read
    const other = await fetch(`${server.baseUrl}/api/speech/synthesize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('203.0.113.21') },
      body: JSON.stringify({ text: 'Hello there', lang: 'en' }),
    });
    expect(other.status).toBe(200);
    client.ws.close();
  });
});
