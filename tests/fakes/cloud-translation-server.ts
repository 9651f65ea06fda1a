import { type FakeReply, type FakeRequest, type FakeServer, authorised, googleError, startFakeGoogleServer } from './google-speech-server.ts';

/**
 * Cloud Translation - Advanced (v3) as a local double: `POST /v3/projects/{project}/locations/{location}:translateText`
 * (and `/v3/projects/{project}:translateText`), with the service account's bearer token, answered as the API
 * answers: `{ translations: [{ translatedText, detectedLanguageCode? }], glossaryTranslations?: [...] }`.
 *
 * The request is checked as the API checks it (google.cloud.translation.v3.TranslateTextRequest): `contents`
 * required (at most 1,024), `targetLanguageCode` required, `mimeType` text/plain or text/html, a `glossaryConfig`
 * only in a regional location and naming a glossary of that project and location, unknown fields refused with
 * 400 INVALID_ARGUMENT.
 *
 * Its "translation" is a toy that keeps what must be kept as the real service does: the test's `phrases` (a whole
 * text → its translation, how questions in other languages become English ones), else every run of text outside
 * `<span translate="no">` elements marked with the target language (`‹vi› …`); the elements themselves, with
 * their attributes, pass through untouched; a glossary's terms stay as they are in `glossaryTranslations` and
 * are translated (marked) in `translations`.
 *
 * It misbehaves on demand (`next()`): HTTP errors, a slow answer, and translations that damage protected spans
 * (their text changed, an element dropped, doubled or unwrapped, ids dropped, a phone number invented).
 */
export type TranslationBehaviour =
  | { kind: 'translate' }
  | { kind: 'http-error'; status: 400 | 403 | 429 | 500 | 503 }
  | { kind: 'slow'; ms: number }
  | { kind: 'mangle'; how: Mangling };

export type Mangling = 'alter-span-text' | 'drop-span' | 'duplicate-span' | 'unwrap-spans' | 'drop-ids' | 'invent-phone';

export interface TranslateTextBody {
  contents?: unknown;
  mimeType?: string;
  sourceLanguageCode?: string;
  targetLanguageCode?: string;
  model?: string;
  glossaryConfig?: { glossary?: string; ignoreCase?: boolean };
  labels?: Record<string, string>;
  [field: string]: unknown;
}

export interface TranslationDouble extends FakeServer {
  /** The translateText bodies received, in order. */
  calls: TranslateTextBody[];
  /** When each call was received and answered (performance.now() of the process the double runs in). */
  timings: Array<{ received: number; answered: number }>;
  next(...behaviours: TranslationBehaviour[]): void;
  /** Drops the behaviours still queued. */
  clear(): void;
  setDefault(behaviour: TranslationBehaviour): void;
  /** Whole texts and their translations (questions in other languages → English), added to. */
  phrases: Map<string, string>;
}

const FIELDS = new Set(['contents', 'mimeType', 'sourceLanguageCode', 'targetLanguageCode', 'model', 'glossaryConfig', 'labels', 'transliterationConfig']);
// eslint-disable-next-line security/detect-unsafe-regex -- one optional group of a character class: no nested repeats
const PATH = /^\/v3\/projects\/([^/]+)(?:\/locations\/([a-z0-9-]+))?:translateText$/;

export async function startTranslationDouble(options: { token: string; project: string; glossaries?: Record<string, readonly string[]> }): Promise<TranslationDouble> {
  const queue: TranslationBehaviour[] = [];
  let fallback: TranslationBehaviour = { kind: 'translate' };
  const calls: TranslateTextBody[] = [];
  const timings: TranslationDouble['timings'] = [];
  const phrases = new Map<string, string>();
  const server = await startFakeGoogleServer(async (request: FakeRequest): Promise<FakeReply> => {
    const received = performance.now();
    const reply = await answer(request);
    timings.push({ received, answered: performance.now() });
    return reply;
  });
  async function answer(request: FakeRequest): Promise<FakeReply> {
    const route = PATH.exec(request.path);
    if (request.method !== 'POST' || !route) return googleError(404, 'NOT_FOUND', `Method not found: ${request.method} ${request.path}`);
    if (!authorised(request, { token: options.token })) return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    if (route[1] !== options.project) return googleError(403, 'PERMISSION_DENIED', `Permission denied on project ${route[1]}.`);
    const location = route[2] ?? 'global';
    const body = request.body as TranslateTextBody;
    const invalid = validate(body, options.project, location, options.glossaries ?? {});
    if (invalid) return invalid;
    calls.push(body);
    const behaviour = queue.shift() ?? fallback;
    if (behaviour.kind === 'http-error') return googleError(behaviour.status, STATUS[behaviour.status] ?? 'UNKNOWN', 'The double was asked to fail.');
    if (behaviour.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, behaviour.ms));
    const glossaryId = body.glossaryConfig?.glossary?.split('/').at(-1);
    const terms = glossaryId ? (options.glossaries?.[glossaryId] ?? []) : [];
    const contents = body.contents as string[];
    const translate = (text: string, keepTerms: boolean) => {
      const done = toyTranslate(text, body.targetLanguageCode as string, body.mimeType ?? 'text/html', phrases);
      const marked = keepTerms ? done : markTerms(done, terms);
      return behaviour.kind === 'mangle' ? mangle(marked, behaviour.how) : marked;
    };
    const detected = body.sourceLanguageCode ? {} : { detectedLanguageCode: 'und' };
    return {
      status: 200,
      body: {
        translations: contents.map((text) => ({ translatedText: translate(text, false), ...detected })),
        ...(glossaryId ? { glossaryTranslations: contents.map((text) => ({ translatedText: translate(text, true), glossaryConfig: body.glossaryConfig, ...detected })) } : {}),
      },
    };
  }
  return {
    ...server,
    calls,
    timings,
    phrases,
    next: (...behaviours) => queue.push(...behaviours),
    clear: () => queue.splice(0),
    setDefault: (behaviour) => {
      fallback = behaviour;
    },
  };
}

const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };

function validate(body: TranslateTextBody | undefined, project: string, location: string, glossaries: Record<string, readonly string[]>): FakeReply | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
  for (const field of Object.keys(body)) if (!FIELDS.has(field)) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${field}": Cannot find field.`);
  const { contents, mimeType, targetLanguageCode, glossaryConfig } = body;
  if (!Array.isArray(contents) || contents.length === 0 || contents.some((text) => typeof text !== 'string')) return googleError(400, 'INVALID_ARGUMENT', 'Empty or invalid contents.');
  if (contents.length > 1024) return googleError(400, 'INVALID_ARGUMENT', 'Number of contents exceeds the limit of 1024.');
  if (typeof targetLanguageCode !== 'string' || targetLanguageCode === '') return googleError(400, 'INVALID_ARGUMENT', 'Target language is required.');
  if (mimeType !== undefined && mimeType !== 'text/plain' && mimeType !== 'text/html') return googleError(400, 'INVALID_ARGUMENT', `Unsupported mime type: ${mimeType}.`);
  if (glossaryConfig) {
    if (location === 'global') return googleError(400, 'INVALID_ARGUMENT', 'Glossary is not supported in the global location.');
    const match = /^projects\/([^/]+)\/locations\/([^/]+)\/glossaries\/([^/]+)$/.exec(glossaryConfig.glossary ?? '');
    if (!match || match[1] !== project || match[2] !== location) return googleError(400, 'INVALID_ARGUMENT', 'Invalid glossary name, or not in the location of the request.');
    if (!glossaries[match[3] as string]) return googleError(404, 'NOT_FOUND', `Glossary not found: ${glossaryConfig.glossary}.`);
  }
  return undefined;
}

/** Splits HTML into protected elements, tags and text, and "translates" only the text. */
function toyTranslate(text: string, target: string, mimeType: string, phrases: ReadonlyMap<string, string>): string {
  const whole = phrases.get(text);
  if (whole !== undefined) return whole;
  // a known phrase sent as HTML with protected spans: translated, each span put back around its text
  const elements = [...text.matchAll(/<span\b[^>]*translate="no"[^>]*>([\s\S]*?)<\/span>/gi)];
  const phrase = elements.length > 0 ? phrases.get(unescape(text.replace(/<[^>]+>/g, ''))) : undefined;
  if (phrase !== undefined) return wrapInOrder(phrase, elements.map(([element, inner]) => [element, unescape(inner as string)]));
  if (mimeType === 'text/plain') return markText(text, target);
  return text
    .split(/(<span\b[^>]*translate="no"[^>]*>[\s\S]*?<\/span>|<[^>]+>)/i)
    .map((part) => (part.startsWith('<') ? part : markText(part, target)))
    .join('');
}

/** The phrase with each element's text, in order, wrapped back in its element (a translator keeps their order). */
function wrapInOrder(phrase: string, elements: ReadonlyArray<readonly [element: string, text: string]>): string {
  let out = '';
  let at = 0;
  for (const [element, text] of elements) {
    const found = phrase.indexOf(text, at);
    if (found < 0) continue;
    out += phrase.slice(at, found) + element;
    at = found + text.length;
  }
  return out + phrase.slice(at);
}

function unescape(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function markText(text: string, target: string): string {
  if (!/\p{L}/u.test(text)) return text;
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  return `${lead}‹${target}› ${text.slice(lead.length)}`;
}

/** What a translation without the glossary does to its terms: translates them. */
function markTerms(text: string, terms: readonly string[]): string {
  return terms.reduce((out, term) => out.split(term).join(`${term}-translated`), text);
}

function mangle(html: string, how: Mangling): string {
  const element = /<span\b[^>]*translate="no"[^>]*>([\s\S]*?)<\/span>/i;
  switch (how) {
    case 'alter-span-text':
      return html.replace(/(<span\b[^>]*translate="no"[^>]*>)([\s\S]*?)(<\/span>)/gi, (_, open: string, inner: string, close: string) => `${open}${shiftDigits(inner).replace(/-/g, ' ')}${close}`);
    case 'drop-span':
      return html.replace(element, (_, inner: string) => shiftDigits(inner));
    case 'duplicate-span':
      return html.replace(element, (whole: string) => `${whole} ${whole}`);
    case 'unwrap-spans':
      return html.replace(/<span\b[^>]*translate="no"[^>]*>([\s\S]*?)<\/span>/gi, '$1');
    case 'drop-ids':
      return html.replace(/\s+id="[^"]*"/g, '');
    case 'invent-phone':
      return `${html} ☎ 03-0000-0000`;
  }
}

function shiftDigits(text: string): string {
  return text.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
}
