import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeminiEmbedder } from '../../src/adapters/semantic/gemini-embedder.ts';
import { HashedEmbedder } from '../../src/adapters/semantic/hashed-embedder.ts';
import { SemanticSearch } from '../../src/adapters/semantic/semantic-search.ts';
import { describeVectorIndex } from '../../src/adapters/semantic/vector-index.contract.ts';
import { datapointOf, upsertDatapoints, VertexVectorIndex } from '../../src/adapters/semantic/vertex-vector-index.ts';
import { MetadataServerCredentials } from '../../src/adapters/speech/google/google-credentials.ts';
import { DomainError } from '../../src/core/domain-error.ts';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import { loadCorpus } from '../../src/opendata/load-corpus.ts';
import { placeDocument } from '../../src/retrieval/place-document.ts';
import { createEmbeddingDouble, type EmbeddingDouble } from '../fakes/gemini-embedding.ts';
import { type GeminiDouble, startGeminiDouble } from '../fakes/gemini-server.ts';
import { startFakeMetadataServer } from '../fakes/google-speech-metadata.ts';
import type { FakeServer } from '../fakes/google-speech-server.ts';
import { startVectorSearchDouble, type VectorSearchDouble } from '../fakes/vertex-vector-search-server.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Semantic retrieval's two cloud calls against wire-format doubles: Gemini's batchEmbedContents through the real
// @google/genai SDK (tests/fakes/gemini-embedding.ts) and Vertex AI Vector Search's findNeighbors and
// upsertDatapoints over REST (tests/fakes/vertex-vector-search-server.ts), with the metadata server's token.

const TOKEN = 'ya29.vector-test-token';
const DIMENSIONS = 64;
let metadata: FakeServer;

beforeAll(async () => {
  metadata = await startFakeMetadataServer(TOKEN);
});
afterAll(async () => {
  await metadata.close();
});

const credentials = () => new MetadataServerCredentials(metadata.url);

describeVectorIndex('VertexVectorIndex (REST double)', async (places, vectors) => {
  const vertex = await startVectorSearchDouble({ token: TOKEN, dimensions: vectors[0]?.length ?? 0 });
  await upsertDatapoints(vertex.url, vertex.index, places.map((place, i) => datapointOf(place, vectors[i] as Float32Array)), credentials());
  const index = new VertexVectorIndex({ endpointUrl: vertex.url, indexEndpoint: vertex.indexEndpoint, deployedIndexId: vertex.deployedIndexId, credentials: credentials(), model: 'hashed-ngrams-v1', dimensions: vectors[0]?.length ?? 0 });
  return { index, close: () => vertex.close() };
});

describe('Vertex AI Vector Search over REST', () => {
  let vertex: VectorSearchDouble;
  let index: VertexVectorIndex;
  const embedder = new HashedEmbedder(DIMENSIONS);

  beforeAll(async () => {
    vertex = await startVectorSearchDouble({ token: TOKEN, dimensions: DIMENSIONS });
    await upsertDatapoints(vertex.url, vertex.index, [datapointOf({ id: 'a', category: 'park', ward: '品川区' }, embedder.embed('桜の公園'))], credentials());
    index = new VertexVectorIndex({ endpointUrl: vertex.url, indexEndpoint: vertex.indexEndpoint, deployedIndexId: vertex.deployedIndexId, credentials: credentials(), model: embedder.model, dimensions: DIMENSIONS });
  });
  afterAll(async () => {
    await vertex.close();
  });

  it('sends findNeighbors as documented: deployed index, one query datapoint with its vector and token restricts', async () => {
    await index.findNeighbors(embedder.embed('桜'), { neighborCount: 7, restricts: { categories: ['park', 'library'], wards: ['品川区'] } });
    const sent = vertex.queries.at(-1);
    expect(sent?.deployedIndexId).toBe('tokyo_places');
    expect(sent?.returnFullDatapoint).toBe(false);
    expect(sent?.queries?.[0]?.neighborCount).toBe(7);
    expect(sent?.queries?.[0]?.datapoint?.featureVector).toHaveLength(DIMENSIONS);
    expect(sent?.queries?.[0]?.datapoint?.restricts).toEqual([
      { namespace: 'category', allowList: ['park', 'library'] },
      { namespace: 'ward', allowList: ['品川区'] },
    ]);
    expect(vertex.requests.every((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(vertex.datapoints.get('a')?.restricts).toEqual([
      { namespace: 'category', allowList: ['park'] },
      { namespace: 'ward', allowList: ['品川区'] },
    ]);
  });

  it("turns the API's errors and a slow answer into lexical-only fallbacks with their reason, then opens its breaker", async () => {
    const events = new OpsEvents();
    const external: Array<OpsEventMap['external'][0]> = [];
    events.on('external', (event) => external.push(event));
    const search = new SemanticSearch({ embedder, index, embeddingDeadlineMs: 1000, vectorDeadlineMs: 150, events, breaker: { volumeThreshold: 3 } });
    const failure = async () => {
      const error = await search.search('桜', {}, 5).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(DomainError);
      return (error as DomainError).details;
    };
    try {
      vertex.next({ kind: 'http-error', status: 503 });
      expect(await failure()).toMatchObject({ dependency: 'vector-search', reason: 'error' });
      vertex.next({ kind: 'slow', ms: 600 });
      expect(await failure()).toMatchObject({ dependency: 'vector-search', reason: 'timeout' });
      vertex.next({ kind: 'http-error', status: 500 });
      expect(await failure()).toMatchObject({ reason: 'error' });
      const calls = vertex.queries.length;
      expect(await failure()).toMatchObject({ dependency: 'vector-search', reason: 'breaker_open' });
      expect(vertex.queries.length).toBe(calls);
      expect(external.map((event) => [event.service, event.status])).toEqual([
        ['vertex-vector-search', 'error'],
        ['vertex-vector-search', 'timeout'],
        ['vertex-vector-search', 'error'],
        ['vertex-vector-search', 'rejected'],
      ]);
    } finally {
      search.close();
    }
  });
});

describe("Gemini's embedding model through @google/genai", () => {
  let embeddings: EmbeddingDouble;
  let gemini: GeminiDouble;
  let embedder: GeminiEmbedder;

  beforeAll(async () => {
    embeddings = createEmbeddingDouble();
    gemini = await startGeminiDouble({ apiKey: 'test-key', embeddings });
    embedder = new GeminiEmbedder({ apiKey: 'test-key', model: 'gemini-embedding-001', dimensions: DIMENSIONS, baseUrl: gemini.url });
  });
  afterAll(async () => {
    await gemini.close();
  });

  it('embeds documents in batches of at most 100 as RETRIEVAL_DOCUMENT, and a question as RETRIEVAL_QUERY, in unit vectors', async () => {
    embeddings.requests.length = 0;
    const texts = Array.from({ length: 230 }, (_, i) => `公園 ${i}`);
    const vectors = await embedder.embedDocuments(texts);
    expect(vectors).toHaveLength(230);
    expect(embeddings.requests.map((request) => request.body.requests?.length)).toEqual([100, 100, 30]);
    const first = embeddings.requests[0]?.body.requests?.[0];
    expect(first).toEqual({ model: 'models/gemini-embedding-001', content: { parts: [{ text: '公園 0' }], role: 'user' }, taskType: 'RETRIEVAL_DOCUMENT', outputDimensionality: DIMENSIONS });
    for (const vector of vectors) expect(Math.hypot(...vector)).toBeCloseTo(1, 4);
    expect(Array.from(vectors[5] as Float32Array)).toEqual(Array.from(new HashedEmbedder(DIMENSIONS).embed('公園 5')).map((value) => Math.fround(value)));
    const query = await embedder.embedQuery('桜の公園');
    expect(query).toHaveLength(DIMENSIONS);
    expect(embeddings.requests.at(-1)?.body.requests?.[0]?.taskType).toBe('RETRIEVAL_QUERY');
  });

  it('refuses vectors of the wrong length and passes the API errors on', async () => {
    embeddings.next({ kind: 'wrong-length' });
    await expect(embedder.embedQuery('桜')).rejects.toThrow(/values, not 64/);
    embeddings.next({ kind: 'http-error', status: 429 });
    await expect(embedder.embedQuery('桜')).rejects.toThrow();
  });
});

describe('semantic retrieval in a turn: Gemini embeddings and Vertex AI Vector Search', () => {
  let embeddings: EmbeddingDouble;
  let gemini: GeminiDouble;
  let vertex: VectorSearchDouble;
  let server: TestServer;
  const events = new OpsEvents();
  const semantic: Array<OpsEventMap['semantic'][0]> = [];
  events.on('semantic', (event) => semantic.push(event));
  const METRICS = 'metrics-token-for-semantic-tests';

  beforeAll(async () => {
    embeddings = createEmbeddingDouble();
    gemini = await startGeminiDouble({ apiKey: 'test-key', embeddings });
    vertex = await startVectorSearchDouble({ token: TOKEN, dimensions: DIMENSIONS });
    // the index holds every place of the snapshot, embedded as the double's model embeds (the hashed stand-in)
    const corpus = await loadCorpus(path.resolve('data/snapshot/corpus.json'));
    const stand = new HashedEmbedder(DIMENSIONS);
    for (const place of corpus.places) vertex.datapoints.set(place.id, datapointOf(place, stand.embed(placeDocument(place))));
    server = await startTestServer({
      env: {
        GEMINI_API_KEY: 'test-key',
        GEMINI_BASE_URL: gemini.url,
        EMBEDDING_DIMENSIONS: String(DIMENSIONS),
        EMBEDDING_DEADLINE_MS: '200',
        VECTOR_SEARCH_ENDPOINT_URL: vertex.url,
        VECTOR_SEARCH_INDEX_ENDPOINT: vertex.indexEndpoint,
        VECTOR_SEARCH_DEPLOYED_INDEX_ID: vertex.deployedIndexId,
        GOOGLE_METADATA_URL: metadata.url,
        METRICS_TOKEN: METRICS,
      },
      server: { events },
    });
  });
  afterAll(async () => {
    await server.close();
    await Promise.all([gemini.close(), vertex.close()]);
  });

  const chat = async (message: string) => (await postJson(server.baseUrl, '/api/chat', { message })).body as { status: string; sources: Array<{ id: string; address?: string }> };

  it("searches with the question's embedding, restricted to the list's kind and municipality, and answers within its scope", async () => {
    semantic.length = 0;
    const body = await chat('品川区の公園で桜の名所はどこ');
    expect(body.status).toBe('answered');
    const query = vertex.queries.at(-1)?.queries?.[0];
    expect(query?.datapoint?.restricts).toEqual([
      { namespace: 'category', allowList: ['park'] },
      { namespace: 'ward', allowList: ['品川区'] },
    ]);
    expect(embeddings.requests.at(-1)?.body.requests?.[0]).toMatchObject({ taskType: 'RETRIEVAL_QUERY', outputDimensionality: DIMENSIONS });
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.sources.every((source) => source.address?.includes('品川区'))).toBe(true);
    expect(semantic).toHaveLength(1);
    expect(['fused', 'unchanged']).toContain(semantic[0]?.outcome);
  });

  it('answers from lexical retrieval alone when the embedding is slower than its deadline, and counts it', async () => {
    const lexical = await chat('品川区の公園');
    semantic.length = 0;
    embeddings.next({ kind: 'slow', ms: 800 });
    const calls = vertex.queries.length;
    const body = await chat('品川区の公園で桜の名所はどこ');
    expect(body.status).toBe('answered');
    expect(body.sources.map((source) => source.id)).toEqual(lexical.sources.map((source) => source.id));
    expect(vertex.queries.length).toBe(calls);
    expect(semantic).toEqual([{ outcome: 'fallback', stage: 'embedding', reason: 'timeout' }]);
    const metrics = await (await fetch(`${server.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })).text();
    expect(metrics).toMatch(/semantic_fallbacks_total\{stage="embedding",reason="timeout"\} 1/);
  });

  it('answers from lexical retrieval alone when Vector Search fails', async () => {
    semantic.length = 0;
    vertex.next({ kind: 'http-error', status: 500 });
    const body = await chat('品川区の公園で桜の名所はどこ');
    expect(body.status).toBe('answered');
    expect(semantic).toEqual([{ outcome: 'fallback', stage: 'vector_index', reason: 'error' }]);
  });
});
