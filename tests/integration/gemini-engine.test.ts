import { GoogleGenAI } from '@google/genai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import { type GeminiDouble, groundedAnswer, questionOf, recordsOf, startGeminiDouble } from '../fakes/gemini-server.ts';
import { chatEvents, textOf } from '../helpers/sse-events.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

// The real server and the real @google/genai SDK, pointed with GEMINI_BASE_URL at a local double of the
// Gemini REST API (tests/fakes/gemini-server.ts).

let gemini: GeminiDouble;
let server: TestServer;
const events = new OpsEvents();
const fallbacks: Array<OpsEventMap['fallback'][0]> = [];
events.on('fallback', (event) => fallbacks.push(event));

beforeAll(async () => {
  gemini = await startGeminiDouble({ apiKey: 'test-key' });
  server = await startTestServer({ env: { GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: gemini.url }, server: { events } });
});
afterAll(async () => {
  await server.close();
  await gemini.close();
});
beforeEach(() => {
  gemini.requests.length = 0;
  fallbacks.length = 0;
  gemini.setDefault({ kind: 'answer' });
});

const chat = (body: unknown) => postJson(server.baseUrl, '/api/chat', body);
const QUESTION = '大井町駅の近くの避難所はどこですか？';

describe('answers with Gemini over its REST API', () => {
  it('sends one streamed request in the API format and answers from it, markers mapped to sources', async () => {
    const { status, body } = await chat({ message: QUESTION });
    expect(status).toBe(200);
    expect(body.status).toBe('answered');
    expect(gemini.requests).toHaveLength(1);
    const [request] = gemini.requests;
    expect(request?.method).toBe('streamGenerateContent');
    expect(request?.model).toBe('gemini-3.5-flash-lite');
    expect(request?.apiKey).toBe('test-key');
    expect(request?.body.contents[0]?.role).toBe('user');
    expect(request?.body.generationConfig).toMatchObject({ thinkingConfig: { thinkingLevel: 'MINIMAL' }, candidateCount: 1 });
    expect(request?.body.store).toBe(false);
    expect(request?.systemText).toContain('Write in Japanese');
    const records = recordsOf(request as NonNullable<typeof request>);
    expect(records.length).toBeGreaterThan(0);
    expect(questionOf(request as NonNullable<typeof request>)).toBe(QUESTION.normalize('NFKC'));

    // the double's answer, without its [S<n>] markers; the sources are the records it cited
    expect(body.answer).toContain('近くの場所をご案内します。');
    expect(body.answer).not.toMatch(/\[S\d+\]/);
    const sources = body.sources as Array<{ id: string; title: string }>;
    expect(sources.map((s) => s.title)).toEqual(records.map((r) => r.fields.name));
    expect(fallbacks).toEqual([]);
  });

  it('asks for the user language, including やさしい日本語', async () => {
    await chat({ message: 'Where is the nearest evacuation shelter to Oimachi Station?' });
    expect(gemini.requests[0]?.systemText).toContain('Write in plain English');
    await chat({ message: QUESTION, lang: 'ja-easy' });
    expect(gemini.requests[1]?.systemText).toContain('やさしい日本語');
    expect(gemini.requests[1]?.systemText).toContain('分かち書き');
  });

  it('keeps greetings, clarifications and "no data" answers local', async () => {
    for (const message of ['こんにちは', '避難所はどこ？', 'What is the capital of France?']) {
      const { body } = await chat({ message });
      expect(body.status).not.toBe('answered');
    }
    expect(gemini.requests).toEqual([]);
  });

  it('streams the first grounded line before the model has finished', async () => {
    const sent: number[] = [];
    gemini.next({
      kind: 'answer',
      chunkMs: 80,
      chunkChars: 12,
      text: (request) => {
        const answer = groundedAnswer(request);
        // when the double will have sent its last chunk: first token + one gap per further chunk
        sent.push(performance.now() + 20 + 80 * Math.ceil([...answer].length / 12));
        return answer;
      },
    });
    const { events: received } = await chatEvents(server.baseUrl, { message: QUESTION });
    const firstDelta = received.find((e) => e.event === 'delta');
    const sources = received.find((e) => e.event === 'sources');
    expect(firstDelta).toBeDefined();
    expect((firstDelta?.at ?? Infinity) < (sent[0] ?? 0)).toBe(true);
    expect((firstDelta?.at ?? Infinity) < (sources?.at ?? 0)).toBe(true);
    expect(received.at(-1)?.data).toMatchObject({ type: 'done', status: 'answered' });
  });
});

describe('the double speaks the REST API the SDK expects', () => {
  it('answers models.generateContent (unary) and refuses a request without an API key as the API does', async () => {
    const ai = new GoogleGenAI({ apiKey: 'test-key', httpOptions: { baseUrl: gemini.url } });
    gemini.next({ kind: 'answer', text: 'こんにちは。' });
    const response = await ai.models.generateContent({ model: 'gemini-3.5-flash-lite', contents: 'hello' });
    expect(response.text).toBe('こんにちは。');
    expect(response.candidates?.[0]?.finishReason).toBe('STOP');
    expect(response.usageMetadata?.totalTokenCount).toBeGreaterThan(0);
    const anonymous = await fetch(`${gemini.url}/v1beta/models/gemini-3.5-flash-lite:generateContent`, { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
  });
});

describe('grounding: what the model invents never reaches the user', () => {
  it('replaces an answer that cites only unknown sources with the local answer', async () => {
    gemini.next({ kind: 'answer', text: '近くの避難所は品川中央公園です。[S9]\n住所は不明です。[S12]' });
    const { body } = await chat({ message: QUESTION });
    expect(body.status).toBe('degraded_fallback');
    expect(body.answer).toContain('簡易的な回答');
    expect(body.answer).not.toContain('品川中央公園です');
    expect((body.sources as unknown[]).length).toBeGreaterThan(0);
    expect(fallbacks).toEqual([{ engine: 'gemini', reason: 'invalid_citation' }]);
  });

  it('replaces an answer that cites nothing', async () => {
    gemini.next({ kind: 'answer', text: '避難所は駅の近くにたくさんあります。気をつけてお出かけください。' });
    const { body } = await chat({ message: QUESTION });
    expect(body.status).toBe('degraded_fallback');
    expect(body.answer).not.toContain('たくさんあります');
    expect(fallbacks).toEqual([{ engine: 'gemini', reason: 'ungrounded' }]);
  });

  it('drops an invented source id but keeps the lines citing real ones', async () => {
    gemini.next({ kind: 'answer', text: (request) => `${groundedAnswer(request)}\nほかにも避難所があります。[S7]` });
    const { body } = await chat({ message: QUESTION });
    expect(body.status).toBe('answered');
    expect(body.answer).not.toContain('[S7]');
    expect(fallbacks).toEqual([]);
  });

  it('stops at an invented phone number: the grounded lines stay, the rest is the local answer', async () => {
    gemini.next({
      kind: 'answer',
      text: (request) => {
        const [first] = recordsOf(request);
        return `近くの避難所です。\n1. ${String(first?.fields.name)} [S1]\n詳しくは 03-9999-1234 にお電話ください。[S1]\n2. 次の避難所 [S2]`;
      },
    });
    const { events: received } = await chatEvents(server.baseUrl, { message: QUESTION });
    const text = textOf(received);
    expect(text).toContain('近くの避難所です。');
    expect(text).not.toContain('03-9999-1234');
    expect(text).not.toContain('次の避難所');
    expect(text).toContain('簡易的な回答');
    expect(received.at(-1)?.data).toMatchObject({ type: 'done', status: 'degraded_fallback' });
    expect(fallbacks).toEqual([{ engine: 'gemini', reason: 'ungrounded' }]);
  });

  it('stops at an invented URL or address number', async () => {
    gemini.next({ kind: 'answer', text: '近くの避難所です。[S1]\n詳細は https://evil.example.com/shelter をご覧ください。[S1]' });
    const first = await chat({ message: QUESTION });
    expect(first.body.answer).not.toContain('evil.example.com');
    gemini.next({ kind: 'answer', text: '近くの避難所です。[S1]\n住所は品川区大井9-99-99です。[S1]' });
    const second = await chat({ message: QUESTION });
    expect(second.body.answer).not.toContain('9-99-99');
    expect(fallbacks.map((f) => f.reason)).toEqual(['ungrounded', 'ungrounded']);
  });

  it('accepts phone numbers, URLs and addresses copied from the records', async () => {
    gemini.next({
      kind: 'answer',
      text: (request) =>
        recordsOf(request)
          .map(({ n, fields }) => `${String(fields.name)}：${String(fields.address ?? '')} ${String(fields.map)} [S${n}]`)
          .join('\n'),
    });
    const { body } = await chat({ message: QUESTION });
    expect(body.status).toBe('answered');
    expect(body.answer).toContain('https://www.openstreetmap.org/');
  });
});
