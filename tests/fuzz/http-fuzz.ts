import fc from 'fast-check';
import { encodeWav } from '../../src/adapters/speech/audio/wav.ts';
import { LANGS } from '../../src/core/languages.ts';
import { contentTypes, deepJson, headerValue, hugeBody, invalidUtf8, jsonBytes, nastyString, truncated, withInvalidUtf8 } from './byte-arbitraries.ts';
import { errorShapeProblems } from './documented-errors.ts';

/** The HTTP endpoints the fuzzer drives (docs/api.md). */
export const HTTP_TARGETS = ['chat-json', 'chat-sse', 'feedback', 'speech-synthesize', 'speech-recognize'] as const;
export type HttpTarget = (typeof HTTP_TARGETS)[number];

export interface HttpCase {
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/problem+json'];
const WAV_TYPES = ['audio/wav', 'audio/x-wav', 'audio/wave'];

const sessionIds = fc.oneof(fc.constantFrom('abcdefgh', 'fuzz-session-000001', '../../etc/passwd', 'a'.repeat(65)), nastyString(70));
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 4 }), nastyString());
const location = fc.oneof(
  fc.record({ lat: fc.double(), lon: fc.double() }),
  fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
  anyValue,
);

/** A chat body: the right fields with right, wrong and nasty values, unknown fields, or anything at all. */
const chatBody = fc.oneof(
  { weight: 5, arbitrary: fc.record({ message: fc.oneof(nastyString(1200), anyValue), sessionId: sessionIds, lang: fc.oneof(fc.constantFrom(...LANGS), nastyString(12)), location }, { requiredKeys: [] }).map(jsonBytes) },
  { weight: 1, arbitrary: anyValue.map(jsonBytes) },
);

const feedbackBody = fc.oneof(
  { weight: 5, arbitrary: fc.record({ sessionId: sessionIds, messageId: sessionIds, rating: fc.oneof(fc.constantFrom('up', 'down'), anyValue), comment: fc.oneof(nastyString(600), anyValue) }, { requiredKeys: [] }).map(jsonBytes) },
  { weight: 1, arbitrary: anyValue.map(jsonBytes) },
);

/**
 * A text around the 2,000-character limit, of words: 2,000 characters of punctuation are read out sign by sign
 * (six minutes of audio, 8 s to synthesise with the double), which would make the long run measure espeak-ng.
 */
export const longText = fc.integer({ min: 1990, max: 2010 }).map((n) => 'Where is the nearest evacuation shelter? '.repeat(60).slice(0, n));

const synthesizeBody = fc.oneof(
  { weight: 5, arbitrary: fc.record({ text: fc.oneof({ weight: 30, arbitrary: nastyString(300) }, { weight: 1, arbitrary: longText }, { weight: 10, arbitrary: anyValue }), lang: fc.oneof(fc.constantFrom(...LANGS), nastyString(12)) }, { requiredKeys: [] }).map(jsonBytes) },
  { weight: 1, arbitrary: anyValue.map(jsonBytes) },
);

/** WAV files of every shape the header allows (rates, channels, bits), short or empty, then some bytes flipped. */
const wavBody = fc
  .record({
    rate: fc.oneof(fc.constantFrom(8_000, 16_000, 44_100, 48_000), fc.integer({ min: 0, max: 400_000 })),
    samples: fc.integer({ min: 0, max: 24_000 }),
    flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 6 }),
  })
  .map(({ rate, samples, flips }) => {
    const pcm = new Int16Array(samples);
    for (let i = 0; i < samples; i += 1) pcm[i] = Math.round(Math.sin(i / 7) * 8000);
    const bytes = new Uint8Array(encodeWav({ sampleRate: Math.max(1, rate), samples: pcm }));
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes;
  });

/** Bodies common to every endpoint: broken, huge, deep, not UTF-8, not JSON. */
const hostileBody = (fields: string[], limit: number) =>
  fc.oneof(
    deepJson,
    hugeBody(limit),
    withInvalidUtf8(fields),
    invalidUtf8,
    fc.uint8Array({ maxLength: 3000 }),
    fc.constant(new Uint8Array(0)),
    fc.string({ maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
  );

function bodyOf(target: HttpTarget): fc.Arbitrary<Uint8Array> {
  if (target === 'speech-recognize') return fc.oneof({ weight: 4, arbitrary: wavBody }, { weight: 1, arbitrary: truncated(wavBody) }, { weight: 2, arbitrary: hostileBody(['text'], 2 * 1024 * 1024) });
  const valid = target === 'feedback' ? feedbackBody : target === 'speech-synthesize' ? synthesizeBody : chatBody;
  const fields = target === 'feedback' ? ['comment', 'sessionId'] : target === 'speech-synthesize' ? ['text', 'lang'] : ['message', 'lang', 'sessionId'];
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: truncated(valid) }, { weight: 3, arbitrary: hostileBody(fields, 16 * 1024) });
}

const PATHS: Record<HttpTarget, fc.Arbitrary<string>> = {
  'chat-json': fc.constant('/api/chat'),
  'chat-sse': fc.constant('/api/chat'),
  feedback: fc.constant('/api/feedback'),
  'speech-synthesize': fc.constant('/api/speech/synthesize'),
  'speech-recognize': fc.oneof(fc.constantFrom(...LANGS.map((lang) => `/api/speech/recognize?lang=${lang}`)), nastyString(20).map((lang) => `/api/speech/recognize?lang=${encodeURIComponent(lang.replace(/[\ud800-\udfff]/g, ''))}`), fc.constant('/api/speech/recognize')),
};

const ACCEPT: Record<HttpTarget, fc.Arbitrary<string>> = {
  'chat-json': fc.oneof(fc.constantFrom('application/json', '*/*', ''), headerValue),
  'chat-sse': fc.constantFrom('text/event-stream', 'text/event-stream, application/json', 'application/json, text/event-stream;q=0.1'),
  feedback: fc.oneof(fc.constant('application/json'), headerValue),
  'speech-synthesize': fc.oneof(fc.constantFrom('audio/wav', 'audio/ogg', 'audio/flac', 'audio/*', 'audio/mpeg', 'text/html', 'audio/ogg;q=0, */*;q=0', '*/*;q=abc'), headerValue),
  'speech-recognize': fc.oneof(fc.constant('application/json'), headerValue),
};

/** One request to an endpoint: path, headers (content type, accept, language) and body. */
export function httpCase(target: HttpTarget): fc.Arbitrary<HttpCase> {
  return fc
    .record({
      path: PATHS[target],
      type: contentTypes(target === 'speech-recognize' ? WAV_TYPES : JSON_TYPES),
      accept: ACCEPT[target],
      language: fc.option(headerValue, { nil: undefined }),
      body: bodyOf(target),
    })
    .map(({ path, type, accept, language, body }) => ({
      path,
      body,
      headers: { ...(type ? { 'content-type': type } : {}), ...(accept ? { accept } : {}), ...(language === undefined ? {} : { 'accept-language': language }) },
    }));
}

export interface HttpOutcome {
  status?: number;
  /** Set when no complete answer came before the deadline. */
  hung?: boolean;
  /** Set when the connection failed (the server dropped it, or is gone). */
  failed?: string;
  problems: string[];
}

/**
 * Sends one case and checks the invariants: an answer before the deadline, never a 5xx, every error in the
 * documented shape, and a stream whose events all parse and end with `done` (or a documented `error`).
 */
export async function runHttpCase(baseUrl: string, kase: HttpCase, documented: Map<string, number>, deadlineMs: number): Promise<HttpOutcome> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${baseUrl}${kase.path}`, { method: 'POST', headers: kase.headers, body: new Uint8Array(kase.body), signal: AbortSignal.timeout(deadlineMs) });
    text = response.headers.get('content-type')?.startsWith('audio/') ? '' : await response.text();
    if (response.headers.get('content-type')?.startsWith('audio/')) await response.arrayBuffer();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { hung: true, problems: [`no answer within ${deadlineMs} ms`] };
    return { failed: String(error), problems: [`connection failed: ${String((error as Error).cause ?? error)}`] };
  }
  const status = response.status;
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}: ${text.slice(0, 300)}`);
  const type = response.headers.get('content-type') ?? '';
  if (status >= 400) {
    if (!type.startsWith('application/json')) problems.push(`${status} with ${type}`);
    else problems.push(...errorShapeProblems(parseJson(text), status, documented));
  } else if (type.startsWith('text/event-stream')) {
    problems.push(...streamProblems(text, documented));
  } else if (type.startsWith('application/json')) {
    if (parseJson(text) === undefined) problems.push(`200 with a body that is not JSON: ${text.slice(0, 100)}`);
  } else if (!type.startsWith('audio/')) {
    problems.push(`200 with ${type}`);
  }
  return { status, problems };
}

function streamProblems(text: string, documented: Map<string, number>): string[] {
  const problems: string[] = [];
  const events = text.split('\n\n').filter((block) => block.trim() !== '');
  const names: string[] = [];
  for (const block of events) {
    const name = /^event: (.+)$/m.exec(block)?.[1] ?? '';
    const data = parseJson(/^data: (.*)$/m.exec(block)?.[1] ?? '');
    names.push(name);
    if (data === undefined) problems.push(`event ${name} without JSON data`);
    if (name === 'error') problems.push(`stream error: ${JSON.stringify(data)}`, ...errorShapeProblems({ error: data }, undefined, documented, false));
  }
  if (names[0] !== 'meta' || names.at(-1) !== 'done') problems.push(`stream ${names.join(',')} does not run meta … done`);
  return problems;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // not JSON: the caller says so
  }
}
