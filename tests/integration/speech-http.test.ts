import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav, encodeWav } from '../../src/adapters/speech/audio/wav.ts';
import { VOICE } from '../../src/config/tunables.ts';
import { speechStats, spokenQuestion, syntheticPcm } from '../fixtures/audio/speech-fixtures.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
const counted: Array<{ kind: string; lang: string; success: boolean }> = [];
beforeAll(async () => {
  server = await startTestServer();
  server.speech.events.on('speech', (event) => counted.push(event));
});
afterAll(async () => {
  await server.close();
});

const synthesize = (body: unknown, accept?: string) =>
  fetch(`${server.baseUrl}/api/speech/synthesize`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body: JSON.stringify(body),
  });

const recognize = (wav: Uint8Array, lang: string, type = 'audio/wav') =>
  fetch(`${server.baseUrl}/api/speech/recognize?lang=${encodeURIComponent(lang)}`, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(wav) });

describe('POST /api/speech/synthesize', () => {
  it('speaks each language as a WAV of real speech', async () => {
    const texts: Record<string, string> = {
      ja: '大井町駅から近い避難所です。緊急のときは119番に電話してください。',
      'ja-easy': '大井町えき（駅）の ちかくの ひなんじょ（避難所）です。',
      en: 'Nearest evacuation shelters to you: First, Joto Elementary School, 290 meters.',
      'zh-Hans': '离大井町站最近的避难所。',
      'zh-Hant': '離大井町站最近的避難所。',
      ko: '오이마치역 근처 대피소입니다.',
    };
    for (const [lang, text] of Object.entries(texts)) {
      const response = await synthesize({ text, lang });
      expect(response.status, lang).toBe(200);
      expect(response.headers.get('content-type')).toBe('audio/wav');
      const stats = speechStats(decodeWav(new Uint8Array(await response.arrayBuffer())));
      expect(stats.seconds, lang).toBeGreaterThan(1);
      expect(stats.rms, lang).toBeGreaterThan(0.03);
      expect(stats.voiced, lang).toBeGreaterThan(0.5);
    }
    expect(counted.filter((e) => e.kind === 'synthesis').map((e) => e.lang)).toEqual(Object.keys(texts));
  });

  it('encodes Ogg Vorbis and FLAC when asked, and refuses formats it cannot make', async () => {
    for (const [accept, magic] of [
      ['audio/ogg', 'OggS'],
      ['audio/flac, audio/wav;q=0.5', 'fLaC'],
    ] as const) {
      const response = await synthesize({ text: 'Where is the nearest shelter?', lang: 'en' }, accept);
      expect(response.headers.get('content-type')).toBe(accept.split(',')[0]);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 4).toString('latin1')).toBe(magic);
      // decoded back to PCM by sox, it is still speech
      const wav = execFileSync('sox', ['-t', magic === 'OggS' ? 'ogg' : 'flac', '-', '-t', 'wav', '-b', '16', '-'], { input: body });
      expect(speechStats(decodeWav(wav)).voiced).toBeGreaterThan(0.5);
    }
    const refused = await synthesize({ text: 'hello', lang: 'en' }, 'audio/mpeg');
    expect(refused.status).toBe(406);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('not_acceptable');
  });

  it('refuses empty, over-long and malformed requests', async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ text: '  ', lang: 'en' }, 400, 'invalid_request'],
      [{ text: 'a'.repeat(VOICE.maxSynthesisChars + 1), lang: 'en' }, 400, 'text_too_long'],
      [{ text: 'hello', lang: 'fr' }, 400, 'invalid_lang'],
      [{ lang: 'en' }, 400, 'invalid_request'],
    ];
    for (const [body, status, code] of cases) {
      const response = await postJson(server.baseUrl, '/api/speech/synthesize', body);
      expect(response.status, code).toBe(status);
      expect((response.body.error as { code: string }).code).toBe(code);
    }
    const ja = await postJson(server.baseUrl, '/api/speech/synthesize', { text: 'あ'.repeat(VOICE.maxSynthesisChars + 1), lang: 'ja' });
    expect((ja.body.error as { message: string }).message).toBe('読み上げる文章が長すぎます。');
  });
});

describe('POST /api/speech/recognize', () => {
  it('recognises a short English recording, at the rate it was recorded', async () => {
    for (const sampleRate of [16_000, 48_000]) {
      const { pcm } = spokenQuestion('Where is the nearest evacuation shelter?', { sampleRate });
      const response = await recognize(encodeWav(pcm), 'en');
      expect(response.status).toBe(200);
      const body = (await response.json()) as { text: string; lang: string };
      expect(body.lang).toBe('en');
      // the key words (pocketsphinx sometimes hears "evacuate to shelter", which the topic matcher reads the same)
      expect(body.text).toMatch(/^where is the nearest evacuat.* shelter$/);
    }
    expect(counted.filter((e) => e.kind === 'recognition').slice(-2)).toEqual([
      { kind: 'recognition', lang: 'en', success: true },
      { kind: 'recognition', lang: 'en', success: true },
    ]);
  });

  it('says plainly, in the user’s language, when a language has no recogniser here', async () => {
    const response = await recognize(encodeWav(spokenQuestion('こんにちは', { voice: 'ja' }).pcm), 'ja');
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('recognition_unsupported');
    expect(error.message).toBe('この言語の音声認識はここでは使えません。文字で入力するか、ブラウザの音声入力を使ってください。');
  });

  it('refuses what is not a short WAV of speech', async () => {
    const silence = encodeWav(syntheticPcm(1));
    const tooLong = encodeWav(syntheticPcm(VOICE.maxUtteranceSeconds + 1, { sampleRate: 8_000, hz: 200 }));
    const tooBig = new Uint8Array(VOICE.maxRecordingBytes + 1);
    const cases: Array<[Uint8Array, string, string, number, string]> = [
      [silence, 'en', 'application/json', 415, 'unsupported_media_type'],
      [new TextEncoder().encode('not a wav file'), 'en', 'audio/wav', 400, 'audio_invalid'],
      [tooBig, 'en', 'audio/wav', 413, 'audio_too_long'],
      [tooLong, 'en', 'audio/wav', 413, 'audio_too_long'],
      [silence, 'xx', 'audio/wav', 400, 'invalid_lang'],
      [encodeWav(syntheticPcm(0)), 'en', 'audio/wav', 422, 'speech_empty'], // no samples: no engine is asked (the cloud one would refuse it as INVALID_ARGUMENT)
      [silence, 'en', 'audio/x-wav', 422, 'speech_empty'],
    ];
    for (const [body, lang, type, status, code] of cases) {
      const response = await recognize(body, lang, type);
      expect(response.status, code).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    expect(counted.at(-1)).toEqual({ kind: 'recognition', lang: 'en', success: false }); // the silence
  });
});
