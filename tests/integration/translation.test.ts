import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GoogleTranslator } from '../../src/adapters/translation/google-translator.ts';
import { MetadataServerCredentials } from '../../src/adapters/speech/google/google-credentials.ts';
import { DomainError } from '../../src/core/domain-error.ts';
import { FOREIGN_LANGUAGE_WORDS, type TranslationLang } from '../../src/i18n/translation-languages.ts';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import { startTranslationDouble, type Mangling, type TranslationDouble } from '../fakes/cloud-translation-server.ts';
import { startFakeMetadataServer } from '../fakes/google-speech-metadata.ts';
import type { FakeServer } from '../fakes/google-speech-server.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Cloud Translation v3 (translateText over REST) against its wire-format double (tests/fakes/cloud-translation-server.ts):
// questions in eight more languages through the normal pipeline and back, names, numbers, addresses, phone numbers
// and links protected, caught when the translator damages them, cached in Redis, and today's reply without it.

const TOKEN = 'ya29.translation-test-token';
const PROJECT = 'tokyo-ai-chat-test';
const GLOSSARY_TERMS = ['Oimachi', 'Shinagawa', 'Shinjuku', 'Koto Library'];

/** A question in each language, and the English question the double translates it to. */
const QUESTIONS: Record<TranslationLang, [question: string, english: string]> = {
  vi: ['Nơi trú ẩn gần nhất ga Oimachi ở đâu?', 'Where is the nearest evacuation shelter to Oimachi Station?'],
  ne: ['कोटो पुस्तकालयको फोन नम्बर के हो?', 'What is the phone number of Koto Library?'],
  tl: ['Saan ang pinakamalapit na evacuation center sa Shinagawa station?', 'Where is the nearest evacuation shelter to Shinagawa Station?'],
  th: ['ห้องสมุดโคโตะอยู่ที่ไหน', 'Where is Koto Library?'],
  id: ['Di mana AED terdekat dari stasiun Shinagawa?', 'Where is the nearest AED to Shinagawa Station?'],
  pt: ['Qual é o horário de funcionamento da biblioteca Koto?', 'What are the opening hours of Koto Library?'],
  es: ['¿Dónde está el refugio más cercano a la estación de Shinjuku?', 'Where is the nearest evacuation shelter to Shinjuku Station?'],
  fr: ['Où se trouve le refuge le plus proche de la gare de Shinjuku ?', 'Where is the nearest evacuation shelter to Shinjuku Station?'],
};

interface ChatBody {
  status: string;
  lang: string;
  answer: string;
  translation?: { lang: string; from: string };
  sources: Array<{ title: string; address?: string; phone?: string }>;
}

/** What must come back exactly: phone numbers, Japanese addresses and names, links and numbers of the English answer. */
function protectedValues(english: string): string[] {
  // eslint-disable-next-line security/detect-unsafe-regex -- each repeat starts with a separator: no nested ambiguity
  const patterns = [/0\d{1,4}-\d{1,4}-\d{3,4}/g, /https?:\/\/[^\s)]+[^\s).,]/g, /[\p{Script=Han}\p{Script=Katakana}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー0-9-]*/gu, /\d+(?:[.:–-]\d+)*/g];
  return patterns.flatMap((pattern) => english.match(pattern) ?? []);
}

let metadata: FakeServer;
let translate: TranslationDouble;

beforeAll(async () => {
  metadata = await startFakeMetadataServer(TOKEN);
  translate = await startTranslationDouble({ token: TOKEN, project: PROJECT, glossaries: { 'place-names': GLOSSARY_TERMS } });
  for (const [question, english] of Object.values(QUESTIONS)) translate.phrases.set(question, english);
});
afterAll(async () => {
  await Promise.all([metadata.close(), translate.close()]);
});

describe('GoogleTranslator: translateText v3 over REST', () => {
  const translator = (options: Partial<ConstructorParameters<typeof GoogleTranslator>[0]> = {}) =>
    new GoogleTranslator({ baseUrl: translate.url, project: PROJECT, location: 'us-central1', credentials: new MetadataServerCredentials(metadata.url), timeoutMs: 1_000, ...options });

  it('sends the documented request with the glossary of place names, and takes the glossary translations', async () => {
    const google = translator({ glossary: 'place-names' });
    try {
      const { texts } = await google.translate({ texts: ['<span translate="no" id="p1">Oimachi</span> Station', 'Shinjuku'], source: 'en', target: 'vi', mimeType: 'text/html' });
      expect(translate.calls.at(-1)).toEqual({
        contents: ['<span translate="no" id="p1">Oimachi</span> Station', 'Shinjuku'],
        mimeType: 'text/html',
        sourceLanguageCode: 'en',
        targetLanguageCode: 'vi',
        glossaryConfig: { glossary: `projects/${PROJECT}/locations/us-central1/glossaries/place-names` },
        labels: { app: 'tokyo-ai-chat' },
      });
      expect(translate.requests.at(-1)?.path).toBe(`/v3/projects/${PROJECT}/locations/us-central1:translateText`);
      expect(translate.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      // the glossary keeps the name; the translation without it would not
      expect(texts).toEqual(['<span translate="no" id="p1">Oimachi</span> ‹vi› Station', '‹vi› Shinjuku']);
    } finally {
      google.close();
    }
  });

  it('fails as a guarded call: the API error, a slow answer, a glossary in the global location', async () => {
    const google = translator({ timeoutMs: 150 });
    const reasonOf = async (request: Parameters<GoogleTranslator['translate']>[0]) => {
      const error = await google.translate(request).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(DomainError);
      return (error as DomainError).details?.reason;
    };
    try {
      translate.next({ kind: 'http-error', status: 429 });
      expect(await reasonOf({ texts: ['hello'], target: 'vi', mimeType: 'text/plain' })).toBe('error');
      translate.next({ kind: 'slow', ms: 600 });
      expect(await reasonOf({ texts: ['hello'], target: 'vi', mimeType: 'text/plain' })).toBe('timeout');
    } finally {
      google.close();
    }
    const global = translator({ location: 'global', glossary: 'place-names' });
    try {
      await expect(global.translate({ texts: ['hello'], target: 'vi', mimeType: 'text/plain' })).rejects.toBeInstanceOf(DomainError);
      expect(translate.requests.at(-1)?.path).toBe(`/v3/projects/${PROJECT}/locations/global:translateText`);
    } finally {
      global.close();
    }
  });
});

describe('questions in other languages, through the pipeline and back', () => {
  let server: TestServer;
  let redis: Redis;
  const events = new OpsEvents();
  const translations: Array<OpsEventMap['translation'][0]> = [];
  events.on('translation', (event) => translations.push(event));

  beforeAll(async () => {
    const redisUrl = inject('redisUrl');
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    server = await startTestServer({
      redisUrl,
      env: {
        REDIS_URL: redisUrl,
        TRANSLATION: 'google',
        TRANSLATION_PROJECT: PROJECT,
        TRANSLATION_GLOSSARY: 'place-names',
        GOOGLE_TRANSLATE_URL: translate.url,
        GOOGLE_METADATA_URL: metadata.url,
      },
      server: { events },
    });
  });
  afterAll(async () => {
    await server.close();
    await redis.quit();
  });

  const chat = async (body: Record<string, unknown>) => (await postJson(server.baseUrl, '/api/chat', body)).body as unknown as ChatBody;

  it.each(Object.entries(QUESTIONS))('answers a question in %s, marked as machine-translated, every protected value intact', async (lang, [question, english]) => {
    const original = await chat({ message: english });
    expect(original.status).toBe('answered');
    const calls = translate.calls.length;
    const body = await chat({ message: question });
    expect(body.status).toBe('answered');
    expect(body.lang).toBe('en');
    expect(body.translation).toEqual({ lang, from: 'en' });
    const [marker, ...rest] = body.answer.split('\n');
    expect(marker).toBe(`(${FOREIGN_LANGUAGE_WORDS[lang as TranslationLang].machineTranslated})`);
    expect(rest.join('\n')).toContain(`‹${lang}›`);
    for (const value of protectedValues(original.answer)) expect(body.answer, value).toContain(value);
    expect(body.sources.map((source) => source.title)).toEqual(original.sources.map((source) => source.title));
    // the question in, the answer out; the question went as its redacted text, from its language
    const sent = translate.calls.slice(calls);
    expect(sent.map((call) => [call.sourceLanguageCode, call.targetLanguageCode])).toEqual([
      [lang, 'en'],
      ['en', lang],
    ]);
    expect(sent.every((call) => call.mimeType === 'text/html')).toBe(true);
  });

  it('keeps both directions in Redis: the same question again makes no call', async () => {
    const [question] = QUESTIONS.vi;
    await chat({ message: question });
    translations.length = 0;
    const calls = translate.calls.length;
    const body = await chat({ message: question });
    expect(body.translation).toEqual({ lang: 'vi', from: 'en' });
    expect(translate.calls.length).toBe(calls);
    expect(translations.map((event) => [event.direction, event.outcome])).toEqual([
      ['question', 'cached'],
      ['answer', 'cached'],
    ]);
    expect((await redis.keys('tac:tr:v1:google-translate+place-names:*')).length).toBeGreaterThanOrEqual(2);
  });

  it('answers in the language the page is in when the question itself does not say', async () => {
    const body = await chat({ message: 'Oimachi', lang: 'vi' });
    expect(body.translation).toEqual({ lang: 'vi', from: 'en' });
    expect(body.answer.startsWith(`(${FOREIGN_LANGUAGE_WORDS.vi.machineTranslated})`)).toBe(true);
  });

  // each case asks about another station, so that no answer comes from the cache
  const STATIONS: Array<[Mangling, string, 'repaired' | 'refused' | 'translated']> = [
    ['alter-span-text', 'Tokyo', 'repaired'],
    ['drop-ids', 'Kameido', 'translated'],
    ['drop-span', 'Ueno', 'refused'],
    ['duplicate-span', 'Ikebukuro', 'refused'],
    ['unwrap-spans', 'Shibuya', 'refused'],
    ['invent-phone', 'Meguro', 'refused'],
  ];
  it.each(STATIONS)('catches a translation that does %s: no protected value is ever shown altered', async (how, station, outcome) => {
    const english = `Where is the nearest evacuation shelter to ${station} Station?`;
    const question = `Nơi trú ẩn gần nhất ga ${station} ở đâu?`;
    translate.phrases.set(question, english);
    const original = await chat({ message: english });
    translations.length = 0;
    translate.next({ kind: 'translate' }, { kind: 'mangle', how });
    const body = await chat({ message: question });
    expect(body.status).toBe(original.status);
    expect(translations.find((event) => event.direction === 'answer')?.outcome).toBe(outcome);
    for (const value of protectedValues(original.answer)) expect(body.answer, value).toContain(value);
    expect(body.answer).not.toContain('03-0000-0000');
    if (outcome === 'refused') {
      // the answer as written, after a line in Vietnamese that says so; nothing of the damaged translation
      expect(body.translation).toBeUndefined();
      expect(body.answer).toBe(`${FOREIGN_LANGUAGE_WORDS.vi.untranslated.replace('{language}', 'English')}\n${original.answer}`);
    } else {
      expect(body.translation).toEqual({ lang: 'vi', from: 'en' });
    }
  });

  it('does not keep a refused translation: the next turn asks the service again', async () => {
    const english = 'Where is the nearest evacuation shelter to Akihabara Station?';
    const question = 'Nơi trú ẩn gần nhất ga Akihabara ở đâu?';
    translate.phrases.set(question, english);
    translate.next({ kind: 'translate' }, { kind: 'mangle', how: 'drop-span' });
    expect((await chat({ message: question })).translation).toBeUndefined();
    const body = await chat({ message: question });
    expect(body.translation).toEqual({ lang: 'vi', from: 'en' });
  });
});

describe('without the service: the list of languages, in the question’s own words, and English', () => {
  it('keeps today’s reply when translation is not configured', async () => {
    const server = await startTestServer();
    try {
      const body = (await postJson(server.baseUrl, '/api/chat', { message: QUESTIONS.vi[0] })).body as unknown as ChatBody;
      expect(body.status).toBe('unanswerable_out_of_scope');
      expect(body.lang).toBe('en');
      expect(body.answer.split('\n')[0]).toBe(`${FOREIGN_LANGUAGE_WORDS.vi.unsupported} 日本語 · English · 简体中文 · 繁體中文 · 한국어 · やさしい にほんご`);
      expect(body.answer).toContain('Sorry, I answer in Japanese, English');
    } finally {
      await server.close();
    }
  });

  it('keeps it when the service fails, and stops calling it once the breaker opens', async () => {
    const down = await startTranslationDouble({ token: TOKEN, project: PROJECT });
    down.setDefault({ kind: 'http-error', status: 503 });
    const events = new OpsEvents();
    const breaker: string[] = [];
    events.on('breaker', (event) => breaker.push(`${event.name}:${event.state}`));
    const server = await startTestServer({
      env: { TRANSLATION: 'google', TRANSLATION_PROJECT: PROJECT, GOOGLE_TRANSLATE_URL: down.url, GOOGLE_METADATA_URL: metadata.url },
      server: { events },
    });
    try {
      for (let i = 0; i < 6; i += 1) {
        const body = (await postJson(server.baseUrl, '/api/chat', { message: QUESTIONS.es[0] })).body as unknown as ChatBody;
        expect(body.status).toBe('unanswerable_out_of_scope');
        expect(body.answer.split('\n')[0]).toContain(FOREIGN_LANGUAGE_WORDS.es.unsupported);
        expect(body.translation).toBeUndefined();
      }
      expect(breaker).toEqual(['translation:open']);
      const calls = down.calls.length;
      await postJson(server.baseUrl, '/api/chat', { message: QUESTIONS.fr[0] });
      expect(down.calls.length).toBe(calls);
    } finally {
      await server.close();
      await down.close();
    }
  });
});

describe('the page in the translated languages, translated at build time', () => {
  it('translates every English string with its placeholders and names kept, keeps reviewed keys, and leaves a damaged one in English', async () => {
    const { translatePageText } = await import('../../scripts/lib/translate-ui-strings.ts');
    const { UI_STRINGS } = await import('../../src/i18n/ui-strings.ts');
    const google = new GoogleTranslator({ baseUrl: translate.url, project: PROJECT, location: 'us-central1', credentials: new MetadataServerCredentials(metadata.url), timeoutMs: 2_000 });
    try {
      translate.next({ kind: 'mangle', how: 'unwrap-spans' });
      const previous = { ui: { languageLabel: 'Ngôn ngữ' }, errors: {}, reviewed: ['ui.languageLabel'] };
      const { text, report } = await translatePageText(google, 'vi', previous);
      expect(text.ui.languageLabel).toBe('Ngôn ngữ');
      expect(text.reviewed).toEqual(['ui.languageLabel']);
      // the first string sent (appTitle) came back damaged: refused, left in English
      expect(report.refused).toHaveLength(1);
      expect(text.ui.appTitle).toBeUndefined();
      expect(text.ui.charCount).toMatch(/\{count\}.*\{max\}/);
      expect(text.ui.charCount).toContain('‹vi›');
      expect(text.ui.openMap).toContain('OpenStreetMap');
      expect(text.ui.mapTiles).toContain('地理院タイル');
      expect(text.ui.examples).toHaveLength(UI_STRINGS.en.examples.length);
      expect(text.errors.internal).toContain('‹vi›');
      expect(report.translated + report.refused.length + report.kept).toBe(Object.values(UI_STRINGS.en).flat().length + 3);
    } finally {
      google.close();
    }
  });
});
