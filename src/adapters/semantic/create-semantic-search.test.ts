import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../config/env.ts';
import type { PlaceVectors } from '../../core/place-vectors.ts';
import { createSemanticSearch } from './create-semantic-search.ts';
import { HASHED_MODEL } from './hashed-embedder.ts';

const log = pino({ level: 'silent' });
const vectorsOf = (model: string): PlaceVectors => ({ model, dimensions: 2, corpusBuiltAt: 'now', ids: ['a'], textHashes: [], vectors: new Float32Array([1, 0]) });
const placeOf = () => ({ category: 'park' as const });
const VERTEX = {
  VECTOR_SEARCH_ENDPOINT_URL: 'https://1957880287.asia-northeast1-181224308459.vdb.vertexai.goog',
  VECTOR_SEARCH_INDEX_ENDPOINT: 'projects/p/locations/asia-northeast1/indexEndpoints/1',
  VECTOR_SEARCH_DEPLOYED_INDEX_ID: 'tokyo_places',
  GEMINI_API_KEY: 'key',
};
const make = (variables: Record<string, string>, vectors?: PlaceVectors) => {
  const search = createSemanticSearch({ env: loadEnv({ NODE_ENV: 'test', ...variables }), vectors, placeOf, log });
  search?.close();
  return search?.name;
};

describe('createSemanticSearch: which index and embedder the configuration gives', () => {
  it('gives none in the embedded default (no vectors, no Vector Search), or when turned off', () => {
    expect(make({})).toBeUndefined();
    expect(make({ SEMANTIC_RETRIEVAL: 'off' }, vectorsOf(HASHED_MODEL))).toBeUndefined();
  });

  it("uses the snapshot's vectors with the model that made them", () => {
    expect(make({}, vectorsOf(HASHED_MODEL))).toBe('snapshot/hashed-ngrams-v1');
    expect(make({ GEMINI_API_KEY: 'key' }, vectorsOf('gemini-embedding-001'))).toBe('snapshot/gemini-embedding-001');
    expect(make({}, vectorsOf('gemini-embedding-001'))).toBeUndefined();
  });

  it("never ranks production answers by the stand-in's vectors", () => {
    expect(make({ NODE_ENV: 'production' }, vectorsOf(HASHED_MODEL))).toBeUndefined();
  });

  it('prefers Vertex AI Vector Search when it is configured', () => {
    expect(make(VERTEX, vectorsOf(HASHED_MODEL))).toBe('vertex/gemini-embedding-001');
  });
});
