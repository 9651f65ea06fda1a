import { GoogleGenAI } from '@google/genai';
import { SEMANTIC } from '../../config/tunables.ts';
import type { Embedder } from './embedder.ts';
import { toUnitVector } from './unit-vector.ts';

export interface GeminiEmbedderOptions {
  apiKey: string;
  /** `gemini-embedding-001` by default (EMBEDDING_MODEL). */
  model: string;
  /** Output length (EMBEDDING_DIMENSIONS): the model's vectors are cut to it (Matryoshka), then made unit length. */
  dimensions: number;
  /** A proxy or regional endpoint (GEMINI_BASE_URL); the tests point it at a local double. */
  baseUrl?: string;
}

/**
 * Gemini's embedding model through the official @google/genai SDK, which sends `batchEmbedContents`
 * (`POST /v1beta/models/{model}:batchEmbedContents`, one request per text with its `taskType` and
 * `outputDimensionality`) and reads `embeddings[].values`. Documents go in batches of at most 100 (the API's
 * limit), as RETRIEVAL_DOCUMENT; a question alone, as RETRIEVAL_QUERY. Vectors shorter than the model's full
 * length are not unit length as they come, so every vector is normalised here. The SDK does not retry; the
 * caller's breaker and deadline decide what a slow call means (semantic-search.ts).
 */
export class GeminiEmbedder implements Embedder {
  readonly remote = true;
  readonly model: string;
  readonly dimensions: number;
  private readonly client: GoogleGenAI;

  constructor(options: GeminiEmbedderOptions) {
    this.client = new GoogleGenAI({ apiKey: options.apiKey, httpOptions: options.baseUrl ? { baseUrl: options.baseUrl } : undefined });
    this.model = options.model;
    this.dimensions = options.dimensions;
  }

  async embedDocuments(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += SEMANTIC.embedBatchSize) {
      vectors.push(...(await this.embed(texts.slice(start, start + SEMANTIC.embedBatchSize), 'RETRIEVAL_DOCUMENT', signal)));
    }
    return vectors;
  }

  async embedQuery(text: string, signal?: AbortSignal): Promise<Float32Array> {
    const [vector] = await this.embed([text], 'RETRIEVAL_QUERY', signal);
    return vector as Float32Array;
  }

  private async embed(texts: readonly string[], taskType: 'RETRIEVAL_DOCUMENT' | 'RETRIEVAL_QUERY', signal?: AbortSignal): Promise<Float32Array[]> {
    const response = await this.client.models.embedContent({
      model: this.model,
      contents: [...texts],
      config: { taskType, outputDimensionality: this.dimensions, abortSignal: signal },
    });
    const embeddings = response.embeddings ?? [];
    if (embeddings.length !== texts.length) throw new Error(`embedding model returned ${embeddings.length} vectors for ${texts.length} texts`);
    return embeddings.map((embedding, i) => {
      const values = embedding.values ?? [];
      if (values.length !== this.dimensions) throw new Error(`embedding ${i} has ${values.length} values, not ${this.dimensions}`);
      return toUnitVector(values);
    });
  }
}
