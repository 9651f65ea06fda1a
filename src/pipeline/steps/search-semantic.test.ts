import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../adapters/semantic/embedder.ts';
import { HashedEmbedder } from '../../adapters/semantic/hashed-embedder.ts';
import { SemanticSearch } from '../../adapters/semantic/semantic-search.ts';
import { SnapshotVectorIndex } from '../../adapters/semantic/snapshot-vector-index.ts';
import { LocalAnswerEngine } from '../../adapters/answer-engine/local-answer-engine.ts';
import { MemorySessionStore } from '../../adapters/session-store/memory-session-store.ts';
import type { Corpus, Place } from '../../core/place.ts';
import { OpsEvents, type OpsEventMap } from '../../observability/events.ts';
import { CorpusIndex } from '../../retrieval/corpus-index.ts';
import { placeDocument } from '../../retrieval/place-document.ts';
import { TEST_CORPUS } from '../../retrieval/test-corpus.ts';
import { ChatContext, type PipelineDeps } from '../context.ts';
import { runPipeline } from '../run-pipeline.ts';
import { CHAT_STEPS } from './index.ts';

// Seven parks of Shinagawa, the office's nearest first; the three farthest are the cherry-blossom ones, and only
// the middle one of them has parking.
const park = (n: number, lat: number, details: Record<string, string>): Place => ({
  id: `test:park-${n}`,
  category: 'park',
  name: { ja: `品川第${n}公園`, kana: `シナガワダイ${n}コウエン` },
  lat,
  lon: 139.73,
  ward: '品川区',
  address: `東京都品川区${n}`,
  datasetId: 'test',
  details,
});
const PARKS = [
  park(1, 35.6091, { parking: 'yes', description: '遊具のある児童公園' }),
  park(2, 35.6093, { parking: 'yes', description: '広場とベンチ' }),
  park(3, 35.6096, { parking: 'yes', description: 'テニスコートと野球場' }),
  park(4, 35.61, { parking: 'no', description: 'ジョギングコース' }),
  park(5, 35.6105, { parking: 'no', description: '桜の名所、春は桜並木がきれい' }),
  park(6, 35.611, { parking: 'yes', description: '桜の名所、桜並木と花見の広場' }),
  park(7, 35.6115, { parking: 'no', description: '桜の名所、夜桜のライトアップ' }),
  // (enough parks that the list is cut: a list of RETRIEVAL.listWhole or fewer is shown whole)
  park(8, 35.612, { parking: 'yes', description: '芝生の広場' }),
  park(9, 35.6125, { parking: 'no', description: '噴水のある公園' }),
];
const CORPUS: Corpus = { ...TEST_CORPUS, places: [...TEST_CORPUS.places, ...PARKS] };
const index = new CorpusIndex(CORPUS);
const hashed = new HashedEmbedder(256);

function vectorIndex(embedder: Embedder = hashed): SnapshotVectorIndex {
  const vectors = CORPUS.places.map((place) => hashed.embed(placeDocument(place)));
  const flat = new Float32Array(vectors.length * hashed.dimensions);
  vectors.forEach((vector, i) => flat.set(vector, i * hashed.dimensions));
  const stored = { model: embedder.model, dimensions: embedder.dimensions, corpusBuiltAt: CORPUS.builtAt, ids: CORPUS.places.map((p) => p.id), textHashes: [], vectors: flat };
  return new SnapshotVectorIndex(stored, (id) => index.places.get(id));
}

async function ask(message: string, semantic?: SemanticSearch, events = new OpsEvents()) {
  const deps: PipelineDeps = { index, sessions: new MemorySessionStore(), localEngine: new LocalAnswerEngine(), now: () => Date.parse('2026-04-01T03:00:00Z'), newId: () => `m${Math.random()}`, semantic, events };
  const ctx = new ChatContext({ message }, deps, new AbortController().signal);
  for await (const event of runPipeline(ctx, CHAT_STEPS)) void event;
  return ctx;
}

const names = (ctx: ChatContext) => ctx.places.map(({ place }) => place.name.ja);
const local = () => new SemanticSearch({ embedder: hashed, index: vectorIndex(), embeddingDeadlineMs: 1000, vectorDeadlineMs: 1000 });

describe('search-semantic', () => {
  it('re-ranks a list whose question says more than its kind and area, within the same scope', async () => {
    const question = '品川区の公園で桜の名所はどこ';
    const lexical = await ask(question);
    // (a list question shows up to RETRIEVAL.listAll: all nine parks, by distance from the ward office)
    expect(names(lexical)).toEqual(['品川第1公園', '品川第2公園', '品川第3公園', '品川第4公園', '品川第5公園', '品川第6公園', '品川第7公園', '品川第8公園', '品川第9公園']);
    const events = new OpsEvents();
    const outcomes: Array<OpsEventMap['semantic'][0]> = [];
    events.on('semantic', (event) => outcomes.push(event));
    const fused = await ask(question, local(), events);
    expect(outcomes).toEqual([{ outcome: 'fused' }]);
    // reciprocal rank fusion: the cherry-blossom parks rise, one 6th by distance into the first five
    expect(names(fused).indexOf('品川第5公園')).toBeLessThan(4);
    expect(names(fused).indexOf('品川第6公園')).toBeLessThan(5);
    expect(names(fused)).toHaveLength(9);
    expect(fused.places.every(({ place }) => place.category === 'park' && place.ward === '品川区')).toBe(true);
    expect(fused.matchedCount).toBe(lexical.matchedCount);
    expect(fused.status).toBe('answered');
  });

  it("keeps the question's conditions: a neighbour that fails them is never answered", async () => {
    const fused = await ask('品川区の駐車場のある公園で桜の名所', local());
    expect(fused.frame.filters).toEqual([{ kind: 'has', feature: 'parking' }]);
    expect(names(fused)).toContain('品川第6公園');
    expect(names(fused)).not.toContain('品川第5公園');
    expect(names(fused)).not.toContain('品川第7公園');
    expect(fused.places.every(({ place }) => place.details?.parking === 'yes')).toBe(true);
  });

  it('leaves a list alone when the question says nothing more, and a nearest answer always', async () => {
    const events = new OpsEvents();
    const seen: unknown[] = [];
    events.on('semantic', (event) => seen.push(event));
    const plain = await ask('品川区の公園', local(), events);
    expect(names(plain)[0]).toBe('品川第1公園');
    const nearest = await ask('大井町駅の近くの桜の名所の公園', local(), events);
    expect(nearest.frame.intent).toBe('nearest');
    expect(seen).toEqual([]);
  });

  it('gives a free-form question the kind of place its neighbours agree on', async () => {
    const before = await ask('品川区で夜桜のライトアップを見たい');
    expect(before.frame.intent).toBe('clarify');
    expect(before.frame.topic).toBeUndefined();
    const after = await ask('品川区で夜桜のライトアップを見たい', local());
    expect(after.frame.topic).toBe('park');
    expect(after.status).toBe('answered');
    expect(after.frame.scope?.mode).toBe('ward');
    expect(names(after)).toContain('品川第7公園');
  });

  it('falls back to the lexical answer when the embedding is slow, and counts it', async () => {
    const slow: Embedder = {
      model: hashed.model,
      dimensions: hashed.dimensions,
      remote: true,
      embedDocuments: async () => [],
      embedQuery: (_text, signal) => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true })),
    };
    const events = new OpsEvents();
    const outcomes: Array<OpsEventMap['semantic'][0]> = [];
    events.on('semantic', (event) => outcomes.push(event));
    const semantic = new SemanticSearch({ embedder: slow, index: vectorIndex(slow), embeddingDeadlineMs: 60, vectorDeadlineMs: 1000, events });
    try {
      const ctx = await ask('品川区の公園で桜の名所はどこ', semantic, events);
      expect(names(ctx)).toEqual(['品川第1公園', '品川第2公園', '品川第3公園', '品川第4公園', '品川第5公園', '品川第6公園', '品川第7公園', '品川第8公園', '品川第9公園']);
      expect(outcomes).toEqual([{ outcome: 'fallback', stage: 'embedding', reason: 'timeout' }]);
    } finally {
      semantic.close();
    }
  });
});
