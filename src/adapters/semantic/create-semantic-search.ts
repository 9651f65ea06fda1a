import type { Logger } from 'pino';
import type { Env } from '../../config/env.ts';
import type { PlaceVectors } from '../../core/place-vectors.ts';
import type { OpsEvents } from '../../observability/events.ts';
import { MetadataServerCredentials } from '../speech/google/google-credentials.ts';
import type { Embedder } from './embedder.ts';
import { GeminiEmbedder } from './gemini-embedder.ts';
import { HASHED_MODEL, HashedEmbedder } from './hashed-embedder.ts';
import { SemanticSearch } from './semantic-search.ts';
import { type PlaceKind, SnapshotVectorIndex } from './snapshot-vector-index.ts';
import type { VectorIndex } from './vector-index.ts';
import { VertexVectorIndex } from './vertex-vector-index.ts';

export interface SemanticSearchSetup {
  env: Env;
  /** The snapshot's place vectors, when `npm run embed` made them. */
  vectors?: PlaceVectors;
  /** The kind and municipality of a place of the loaded snapshot. */
  placeOf: (id: string) => PlaceKind | undefined;
  events?: OpsEvents;
  log: Logger;
}

/**
 * Semantic retrieval as configured (ADR 0010), or undefined for lexical retrieval alone:
 *  - Vertex AI Vector Search when VECTOR_SEARCH_* are set, questions embedded by Gemini (GEMINI_API_KEY);
 *  - else the snapshot's own vectors in process, questions embedded by the model that made them: Gemini with
 *    GEMINI_API_KEY, or the hashed stand-in, which needs nothing;
 *  - else nothing (the embedded default: the bundled snapshot has no vectors).
 */
export function createSemanticSearch({ env, vectors, placeOf, events, log }: SemanticSearchSetup): SemanticSearch | undefined {
  if (env.SEMANTIC_RETRIEVAL === 'off') return undefined;
  let index: VectorIndex | undefined;
  let embedder: Embedder | undefined;
  if (env.VECTOR_SEARCH_ENDPOINT_URL && env.VECTOR_SEARCH_INDEX_ENDPOINT && env.VECTOR_SEARCH_DEPLOYED_INDEX_ID && env.GEMINI_API_KEY) {
    index = new VertexVectorIndex({
      endpointUrl: env.VECTOR_SEARCH_ENDPOINT_URL,
      indexEndpoint: env.VECTOR_SEARCH_INDEX_ENDPOINT,
      deployedIndexId: env.VECTOR_SEARCH_DEPLOYED_INDEX_ID,
      credentials: new MetadataServerCredentials(env.GOOGLE_METADATA_URL),
      model: env.EMBEDDING_MODEL,
      dimensions: env.EMBEDDING_DIMENSIONS,
    });
    embedder = new GeminiEmbedder({ apiKey: env.GEMINI_API_KEY, model: env.EMBEDDING_MODEL, dimensions: env.EMBEDDING_DIMENSIONS, baseUrl: env.GEMINI_BASE_URL });
  } else if (vectors && vectors.model === HASHED_MODEL && env.NODE_ENV === 'production') {
    // the stand-in is for evaluation: it knows spellings, not meaning, and must not rank real users' answers
    log.warn({ vectors: { model: vectors.model } }, "the snapshot's vectors are the offline stand-in's: ignored in production, lexical retrieval only");
    return undefined;
  } else if (vectors) {
    const snapshotIndex = new SnapshotVectorIndex(vectors, placeOf);
    index = snapshotIndex;
    if (vectors.model === HASHED_MODEL) embedder = new HashedEmbedder(vectors.dimensions);
    else if (env.GEMINI_API_KEY) embedder = new GeminiEmbedder({ apiKey: env.GEMINI_API_KEY, model: vectors.model, dimensions: vectors.dimensions, baseUrl: env.GEMINI_BASE_URL });
    if (!embedder) {
      log.warn({ vectors: { model: vectors.model, places: snapshotIndex.size } }, `the snapshot's vectors were made by ${vectors.model}, which needs GEMINI_API_KEY to embed questions: lexical retrieval only`);
      return undefined;
    }
  }
  if (!index || !embedder) return undefined;
  return new SemanticSearch({ embedder, index, embeddingDeadlineMs: env.EMBEDDING_DEADLINE_MS, vectorDeadlineMs: env.VECTOR_SEARCH_DEADLINE_MS, events });
}
