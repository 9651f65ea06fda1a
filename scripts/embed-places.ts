/**
 * `npm run embed`: the snapshot's place vectors for semantic retrieval (ADR 0010), beside the snapshot
 * (data/snapshot/place-vectors.json and .bin). Each place's text (src/retrieval/place-document.ts) is embedded by
 * Gemini's embedding model (GEMINI_API_KEY, EMBEDDING_MODEL, EMBEDDING_DIMENSIONS), in batches of 100; a place
 * whose text has not changed keeps its vector from the last run. `--stand-in` embeds with the hashed n-gram
 * stand-in instead: offline, for the evaluation and tests, never a measure of quality (docs/quality.md).
 * The server reads the vectors at start (the in-process index); `npm run vectors:sync` sends them to Vector Search.
 * Usage: node scripts/embed-places.ts [--stand-in] [--dimensions N]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Embedder } from '../src/adapters/semantic/embedder.ts';
import { GeminiEmbedder } from '../src/adapters/semantic/gemini-embedder.ts';
import { HashedEmbedder } from '../src/adapters/semantic/hashed-embedder.ts';
import { loadEnv } from '../src/config/env.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { placeVectorsPaths, readPlaceVectors, writePlaceVectors } from '../src/opendata/place-vectors-file.ts';
import { embedPlaces } from './lib/embed-places.ts';

const { values } = parseArgs({ options: { 'stand-in': { type: 'boolean', default: false }, dimensions: { type: 'string' } } });
const env = loadEnv();
const snapshot = path.resolve(env.SNAPSHOT_PATH);
const dimensions = values.dimensions ? Number(values.dimensions) : undefined;

let embedder: Embedder;
if (values['stand-in']) {
  embedder = new HashedEmbedder(dimensions ?? 256);
} else if (env.GEMINI_API_KEY) {
  embedder = new GeminiEmbedder({ apiKey: env.GEMINI_API_KEY, model: env.EMBEDDING_MODEL, dimensions: dimensions ?? env.EMBEDDING_DIMENSIONS, baseUrl: env.GEMINI_BASE_URL });
} else {
  console.error('npm run embed: GEMINI_API_KEY is not set (or use --stand-in for the offline stand-in)');
  process.exit(78);
}

const started = performance.now();
const corpus = await loadCorpus(snapshot);
const previous = await readPlaceVectors(snapshot).catch((error: unknown) => {
  console.warn(`previous vectors not reused: ${(error as Error).message}`);
  return undefined;
});
const { vectors, report } = await embedPlaces(corpus, embedder, previous);
await writePlaceVectors(snapshot, vectors);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${report.places} places: ${report.embedded} embedded by ${embedder.model} (${embedder.dimensions} values), ${report.reused} kept → ${placeVectorsPaths(snapshot).manifest} in ${seconds} s`);
