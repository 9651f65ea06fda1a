/**
 * `npm run eval:semantic`: the offline evaluation of semantic retrieval's code paths (issue 17, ADR 0010). Every
 * place of the snapshot is embedded by the deterministic stand-in (hashed character n-grams: no network, no
 * model), the questions below run through the whole pipeline in process three times (lexical retrieval alone;
 * with the stand-in's vectors in the in-process index; with an embedding that never answers), and the code paths
 * are checked:
 *
 *  - re-rank: a list whose question quotes a place's own description ("江東区の公園で<words of one park>"). Every
 *    answered place is one the lexical retrieval matched (same kinds, municipality, conditions), the count is
 *    unchanged, and how often the quoted place is answered, with and without fusion;
 *  - conditions: the same questions with a condition ("wheelchair", "open on Sunday"): no answered place fails it;
 *  - discover: a free-form question made of a description alone, with nothing the lexical reader understands;
 *  - fallback: with the embedding timing out, every answer is the lexical one, and every fallback is counted.
 *
 * The stand-in knows spellings, not meaning: these figures show that the paths are right, not what real
 * embeddings would add. That can only be measured online (docs/quality.md).
 *   node eval/run-semantic.ts [--show 5]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LocalAnswerEngine } from '../src/adapters/answer-engine/local-answer-engine.ts';
import type { Embedder } from '../src/adapters/semantic/embedder.ts';
import { HashedEmbedder } from '../src/adapters/semantic/hashed-embedder.ts';
import { SemanticSearch } from '../src/adapters/semantic/semantic-search.ts';
import { SnapshotVectorIndex } from '../src/adapters/semantic/snapshot-vector-index.ts';
import { MemorySessionStore } from '../src/adapters/session-store/memory-session-store.ts';
import type { Category, Place } from '../src/core/place.ts';
import { CATEGORY_LABELS } from '../src/i18n/category-labels.ts';
import { OpsEvents } from '../src/observability/events.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { ChatContext, type PipelineDeps } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { CHAT_STEPS } from '../src/pipeline/steps/index.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';
import { generalUse, PlaceFilter } from '../src/retrieval/filter-places.ts';
import { placeDocument } from '../src/retrieval/place-document.ts';
import { tokyoTime } from '../src/pipeline/understand/read-conditions.ts';

const { values: args } = parseArgs({ options: { show: { type: 'string', default: '0' } } });
const NOW = Date.parse('2026-12-01T01:00:00Z');
const corpus = await loadCorpus(path.resolve(import.meta.dirname, '../data/snapshot/corpus.json'));
const index = new CorpusIndex(corpus);
const stand = new HashedEmbedder(256);

const started = performance.now();
const flat = new Float32Array(corpus.places.length * stand.dimensions);
corpus.places.forEach((place, row) => flat.set(stand.embed(placeDocument(place)), row * stand.dimensions));
const vectors = { model: stand.model, dimensions: stand.dimensions, corpusBuiltAt: corpus.builtAt, ids: corpus.places.map((place) => place.id), textHashes: [], vectors: flat };
const snapshotIndex = new SnapshotVectorIndex(vectors, (id) => index.places.get(id));
const embedSeconds = (performance.now() - started) / 1000;

const semanticEvents = new OpsEvents();
const fallbackEvents = new OpsEvents();
let fallbacks = 0;
fallbackEvents.on('semantic', (event) => (fallbacks += event.outcome === 'fallback' ? 1 : 0));
const withVectors = new SemanticSearch({ embedder: stand, index: snapshotIndex, embeddingDeadlineMs: 1000, vectorDeadlineMs: 1000, events: semanticEvents });
const silent: Embedder = {
  model: stand.model,
  dimensions: stand.dimensions,
  remote: true,
  embedDocuments: async () => [],
  embedQuery: (_text, signal) => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true })),
};
// a breaker that never opens, so that every question meets the deadline (the breaker is tested elsewhere)
const timingOut = new SemanticSearch({ embedder: silent, index: snapshotIndex, embeddingDeadlineMs: 5, vectorDeadlineMs: 1000, events: fallbackEvents, breaker: { volumeThreshold: 1_000_000 } });

async function ask(message: string, semantic?: SemanticSearch, events?: OpsEvents): Promise<ChatContext> {
  const deps: PipelineDeps = { index, sessions: new MemorySessionStore(), localEngine: new LocalAnswerEngine(), now: () => NOW, newId: () => 'eval', semantic, events: events ?? new OpsEvents() };
  const ctx = new ChatContext({ message }, deps, new AbortController().signal);
  for await (const event of runPipeline(ctx, CHAT_STEPS)) void event;
  return ctx;
}

/** A distinctive piece of a description: its longest clause of 6 to 20 characters. */
function fragmentOf(description: string): string | undefined {
  const pieces = description.split(/[、。「」『』（）()\s・]/).filter((piece) => [...piece].length >= 6 && [...piece].length <= 20 && /\p{Script=Han}/u.test(piece));
  return pieces.sort((a, b) => b.length - a.length)[0];
}

interface Question {
  message: string;
  place: Place;
  kind: 'list' | 'condition' | 'free-form';
}

const LISTED_TOKYO_WIDE: ReadonlySet<Category> = new Set(['museum', 'event', 'tourism', 'historic_site']);
const questions: Question[] = [];
const seen = new Set<string>();
for (const place of corpus.places) {
  const fragment = place.details?.description ? fragmentOf(place.details.description) : undefined;
  if (!fragment || seen.has(fragment)) continue;
  seen.add(fragment);
  const label = CATEGORY_LABELS[place.category].ja;
  const area = place.ward && !LISTED_TOKYO_WIDE.has(place.category) ? place.ward : '';
  questions.push({ message: `${area}${area ? 'の' : ''}${label}で${fragment}`, place, kind: 'list' });
  if (place.category === 'park' || place.category === 'event' || place.category === 'museum') {
    questions.push({ message: `${area}${area ? 'の' : ''}日曜日に開いている${label}で${fragment}`, place, kind: 'condition' });
  }
  questions.push({ message: `${area}${area ? 'で' : ''}${fragment}`, place, kind: 'free-form' });
}

interface Tally {
  questions: number;
  path: number;
  answeredBefore: number;
  quotedBefore: number;
  quotedAfter: number;
  outOfScope: number;
  failsCondition: number;
  countChanged: number;
  fallbackIdentical: number;
  discoveredKind: number;
}
const tally = (): Tally => ({ questions: 0, path: 0, answeredBefore: 0, quotedBefore: 0, quotedAfter: 0, outOfScope: 0, failsCondition: 0, countChanged: 0, fallbackIdentical: 0, discoveredKind: 0 });
const results: Record<Question['kind'], Tally> = { list: tally(), condition: tally(), 'free-form': tally() };
const shown: string[] = [];
let outcomes = { fused: 0, discovered: 0, unchanged: 0 };
semanticEvents.on('semantic', (event) => {
  if (event.outcome !== 'fallback') outcomes = { ...outcomes, [event.outcome]: outcomes[event.outcome] + 1 };
});

const ids = (ctx: ChatContext) => ctx.places.map((ranked) => ranked.place.id);
const names = (ctx: ChatContext) => ctx.places.flatMap((ranked) => [ranked.place, ...(ranked.merged ?? [])]).map((place) => place.id);
for (const question of questions) {
  const t = results[question.kind];
  t.questions += 1;
  const lexical = await ask(question.message);
  const before = outcomes.fused + outcomes.discovered + outcomes.unchanged;
  const semantic = await ask(question.message, withVectors, semanticEvents);
  const took = outcomes.fused + outcomes.discovered + outcomes.unchanged > before;
  const fallbackCount = fallbacks;
  const fallback = await ask(question.message, timingOut, fallbackEvents);
  if (!took) continue;
  t.path += 1;
  if (lexical.status === 'answered') t.answeredBefore += 1;
  if (names(lexical).includes(question.place.id)) t.quotedBefore += 1;
  if (names(semantic).includes(question.place.id)) t.quotedAfter += 1;
  if (question.kind === 'free-form' && semantic.frame.categories.includes(question.place.category)) t.discoveredKind += 1;
  // every answered place is one lexical retrieval matched: the pool of the (possibly discovered) frame
  const pool = new Set((semantic.candidates ?? semantic.places).map((ranked) => ranked.place.id));
  if (ids(semantic).some((id) => !pool.has(id))) t.outOfScope += 1;
  const filter = new PlaceFilter(semantic.frame.filters, { date: tokyoTime(NOW).date }, index.judged);
  if (semantic.places.some(({ place }) => !filter.accepts(place) || !generalUse(place) || (semantic.frame.scope?.ward && place.ward !== semantic.frame.scope.ward))) t.failsCondition += 1;
  if (question.kind !== 'free-form' && semantic.matchedCount !== lexical.matchedCount) t.countChanged += 1;
  if (fallbacks > fallbackCount && JSON.stringify(ids(fallback)) === JSON.stringify(ids(lexical)) && fallback.answer === lexical.answer) t.fallbackIdentical += 1;
  if (shown.length < Number(args.show)) shown.push(`${question.kind}: ${question.message}\n  lexical:  ${lexical.places.map((r) => r.place.name.ja).join(' / ')}\n  semantic: ${semantic.places.map((r) => r.place.name.ja).join(' / ')}`);
}
withVectors.close();
timingOut.close();

const report = {
  date: new Date().toISOString(),
  loadavg: os.loadavg().map((load) => Number(load.toFixed(2))),
  command: 'node eval/run-semantic.ts',
  standIn: `${stand.model}, ${stand.dimensions} values, ${corpus.places.length} places embedded in ${embedSeconds.toFixed(1)} s`,
  questions: questions.length,
  outcomes,
  results,
};
const out = path.resolve(import.meta.dirname, 'semantic/results');
await mkdir(out, { recursive: true });
await writeFile(path.join(out, `${report.date.slice(0, 10)}.json`), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${report.standIn}; ${questions.length} questions; outcomes ${JSON.stringify(outcomes)}\n`);
for (const [kind, t] of Object.entries(results)) {
  process.stdout.write(
    `${kind}: ${t.questions} asked, ${t.path} took the semantic path; quoted place answered ${t.quotedBefore} → ${t.quotedAfter}` +
      `${kind === 'free-form' ? `, kind found ${t.discoveredKind}` : ''}; out of scope ${t.outOfScope}, failing a condition ${t.failsCondition}, count changed ${t.countChanged}; ` +
      `fallback identical to lexical ${t.fallbackIdentical} / ${t.path}\n`,
  );
}
if (shown.length > 0) process.stdout.write(`${shown.join('\n')}\n`);
