import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav, encodeWav } from '../../src/adapters/speech/audio/wav.ts';
import { OpsEvents } from '../../src/observability/events.ts';
import { startFakeMetadataServer } from '../fakes/google-speech-metadata.ts';
import { googleError, type FakeServer } from '../fakes/google-speech-server.ts';
import { type FakeSpeechToText, startFakeSpeechToText } from '../fakes/google-speech-stt.ts';
import { type FakeTextToSpeech, startFakeTextToSpeech } from '../fakes/google-speech-tts.ts';
import { speechStats, spokenQuestion } from '../fixtures/audio/speech-fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectVoice } from '../helpers/voice-client.ts';

const TOKEN = 'ya29.test-token';

describe('Google Cloud speech, through the metadata server’s token', () => {
  let metadata: FakeServer;
  let tts: FakeTextToSpeech;
  let stt: FakeSpeechToText;
  let server: TestServer;
  const external: Array<{ service: string; status: string }> = [];

  beforeAll(async () => {
    [metadata, tts, stt] = await Promise.all([startFakeMetadataServer(TOKEN), startFakeTextToSpeech({ token: TOKEN }), startFakeSpeechToText({ token: TOKEN })]);
    server = await startTestServer({
      env: { SPEECH_SYNTHESIS: 'google', SPEECH_RECOGNITION: 'google', GOOGLE_TTS_URL: tts.url, GOOGLE_STT_URL: stt.url, GOOGLE_METADATA_URL: metadata.url },
    });
    server.speech.events.on('external', (event) => external.push(event));
  });
  afterAll(async () => {
    await server.close();
    await Promise.all([metadata.close(), tts.close(), stt.close()]);
  });

  it('synthesises with text:synthesize and its JSON, and fetches the token once', async () => {
    for (const text of ['Where is the nearest shelter?', 'Call 119 in an emergency.']) {
      const response = await fetch(`${server.baseUrl}/api/speech/synthesize`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, lang: 'en' }),
      });
      expect(response.status).toBe(200);
      const stats = speechStats(decodeWav(new Uint8Array(await response.arrayBuffer())));
      expect(stats.voiced).toBeGreaterThan(0.5);
    }
    expect(tts.requests.map((r) => r.body)).toEqual([
      { input: { text: 'Where is the nearest shelter?' }, voice: { languageCode: 'en-US', ssmlGender: 'FEMALE' }, audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: 24_000 } },
      { input: { text: 'Call 119 in an emergency.' }, voice: { languageCode: 'en-US', ssmlGender: 'FEMALE' }, audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: 24_000 } },
    ]);
    expect(tts.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(metadata.requests).toHaveLength(1); // kept until shortly before it expires
    expect(external.filter((e) => e.service === 'google-tts').map((e) => e.status)).toEqual(['success', 'success']);
  });

  it('uses the Chinese and Korean codes of Text-to-Speech, and the cache for a repeated phrase', async () => {
    const before = tts.requests.length;
    for (const [lang, text] of [['zh-Hant', '避難所在哪裡？'], ['ko', '대피소'], ['ko', '대피소']]) {
      const response = await fetch(`${server.baseUrl}/api/speech/synthesize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, lang }) });
      expect(response.status).toBe(200);
    }
    const codes = tts.requests.slice(before).map((r) => (r.body as { voice: { languageCode: string } }).voice.languageCode);
    expect(codes).toEqual(['cmn-TW', 'ko-KR']);
  });

  it('falls back to the offline voice when Text-to-Speech refuses, reading its error body', async () => {
    tts.failNext(googleError(403, 'PERMISSION_DENIED', 'Cloud Text-to-Speech API has not been used in project 123 before or it is disabled.'));
    const response = await fetch(`${server.baseUrl}/api/speech/synthesize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'A sentence the cloud refused.', lang: 'en' }),
    });
    expect(response.status).toBe(200);
    expect(decodeWav(new Uint8Array(await response.arrayBuffer())).sampleRate).toBe(22_050); // espeak-ng's rate, not Google's
    expect(external.at(-1)).toMatchObject({ service: 'google-tts', status: 'error' });
    const warning = server.logLines.find((line) => line.message === 'speech synthesis failed: using the offline engine');
    expect(JSON.stringify(warning)).toContain('PERMISSION_DENIED');
  });

  it('recognises with speech:recognize, in every language, with its JSON', async () => {
    stt.hear('大井町駅の近くの避難所はどこですか');
    const { pcm } = spokenQuestion('Oimachi', { sampleRate: 48_000 });
    const response = await fetch(`${server.baseUrl}/api/speech/recognize?lang=ja`, { method: 'POST', headers: { 'content-type': 'audio/wav' }, body: new Uint8Array(encodeWav(pcm)) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ text: '大井町駅の近くの避難所はどこですか', lang: 'ja' });
    const sent = stt.requests.at(-1)?.body as { config: Record<string, unknown>; audio: { content: string } };
    expect(sent.config).toMatchObject({ encoding: 'LINEAR16', sampleRateHertz: 16_000, languageCode: 'ja-JP' });
    // resampled to 16 kHz: a third of the 48 kHz samples
    expect(Buffer.from(sent.audio.content, 'base64').length).toBe(Math.floor(pcm.samples.length / 3) * 2);
    expect(stt.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('answers a spoken Japanese question over /api/voice with the cloud recogniser', async () => {
    stt.hear('大井町駅の近くの避難所はどこですか');
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'ja', speak: false });
    expect(await client.waitFor((m) => m.type === 'ready')).toMatchObject({ recognition: 'server' });
    client.sendSpeech(spokenQuestion('Oimachi').pcm);
    client.socket.end();
    await client.closed();
    expect(client.received.messages.find((m) => m.type === 'transcript')).toMatchObject({ text: '大井町駅の近くの避難所はどこですか' });
    expect(client.received.messages.at(-1)).toEqual({ type: 'done', status: 'answered' });
  });

  it('says so when the cloud recogniser fails, and falls back to pocketsphinx for English', async () => {
    stt.failNext(googleError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded.'));
    const ja = await fetch(`${server.baseUrl}/api/speech/recognize?lang=ja`, { method: 'POST', headers: { 'content-type': 'audio/wav' }, body: new Uint8Array(encodeWav(spokenQuestion('Oimachi').pcm)) });
    expect(ja.status).toBe(503);
    expect(((await ja.json()) as { error: { code: string } }).error.code).toBe('speech_unavailable');
    stt.failNext(googleError(500, 'INTERNAL', 'Internal error encountered.'));
    const en = await fetch(`${server.baseUrl}/api/speech/recognize?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'audio/wav' },
      body: new Uint8Array(encodeWav(spokenQuestion('Where is the nearest evacuation shelter?').pcm)),
    });
    expect(en.status).toBe(200);
    expect(((await en.json()) as { text: string }).text).toMatch(/nearest evacuat.* shelter/);
  });
});

describe('Google Cloud speech with an API key', () => {
  it('sends the key in x-goog-api-key, never in the URL, and no token request', async () => {
    const [metadata, tts, stt] = await Promise.all([startFakeMetadataServer(), startFakeTextToSpeech({ apiKey: 'AIza-test-key' }), startFakeSpeechToText({ apiKey: 'AIza-test-key' })]);
    const server = await startTestServer({
      env: {
        SPEECH_SYNTHESIS: 'google',
        SPEECH_RECOGNITION: 'google',
        GOOGLE_SPEECH_API_KEY: 'AIza-test-key',
        GOOGLE_TTS_URL: tts.url,
        GOOGLE_STT_URL: stt.url,
        GOOGLE_METADATA_URL: metadata.url,
      },
    });
    try {
      const response = await fetch(`${server.baseUrl}/api/speech/synthesize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hello', lang: 'en' }) });
      expect(response.status).toBe(200);
      expect(tts.requests[0]?.headers['x-goog-api-key']).toBe('AIza-test-key');
      expect(tts.requests[0]?.path).toBe('/v1/text:synthesize');
      expect(metadata.requests).toHaveLength(0);
    } finally {
      await server.close();
      await Promise.all([metadata.close(), tts.close(), stt.close()]);
    }
  });
});

describe('the Google adapters on their own', () => {
  it('turn an error body into speech_unavailable with Google’s status as the cause', async () => {
    const { GoogleTextToSpeech } = await import('../../src/adapters/speech/google/google-text-to-speech.ts');
    const { ApiKeyCredentials } = await import('../../src/adapters/speech/google/google-credentials.ts');
    const tts = await startFakeTextToSpeech({ apiKey: 'right' });
    const events = new OpsEvents();
    const seen: string[] = [];
    events.on('external', (event) => seen.push(event.status));
    try {
      const engine = new GoogleTextToSpeech({ baseUrl: tts.url, credentials: new ApiKeyCredentials('wrong'), events });
      const error = await engine.synthesize({ text: 'hi', lang: 'en' }).then(
        () => undefined,
        (e: unknown) => e as Error & { code: string; cause: Error & { status: string } },
      );
      expect(error?.code).toBe('speech_unavailable');
      expect(error?.cause.status).toBe('UNAUTHENTICATED');
      expect(seen).toEqual(['error']);
    } finally {
      await tts.close();
    }
  });
});
