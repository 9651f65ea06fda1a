/**
 * `npm run eval:translation`: do names, numbers, addresses, phone numbers and links survive a round trip through
 * machine translation (issue 17)? The real server pipeline runs in process with the real Cloud Translation
 * adapter, pointed at the translateText double (tests/fakes/cloud-translation-server.ts) over HTTP. Each English
 * question (nearest places to every station of the gazetteer; the phone number and the address of named
 * places) is asked once in English and once "in Vietnamese" (the double translates it to the English one), with
 * an honest translator and with each way of damaging protected spans. For every answer shown, each phone number,
 * Japanese address or name, link and number of the English answer must be in it unchanged, and it must hold no
 * phone number or link the English answer did not: counted as altered otherwise.
 *   node eval/run-translation-spans.ts [--every N]
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { LocalAnswerEngine } from '../src/adapters/answer-engine/local-answer-engine.ts';
import { MemorySessionStore } from '../src/adapters/session-store/memory-session-store.ts';
import { MetadataServerCredentials } from '../src/adapters/speech/google/google-credentials.ts';
import { CachedTranslator } from '../src/adapters/translation/cached-translator.ts';
import { GoogleTranslator } from '../src/adapters/translation/google-translator.ts';
import type { TranslationCache } from '../src/adapters/translation/translation-cache.ts';
import { OpsEvents, type OpsEventMap } from '../src/observability/events.ts';
import { redactPersonalData } from '../src/observability/redact.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { ChatContext, type PipelineDeps } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { CHAT_STEPS } from '../src/pipeline/steps/index.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';
import { startTranslationDouble, type Mangling } from '../tests/fakes/cloud-translation-server.ts';
import { startFakeMetadataServer } from '../tests/fakes/google-speech-metadata.ts';

const { values: args } = parseArgs({ options: { every: { type: 'string', default: '1' } } });
const every = Math.max(1, Number(args.every));
const TOKEN = 'eval-token';
const corpus = await loadCorpus(path.resolve(import.meta.dirname, '../data/snapshot/corpus.json'));
const index = new CorpusIndex(corpus);
const metadata = await startFakeMetadataServer(TOKEN);
const double = await startTranslationDouble({ token: TOKEN, project: 'eval-project' });
/** No cache: every turn goes to the translator, so each mode is tested on every answer. */
const noCache: TranslationCache = { kind: 'none', get: async (keys) => keys.map(() => undefined), set: async () => undefined };
const google = new GoogleTranslator({ baseUrl: double.url, project: 'eval-project', location: 'us-central1', credentials: new MetadataServerCredentials(metadata.url), timeoutMs: 5_000, breaker: { volumeThreshold: 1_000_000 } });
const translator = new CachedTranslator(google, noCache, pino({ level: 'silent' }));
const events = new OpsEvents();
const outcomes: Array<OpsEventMap['translation'][0]> = [];
events.on('translation', (event) => outcomes.push(event));

const deps = (withTranslation: boolean): PipelineDeps => ({
  index,
  sessions: new MemorySessionStore(),
  localEngine: new LocalAnswerEngine(),
  now: Date.now,
  newId: randomUUID,
  events,
  ...(withTranslation ? { translator, translationPivot: 'en' as const } : {}),
});

async function ask(message: string, withTranslation: boolean): Promise<ChatContext> {
  const ctx = new ChatContext({ message }, deps(withTranslation), new AbortController().signal);
  for await (const event of runPipeline(ctx, CHAT_STEPS)) void event;
  return ctx;
}

const PHONE = /(?:\+81[\s-]?\d{1,4}|(?<!\d)0\d{1,4})[-‐‑\s]\d{1,4}[-‐‑\s]\d{3,4}(?!\d)/g;
const LINK = /https?:\/\/[^\s<>"'）」]+[^\s<>"'）」.,;:!?)]/g;
const JAPANESE = /[\p{Script=Han}\p{Script=Katakana}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々0-9０-９\-－‐・]*/gu;
// eslint-disable-next-line security/detect-unsafe-regex -- each repeat starts with a separator: no nested ambiguity
const NUMBER = /\d+(?:[.,:/\-–~]\d+)*/g;

/** The values of the English answer a translation must keep, by kind. */
function valuesOf(text: string): Record<'phone' | 'link' | 'japanese' | 'number', string[]> {
  return { phone: text.match(PHONE) ?? [], link: text.match(LINK) ?? [], japanese: text.match(JAPANESE) ?? [], number: text.match(NUMBER) ?? [] };
}

// the questions: nearest shelters, AEDs and toilets to stations; phone numbers and addresses of named places
const stations = corpus.gazetteer.filter((entry) => entry.kind === 'station' && entry.en).filter((_, i) => i % every === 0);
const named = corpus.places.filter((place) => (place.name.display?.en ?? place.name.en) && (place.phone || place.address)).filter((_, i) => i % (20 * every) === 0);
const questions = [
  ...stations.flatMap((station) => ['evacuation shelter', 'AED', 'toilet'].map((kind) => `Where is the nearest ${kind} to ${station.en?.replace(/ Station$/, '')} Station?`)),
  ...named.flatMap((place) => {
    const name = place.name.display?.en ?? place.name.en;
    return [...(place.phone ? [`What is the phone number of ${name}?`] : []), ...(place.address ? [`Where is ${name}?`] : [])];
  }),
];

const MODES: Array<'honest' | Mangling> = ['honest', 'alter-span-text', 'drop-ids', 'drop-span', 'duplicate-span', 'unwrap-spans', 'invent-phone'];
type Row = { answers: number; translated: number; shownUntranslated: number; values: Record<string, number>; altered: Record<string, number>; invented: number; outcomes: Record<string, number> };
const rows = new Map<string, Row>(MODES.map((mode) => [mode, { answers: 0, translated: 0, shownUntranslated: 0, values: {}, altered: {}, invented: 0, outcomes: {} }]));

let spansSent = 0;
const started = performance.now();
for (const english of questions) {
  // the pivot question is what the service is sent: the question with personal data redacted (an address's
  // block number, a phone number), so the English answer to compare with is the answer to that
  const pivot = redactPersonalData(english);
  const original = await ask(pivot, false);
  const expected = valuesOf(original.answer);
  const foreign = `Câu hỏi: ${pivot}`;
  double.phrases.set(foreign, pivot);
  for (const mode of MODES) {
    const row = rows.get(mode) as Row;
    double.setDefault({ kind: 'translate' });
    // the first call is the question's, the second the answer's: only the answer's is damaged
    if (mode !== 'honest') double.next({ kind: 'translate' }, { kind: 'mangle', how: mode });
    outcomes.length = 0;
    const calls = double.calls.length;
    const turn = await ask(foreign, true);
    double.clear(); // a damage meant for an answer that was never translated must not reach the next turn
    const answerCall = double.calls[calls + 1];
    if (mode === 'honest') spansSent += ((answerCall?.contents as string[] | undefined)?.[0]?.match(/translate="no"/g) ?? []).length;
    row.answers += 1;
    if (turn.translation?.answer === 'translated') row.translated += 1;
    else row.shownUntranslated += 1;
    for (const event of outcomes.filter((e) => e.direction === 'answer')) row.outcomes[event.outcome] = (row.outcomes[event.outcome] ?? 0) + 1;
    for (const [kind, values] of Object.entries(expected)) {
      row.values[kind] = (row.values[kind] ?? 0) + values.length;
      row.altered[kind] = (row.altered[kind] ?? 0) + values.filter((value) => !turn.answer.includes(value)).length;
    }
    const shownContacts = [...(turn.answer.match(PHONE) ?? []), ...(turn.answer.match(LINK) ?? [])];
    row.invented += shownContacts.filter((value) => !original.answer.includes(value)).length;
  }
}
google.close();
await Promise.all([double.close(), metadata.close()]);

const report = {
  date: new Date().toISOString(),
  loadavg: os.loadavg().map((load) => Number(load.toFixed(2))),
  command: `node eval/run-translation-spans.ts${every > 1 ? ` --every ${every}` : ''}`,
  questions: questions.length,
  protectedSpansSent: spansSent,
  seconds: Math.round((performance.now() - started) / 1000),
  modes: Object.fromEntries(rows),
};
const out = path.resolve(import.meta.dirname, 'translation/results');
await mkdir(out, { recursive: true });
await writeFile(path.join(out, `${report.date.slice(0, 10)}.json`), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${questions.length} questions, ${spansSent} protected spans in the honest answers, ${report.seconds} s\n`);
for (const [mode, row] of rows) {
  const values = Object.values(row.values).reduce((a, b) => a + b, 0);
  const altered = Object.values(row.altered).reduce((a, b) => a + b, 0);
  process.stdout.write(`${mode}: translated ${row.translated} / ${row.answers}, shown untranslated ${row.shownUntranslated}; values kept ${values - altered} / ${values} (altered: ${JSON.stringify(row.altered)}); invented contacts shown ${row.invented}; outcomes ${JSON.stringify(row.outcomes)}\n`);
}
