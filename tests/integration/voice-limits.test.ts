import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { VOICE } from '../../src/config/tunables.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { CHAT_STEPS } from '../../src/pipeline/steps/index.ts';
import { attachVoiceServer, type VoiceServer } from '../../src/server/voice/voice-server.ts';
import { syntheticPcm } from '../fixtures/audio/speech-fixtures.ts';
import { openRawVoice, type RawVoiceClient } from '../helpers/raw-voice-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let wsUrl: string;
beforeAll(async () => {
  server = await startTestServer({ env: { TRUST_PROXY_HOPS: '1' } }); // the address behind a proxy, as on Cloud Run
  wsUrl = `${server.baseUrl.replace('http', 'ws')}/api/voice`;
});
afterAll(async () => {
  await server.close();
});

type Client = RawVoiceClient;

const open = (headers: Record<string, string> = {}, url = wsUrl): Promise<Client> => openRawVoice(url, headers);

async function errorCodeAfter(client: Client, send: () => void): Promise<Record<string, unknown>> {
  send();
  return client.next('error');
}

describe('bad frames get an error message and the connection goes on', () => {
  it('answers each kind of bad message with its code, in the client’s language', async () => {
    const client = await open({ 'accept-language': 'ko-KR' });
    const early = await errorCodeAfter(client, () => client.ws.send(Buffer.alloc(640)));
    expect(early).toMatchObject({ code: 'voice_not_started', message: '오디오를 보내기 전에 start 메시지를 보내 주세요.' });
    const cases: Array<[string | Buffer, string]> = [
      ['{"type": "start",', 'invalid_json'],
      ['{"type": "dance"}', 'invalid_request'],
      ['[1, 2, 3]', 'invalid_request'],
      ['{"type": "end"}', 'voice_not_started'],
      ['{"type": "start", "lang": "fr"}', 'invalid_lang'],
      ['{"type": "start", "sampleRate": 12345}', 'invalid_request'],
      ['{"type": "start", "sessionId": "../../etc"}', 'invalid_session'],
      ['{"type": "start", "location": {"lat": 95, "lon": 0}}', 'invalid_location'],
      [JSON.stringify({ type: 'transcript', text: 'x'.repeat(VOICE.maxControlBytes) }), 'body_too_large'],
    ];
    for (const [frame, code] of cases) {
      const error = await errorCodeAfter(client, () => client.ws.send(frame));
      expect(error.code, String(frame).slice(0, 40)).toBe(code);
      expect(typeof error.message).toBe('string');
    }
    client.ws.send(JSON.stringify({ type: 'start', lang: 'en' }));
    await client.next('ready');
    expect((await errorCodeAfter(client, () => client.ws.send(Buffer.alloc(VOICE.maxFrameBytes + 2)))).code).toBe('audio_frame_too_large');
    expect((await errorCodeAfter(client, () => client.ws.send('{"type": "end"}'))).code).toBe('speech_empty');
    const longText = JSON.stringify({ type: 'speak', text: 'a'.repeat(VOICE.maxSynthesisChars + 1) });
    expect((await errorCodeAfter(client, () => client.ws.send(longText))).code).toBe('text_too_long');
    client.ws.send('{"type": "ping"}');
    await client.next('pong');
    client.ws.close();
  });

  it('refuses an utterance past its length once, drops the rest, and takes the next one', async () => {
    const client = await open();
    client.ws.send(JSON.stringify({ type: 'start', lang: 'en', mode: 'conversation' }));
    await client.next('ready');
    const second = Buffer.from(syntheticPcm(1, { hz: 300 }).samples.buffer);
    for (let i = 0; i <= VOICE.maxUtteranceSeconds + 2; i += 1) client.ws.send(second);
    const error = await client.next('error');
    expect(error).toMatchObject({ code: 'audio_too_long', limitSeconds: VOICE.maxUtteranceSeconds });
    client.ws.send('{"type": "end"}');
    client.ws.send('{"type": "ping"}');
    await client.next('pong'); // one error for the whole utterance, none for its end
    client.ws.send(Buffer.from(syntheticPcm(0.5).samples.buffer));
    client.ws.send('{"type": "end"}');
    expect((await client.next('error')).code).toBe('speech_empty'); // silence: nothing recognised
    expect(server.voice.heldAudioBytes()).toBe(0);
    client.ws.close();
  });

  it('refuses a new question while one is being answered', async () => {
    const client = await open();
    client.ws.send(JSON.stringify({ type: 'start', lang: 'ja', mode: 'conversation' }));
    await client.next('ready');
    client.ws.send(JSON.stringify({ type: 'transcript', text: '大井町駅の近くの避難所はどこですか？' }));
    client.ws.send(JSON.stringify({ type: 'transcript', text: 'もう一つの質問' }));
    await expect(client.next('error')).resolves.toMatchObject({ code: 'voice_busy' });
    client.ws.close();
  });

  it('closes a connection past the hard frame limit without harm to the server', async () => {
    const client = await open();
    client.ws.send(Buffer.alloc(VOICE.hardMaxPayloadBytes + 1));
    expect((await client.closed).code).toBe(1009); // "message too big", from ws itself
    const again = await open();
    again.ws.send('{"type": "ping"}');
    await again.next('pong');
    again.ws.close();
  });

  it('disconnects a client that floods messages', async () => {
    const client = await open();
    for (let i = 0; i < VOICE.messageBurst + 50; i += 1) client.ws.send('{"type": "ping"}');
    const closed = await client.closed;
    expect(closed.code).toBe(1008);
    expect(client.messages.some((m) => m.code === 'rate_limited')).toBe(true);
  });
});

describe('connections per client', () => {
  it('refuses one connection too many from an address, with the reason', async () => {
    const behindProxy = { 'x-forwarded-for': '203.0.113.7' }; // TRUST_PROXY_HOPS=1: the right-most entry is the client
    const clients = await Promise.all(Array.from({ length: VOICE.maxConnectionsPerClient }, () => open(behindProxy)));
    const extra = await open(behindProxy);
    expect(await extra.closed).toMatchObject({ code: 1013 });
    expect(extra.messages[0]).toMatchObject({ code: 'too_many_connections', limit: VOICE.maxConnectionsPerClient });
    const other = await open({ 'x-forwarded-for': '203.0.113.8' });
    other.ws.send('{"type": "ping"}');
    await other.next('pong');
    for (const client of [...clients, other]) client.ws.close();
    await Promise.all([...clients, other].map((c) => c.closed));
    // closing frees the slots
    const later = await open(behindProxy);
    later.ws.send('{"type": "ping"}');
    await later.next('pong');
    later.ws.close();
  });
});

describe('HTTP on the voice path', () => {
  it('answers 426 to a plain request, and 404 to an upgrade elsewhere', async () => {
    const response = await fetch(`${server.baseUrl}/api/voice`, { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(426);
    expect(response.headers.get('upgrade')).toBe('websocket');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('websocket_required');
    const elsewhere = new WebSocket(`${server.baseUrl.replace('http', 'ws')}/api/chat`);
    const failure = await new Promise<string>((resolve) => elsewhere.once('unexpected-response', (_req, res) => resolve(String(res.statusCode))).once('error', (e) => resolve(e.message)));
    expect(failure).toContain('404');
  });
});

describe('idle and vanished clients', () => {
  let http: Server;
  let voice: VoiceServer;
  let url: string;
  beforeAll(async () => {
    http = createServer((_req, res) => res.end());
    const log = createLogger({ level: 'silent' });
    voice = attachVoiceServer(http, { deps: server.deps, steps: CHAT_STEPS, speech: server.speech, log, idleTimeoutMs: 300, heartbeatMs: 200 });
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    url = `ws://127.0.0.1:${(http.address() as { port: number }).port}/api/voice`;
  });
  afterAll(async () => {
    await voice.close();
    http.close();
  });

  it('closes an idle connection and says why', async () => {
    const client = await open({}, url);
    client.ws.send(JSON.stringify({ type: 'start', lang: 'en' }));
    await client.next('ready');
    expect(await client.closed).toMatchObject({ code: 1000 });
    expect(client.messages.at(-1)).toMatchObject({ code: 'idle_timeout' });
  });

  it('drops a client that vanished without closing (no answer to pings)', async () => {
    const port = (http.address() as { port: number }).port;
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      'GET /api/voice HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    await once(socket, 'data'); // 101 Switching Protocols; from here on the "client" never answers
    expect(voice.connectionCount()).toBe(1);
    await once(socket, 'close');
    for (let i = 0; i < 50 && voice.connectionCount() > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(voice.connectionCount()).toBe(0);
  });
});

describe('maintenance', () => {
  it('tells a new voice connection the service is under maintenance, and closes it', async () => {
    const closed = await startTestServer({ env: { MAINTENANCE_MODE: 'true' } });
    try {
      const client = await open({ 'accept-language': 'en' }, `${closed.baseUrl.replace('http', 'ws')}/api/voice`);
      expect(await client.closed).toMatchObject({ code: 1013 });
      expect(client.messages[0]).toMatchObject({ code: 'maintenance', message: 'The service is under maintenance. Please try again later.' });
    } finally {
      await closed.close();
    }
  });
});
