/**
 * Issue 17 benchmark: what the server adds to a turn beyond the calls to Cloud Translation, Gemini's embedding
 * model and Vertex AI Vector Search (and Gemini's answer), with every service a local double at a fixed latency.
 * The server runs as its own process (`node src/server/main.ts`), the doubles in this one; turns are sequential,
 * so every call a double answers between a turn's request and its response belongs to that turn:
 *
 *   server-added = (response received − request sent) − Σ (double answered − double received) over the turn's calls
 *
 * and, on the server's own clock (Server-Timing), its pipeline beyond the calls: every step's time less the
 * translation and semantic calls it timed itself (`translation-call`, `semantic-call`) and Gemini's stream as the
 * double saw it. The first includes HTTP between this process and the server and the two processes' contention for
 * the machine's cores; the second is the server's work alone.
 *
 * Two mixes, 200 turns each after 20 to warm up: Spanish questions (translated in and out, re-ranked by vector
 * search: five calls a turn, the translation cache off by asking each question once) and the same questions in
 * English (embedding and vector search only). Two more for scale: Gemini answering alone (what issue 4's server adds
 * to a turn, so the difference is this issue's), and no cloud part at all.
 * Run: node bench/translation-semantic.ts [--requests 200] [--translate-ms 80] [--embed-ms 40] [--vector-ms 30]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HashedEmbedder } from '../src/adapters/semantic/hashed-embedder.ts';
import { datapointOf } from '../src/adapters/semantic/vertex-vector-index.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { placeDocument } from '../src/retrieval/place-document.ts';
import { startTranslationDouble } from '../tests/fakes/cloud-translation-server.ts';
import { createEmbeddingDouble } from '../tests/fakes/gemini-embedding.ts';
import { groundedAnswer, startGeminiDouble } from '../tests/fakes/gemini-server.ts';
import { startFakeMetadataServer } from '../tests/fakes/google-speech-metadata.ts';
import { startVectorSearchDouble } from '../tests/fakes/vertex-vector-search-server.ts';
import { numberOption } from './lib/options.ts';
import { fixed, median, percentile } from './lib/stats.ts';
import { startServerProcess } from './lib/server-process.ts';

const REQUESTS = numberOption('requests', 200);
const TRANSLATE_MS = numberOption('translate-ms', 80);
const EMBED_MS = numberOption('embed-ms', 40);
const VECTOR_MS = numberOption('vector-ms', 30);
const WARMUP = 20;
const DIMENSIONS = 64;
const TOKEN = 'bench-token';
const PROJECT = 'bench-project';

const corpus = await loadCorpus(path.resolve('data/snapshot/corpus.json'));
const wards = [...new Set(corpus.places.filter((place) => place.category === 'park' && place.ward).map((place) => place.ward as string))];
const wardNames = new Map(corpus.gazetteer.filter((entry) => entry.kind === 'municipality' && entry.en).map((entry) => [entry.ja, entry.en as string]));
// list questions that say more than their kind and area: they take the vector search path
const TEMPLATES: Array<[english: (ward: string) => string, spanish: (ward: string) => string]> = [
  [(ward) => `Parks in ${ward} with cherry blossoms`, (ward) => `Parques en ${ward} con flores de cerezo`],
  [(ward) => `Evacuation shelters in ${ward} near the river`, (ward) => `Refugios de evacuación en ${ward} cerca del río`],
  [(ward) => `Public toilets in ${ward} with baby changing tables`, (ward) => `Baños públicos en ${ward} con cambiadores para bebés`],
  [(ward) => `Evacuation sites in ${ward} with large lawns`, (ward) => `Lugares de evacuación en ${ward} con grandes céspedes`],
  [(ward) => `Parks in ${ward} with a pond`, (ward) => `Parques en ${ward} con un estanque`],
  [(ward) => `Evacuation shelters in ${ward} in junior high schools`, (ward) => `Refugios de evacuación en ${ward} en escuelas secundarias`],
];
const questions = wards
  .flatMap((ward) => (wardNames.has(ward) ? TEMPLATES.map(([en, es]) => ({ en: en(wardNames.get(ward) as string), es: es(wardNames.get(ward) as string) })) : []))
  .slice(0, WARMUP + REQUESTS);

const metadata = await startFakeMetadataServer(TOKEN);
const translate = await startTranslationDouble({ token: TOKEN, project: PROJECT });
translate.setDefault({ kind: 'slow', ms: TRANSLATE_MS });
for (const { en, es } of questions) translate.phrases.set(es, en);
const embeddings = createEmbeddingDouble();
embeddings.setDefault({ kind: 'slow', ms: EMBED_MS });
const gemini = await startGeminiDouble({ apiKey: 'bench', embeddings });
gemini.setDefault({ kind: 'answer', firstTokenMs: 100, chunkMs: 20, chunkChars: 'line', text: (request) => groundedAnswer(request).replace(/^[^\n]*\n/, '') });
const vertex = await startVectorSearchDouble({ token: TOKEN, dimensions: DIMENSIONS });
vertex.setDefault({ kind: 'slow', ms: VECTOR_MS });
const stand = new HashedEmbedder(DIMENSIONS);
for (const place of corpus.places) vertex.datapoints.set(place.id, datapointOf(place, stand.embed(placeDocument(place))));

const cloudEnv = {
  GEMINI_API_KEY: 'bench',
  GEMINI_BASE_URL: gemini.url,
  EMBEDDING_DIMENSIONS: String(DIMENSIONS),
  VECTOR_SEARCH_ENDPOINT_URL: vertex.url,
  VECTOR_SEARCH_INDEX_ENDPOINT: vertex.indexEndpoint,
  VECTOR_SEARCH_DEPLOYED_INDEX_ID: vertex.deployedIndexId,
  GOOGLE_METADATA_URL: metadata.url,
  TRANSLATION: 'google',
  TRANSLATION_PROJECT: PROJECT,
  GOOGLE_TRANSLATE_URL: translate.url,
  LOG_LEVEL: 'warn',
};

/** Each double's record of the calls it answered: when each was received and answered. */
const spanLists = (): Array<ReadonlyArray<{ received: number; answered?: number; ended?: number }>> => [translate.timings, embeddings.timings, vertex.timings, gemini.timings];

/** The calls answered since `marks` (each double's count then), with their spans. */
function callsSince(marks: number[]): Array<{ received: number; answered: number; double: string }> {
  return spanLists().flatMap((list, i) => list.slice(marks[i]).map((t) => ({ received: t.received, answered: t.answered ?? t.ended ?? t.received, double: DOUBLES[i] as string })));
}
const DOUBLES = ['translate', 'embed', 'vector', 'gemini'];

async function run(name: string, env: Record<string, string>, pick: (q: { en: string; es: string }) => string) {
  const server = await startServerProcess(env);
  const turns: number[] = [];
  const added: number[] = [];
  const pipeline: number[] = [];
  const calls: number[] = [];
  const statuses = new Map<string, number>();
  const steps = new Map<string, number[]>();
  const doubleSpans = new Map<string, number[]>();
  try {
    for (const [i, question] of questions.entries()) {
      const marks = spanLists().map((list) => list.length);
      const sent = performance.now();
      const response = await fetch(`${server.baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: pick(question) }) });
      const body = (await response.json()) as { status?: string; translation?: unknown };
      const took = performance.now() - sent;
      const timing = new Map([...(response.headers.get('server-timing') ?? '').matchAll(/([\w-]+);dur=([\d.]+)/g)].map(([, step, ms]) => [step as string, Number(ms)]));
      if (i >= WARMUP) for (const [step, ms] of timing) steps.set(step, [...(steps.get(step) ?? []), ms]);
      const spans = callsSince(marks);
      const key = `${body.status}${body.translation ? ' (translated)' : ''}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (i < WARMUP) continue;
      turns.push(took);
      for (const span of spans) doubleSpans.set(span.double, [...(doubleSpans.get(span.double) ?? []), span.answered - span.received]);
      added.push(took - spans.reduce((sum, span) => sum + (span.answered - span.received), 0));
      // the server's own clock: every step, less the calls it timed itself and Gemini's stream as the double saw it
      const timedCalls = (timing.get('translation-call') ?? 0) + (timing.get('semantic-call') ?? 0);
      const own = [...timing].filter(([step]) => !step.endsWith('-call')).reduce((sum, [, ms]) => sum + ms, 0);
      const gemini = spans.filter((span) => span.double === 'gemini').reduce((sum, span) => sum + (span.answered - span.received), 0);
      pipeline.push(own - timedCalls - gemini);
      calls.push(spans.length);
    }
  } finally {
    await server.stop();
  }
  return {
    name,
    turns: turns.length,
    statuses: Object.fromEntries(statuses),
    externalCallsPerTurn: median(calls),
    turnP50ms: median(turns),
    turnP95ms: percentile(turns, 95),
    serverAddedP50ms: median(added),
    serverAddedP95ms: percentile(added, 95),
    pipelineBeyondCallsP50ms: median(pipeline),
    pipelineBeyondCallsP95ms: percentile(pipeline, 95),
    /** The server's own timing of each step (Server-Timing), external calls included: where the time goes. */
    stepP50ms: Object.fromEntries([...steps].map(([step, values]) => [step, Number(median(values).toFixed(2))])),
    /** Each double's own time per call (its fixed latency and its work), as the double measured it. */
    doubleCallP50ms: Object.fromEntries([...doubleSpans].map(([name, values]) => [name, Number(median(values).toFixed(2))])),
    loadAverage: os.loadavg()[0],
  };
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  loadavg: os.loadavg().map((load) => Number(load.toFixed(2))),
  command: `node bench/translation-semantic.ts --requests ${REQUESTS} --translate-ms ${TRANSLATE_MS} --embed-ms ${EMBED_MS} --vector-ms ${VECTOR_MS}`,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  doubles: { translateMs: TRANSLATE_MS, embedMs: EMBED_MS, vectorMs: VECTOR_MS, geminiFirstTokenMs: 100, geminiLineMs: 20 },
};
try {
  results.translatedAndSemantic = await run('Spanish: translation in and out, embedding, vector search, Gemini', cloudEnv, (q) => q.es);
  results.semanticOnly = await run('English: embedding, vector search, Gemini', cloudEnv, (q) => q.en);
  results.geminiOnly = await run('English: Gemini only (no translation, no semantic retrieval)', { ...cloudEnv, TRANSLATION: 'off', SEMANTIC_RETRIEVAL: 'off' }, (q) => q.en);
  results.local = await run('English, everything local', { LOG_LEVEL: 'warn' }, (q) => q.en);
} finally {
  await Promise.all([metadata.close(), translate.close(), gemini.close(), vertex.close()]);
}

for (const key of ['translatedAndSemantic', 'semanticOnly', 'geminiOnly', 'local']) {
  const r = results[key] as Record<string, number | string>;
  process.stdout.write(
    `${r.name as string} (${r.turns} turns, ${r.externalCallsPerTurn} calls a turn): turn p50 ${fixed(r.turnP50ms as number)} ms, p95 ${fixed(r.turnP95ms as number)} ms; ` +
      `server adds p50 ${fixed(r.serverAddedP50ms as number)} ms, p95 ${fixed(r.serverAddedP95ms as number)} ms (target < 30 ms); ` +
      `its pipeline beyond the calls p50 ${fixed(r.pipelineBeyondCallsP50ms as number)} ms, p95 ${fixed(r.pipelineBeyondCallsP95ms as number)} ms; load ${fixed(r.loadAverage as number, 1)}; ${JSON.stringify(r.statuses)}\n`,
  );
}
mkdirSync(path.resolve('bench/results'), { recursive: true });
writeFileSync(path.resolve('bench/results/translation-semantic.json'), `${JSON.stringify(results, null, 2)}\n`);
