import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineMeters } from '../../src/geo/geo.ts';
import { chatEvents, textOf } from '../helpers/sse-events.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

interface Source {
  id: string;
  title: string;
  dataset: string;
  publisher: string;
  license: string;
  distanceMeters?: number;
  lat?: number;
  lon?: number;
  address?: string;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const chat = (body: unknown, headers?: Record<string, string>) => postJson(server.baseUrl, '/api/chat', body, headers);

describe('POST /api/chat answers from the open data', () => {
  it('answers a Japanese shelter question near a station with sources', async () => {
    const { status, body } = await chat({ message: '大井町駅の近くの避難所はどこですか？' });
    expect(status).toBe(200);
    expect(body.status).toBe('answered');
    expect(body.lang).toBe('ja');
    expect(body.sessionId).toMatch(/^[\w-]{8,64}$/);
    const sources = body.sources as Source[];
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source.dataset).toBeTruthy();
      expect(source.publisher).toBeTruthy();
      expect(source.license).toBeTruthy();
      expect(source.distanceMeters).toBeLessThan(2_000);
    }
    // the text names the nearest place; the others are cards (issue 11)
    expect(body.answer).toContain((sources[0] as Source).title);
    expect(body.answer).toContain('大井町駅');
  });

  it('gives the true nearest shelter to a location, in English', async () => {
    const here = { lat: 35.6812, lon: 139.7671 }; // Tokyo Station
    const { body } = await chat({ message: 'Where is the nearest evacuation shelter?', location: here });
    expect(body.lang).toBe('en');
    expect(body.status).toBe('answered');
    const sources = body.sources as Source[];
    const distances = sources.map((s) => s.distanceMeters as number);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const nearest = server.deps.index.corpus.places
      .filter((p) => p.category === 'shelter' && p.lat !== undefined)
      .map((p) => haversineMeters(here.lat, here.lon, p.lat as number, p.lon as number))
      .sort((a, b) => a - b)[0] as number;
    expect(Math.abs((distances[0] as number) - nearest)).toBeLessThan(1);
  });

  it('keeps the topic of the conversation in a follow-up', async () => {
    const first = await chat({ message: '品川区の避難所を教えて' });
    expect(first.body.status).toBe('answered');
    const follow = await chat({ message: 'What about near Oimachi station?', sessionId: first.body.sessionId });
    expect(follow.body.sessionId).toBe(first.body.sessionId);
    expect(follow.body.status).toBe('answered');
    expect(follow.body.answer).toMatch(/Oimachi Station/);
    expect(follow.body.answer).toMatch(/shelter/i);
    for (const source of follow.body.sources as Source[]) expect(source.distanceMeters).toBeLessThan(2_000);
    const session = await server.deps.sessions.get(first.body.sessionId as string);
    expect(session?.turns.map((t) => t.status)).toEqual(['answered', 'answered']);
  });

  it('answers in every language it is asked in', async () => {
    const cases: Array<[string, string]> = [
      ['大井町駅の近くの避難所', 'ja'],
      ['Shelters near Oimachi station', 'en'],
      ['大井町站附近的避难所在哪里', 'zh-Hans'],
      ['大井町站附近的避難所在哪裡', 'zh-Hant'],
      ['品川구 대피소 어디예요', 'ko'],
    ];
    for (const [message, lang] of cases) {
      const { body } = await chat({ message });
      expect(body.lang, message).toBe(lang);
    }
    const easy = await chat({ message: '大井町駅の ちかくの ひなんじょは どこ？', lang: 'ja-easy' });
    expect(easy.body.lang).toBe('ja-easy');
    expect(easy.body.answer).toContain('ひなんじょ');
  });

  it('says it does not know, with an official contact, rather than invent', async () => {
    const { body } = await chat({ message: 'What is the weather tomorrow?' });
    expect(body.status).toBe('unanswerable_out_of_scope');
    expect(body.sources).toEqual([]);
    expect(body.answer).toContain('https://www.metro.tokyo.lg.jp/');
  });

  it('asks where when a topic comes without a place', async () => {
    const { body } = await chat({ message: '避難所はどこ？' });
    expect(body.status).toBe('clarification_needed');
    expect(body.sources).toEqual([]);
  });

  it('starts a new session when the given one is unknown or expired', async () => {
    const { body } = await chat({ message: '品川区の避難所', sessionId: 'expired-session-0001' });
    expect(body.sessionId).not.toBe('expired-session-0001');
  });
});

describe('POST /api/chat streams server-sent events', () => {
  it('sends meta, text deltas, sources and done, in that order', async () => {
    const { status, headers, events } = await chatEvents(server.baseUrl, { message: 'Shelters near Shinagawa station' });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/event-stream');
    const types = events.map((e) => e.event);
    expect(types[0]).toBe('meta');
    expect(types.at(-1)).toBe('done');
    expect(types.at(-2)).toBe('sources');
    expect(types.filter((t) => t === 'delta').length).toBeGreaterThan(1);
    expect(textOf(events)).toContain('Shinagawa Station');
    expect((events.at(-1)?.data as { status: string }).status).toBe('answered');
  });

  it('refuses bad input with a status code, not a stream', async () => {
    const response = await fetch(`${server.baseUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ message: '   ' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('message_empty');
  });
});

describe('bad input gets a clear error and loses nothing', () => {
  it('maps each kind of bad request to its status and code', async () => {
    const cases: Array<[unknown, Record<string, string>, number, string]> = [
      ['{"message": "hi"', {}, 400, 'invalid_json'],
      [{ message: '' }, {}, 400, 'message_empty'],
      [{}, {}, 400, 'message_empty'],
      [{ message: 42 }, {}, 400, 'invalid_request'],
      [{ message: 'a'.repeat(1001) }, {}, 400, 'message_too_long'],
      [{ message: 'hello', lang: 'de' }, {}, 400, 'invalid_lang'],
      [{ message: 'hello', location: { lat: 91, lon: 139 } }, {}, 400, 'invalid_location'],
      [{ message: 'hello', location: { lat: 35, lon: 'east' } }, {}, 400, 'invalid_location'],
      [{ message: 'hello', sessionId: '../../etc' }, {}, 400, 'invalid_session'],
      [{ message: 'x'.repeat(17 * 1024) }, {}, 413, 'body_too_large'],
      [{ message: 'hello' }, { 'content-type': 'text/plain' }, 415, 'unsupported_media_type'],
    ];
    for (const [body, headers, status, code] of cases) {
      const response = await chat(body, headers);
      expect(response.status, code).toBe(status);
      expect((response.body.error as { code: string }).code).toBe(code);
      expect((response.body.error as { message: string }).message).toBeTruthy();
    }
  });

  it('counts the limit in characters after NFKC', async () => {
    // "㍻" is one character that NFKC turns into two ("平成")
    const ok = await chat({ message: '㍻'.repeat(500) });
    expect(ok.status).toBe(200);
    const tooLong = await chat({ message: '㍻'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect((tooLong.body.error as { limit: number }).limit).toBe(1000);
  });

  it('answers in the user language when it is known', async () => {
    const ja = await chat({ message: '', lang: 'ja' });
    expect((ja.body.error as { message: string }).message).toBe('質問を入力してください。');
    const ko = await chat({ message: '' }, { 'accept-language': 'ko-KR,ko;q=0.9' });
    expect((ko.body.error as { message: string }).message).toBe('질문을 입력해 주세요.');
  });

  it('returns JSON 404 for an unknown API route and 405-free handling of other methods', async () => {
    const response = await fetch(`${server.baseUrl}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const getChat = await fetch(`${server.baseUrl}/api/chat`);
    expect(getChat.status).toBe(404);
  });

  it('keeps the session after a bad request', async () => {
    const first = await chat({ message: '品川区の避難所' });
    const sessionId = first.body.sessionId as string;
    const bad = await chat({ message: 'x'.repeat(1200), sessionId });
    expect(bad.status).toBe(400);
    const follow = await chat({ message: 'What about near Oimachi station?', sessionId });
    expect(follow.body.sessionId).toBe(sessionId);
    expect(follow.body.status).toBe('answered');
    expect((await server.deps.sessions.get(sessionId))?.turns).toHaveLength(2);
  });
});

describe('GET /api/health', () => {
  it('answers 200 with checks and the error rate', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; data: { checks: Record<string, { status: string }>; metrics: { errorRate: number } } };
    expect(body.status).toBe('ok');
    expect(body.data.checks.snapshot?.status).toBe('ok');
    expect(typeof body.data.metrics.errorRate).toBe('number');
  });
});
