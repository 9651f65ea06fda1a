import type { OpsEvents } from '../../observability/events.ts';
import type { BreakerSettings } from '../../resilience/create-breaker.ts';
import { unavailable } from '../../resilience/failure-reason.ts';
import { guardCall, type GuardedCall } from '../../resilience/guard-call.ts';
import type { Embedder } from './embedder.ts';
import type { VectorIndex, VectorNeighbor, VectorRestricts } from './vector-index.ts';

export interface SemanticSearchOptions {
  embedder: Embedder;
  index: VectorIndex;
  /** A question's embedding slower than this fails (EMBEDDING_DEADLINE_MS). */
  embeddingDeadlineMs: number;
  /** A findNeighbors call slower than this fails (VECTOR_SEARCH_DEADLINE_MS). */
  vectorDeadlineMs: number;
  events?: OpsEvents;
  /** Overrides of the breakers' design settings: tests and benchmarks only. */
  breaker?: Partial<BreakerSettings>;
}

/** The breakers' names, which are also the `dependency` of the error a failed search throws. */
export const SEMANTIC_DEPENDENCIES = { embedding: 'embedding', vectorIndex: 'vector-search' } as const;

/**
 * Semantic retrieval's two calls: embed the question, find the nearest places. Each part that calls a service
 * (Gemini's embedding model, Vertex AI Vector Search) goes through its own breaker with a short deadline; the
 * in-process parts (the snapshot's index, the hashed stand-in) are called directly. Any failure rejects with
 * DomainError `unavailable` naming the part (`details.dependency`) and why: the caller answers from lexical
 * retrieval alone.
 */
export class SemanticSearch {
  readonly embedder: Embedder;
  readonly index: VectorIndex;
  private readonly embed: GuardedCall<[string], Float32Array> | undefined;
  private readonly find: GuardedCall<[Float32Array, number, VectorRestricts], VectorNeighbor[]> | undefined;

  constructor(options: SemanticSearchOptions) {
    const { embedder, index, events, breaker } = options;
    if (embedder.model !== index.model || embedder.dimensions !== index.dimensions) {
      throw new Error(`the index holds ${index.model} vectors of ${index.dimensions} values; questions would be embedded by ${embedder.model} in ${embedder.dimensions}`);
    }
    this.embedder = embedder;
    this.index = index;
    this.embed = embedder.remote
      ? guardCall(SEMANTIC_DEPENDENCIES.embedding, (signal, text: string) => embedder.embedQuery(text, signal), { deadlineMs: options.embeddingDeadlineMs, events, settings: breaker, service: 'gemini-embedding' })
      : undefined;
    this.find = index.remote
      ? guardCall(
          SEMANTIC_DEPENDENCIES.vectorIndex,
          (signal, vector: Float32Array, neighborCount: number, restricts: VectorRestricts) => index.findNeighbors(vector, { neighborCount, restricts }, signal),
          { deadlineMs: options.vectorDeadlineMs, events, settings: breaker, service: 'vertex-vector-search' },
        )
      : undefined;
  }

  /** `snapshot/hashed-ngrams-v1`, `vertex/gemini-embedding-001`: for logs. */
  get name(): string {
    return `${this.index.name}/${this.embedder.model}`;
  }

  /** The places nearest the text's meaning that meet the restricts, most similar first. */
  async search(text: string, restricts: VectorRestricts, neighborCount: number, signal?: AbortSignal): Promise<VectorNeighbor[]> {
    const vector = this.embed ? await this.embed.call(signal, text) : await local(SEMANTIC_DEPENDENCIES.embedding, () => this.embedder.embedQuery(text, signal));
    return this.find
      ? this.find.call(signal, vector, neighborCount, restricts)
      : local(SEMANTIC_DEPENDENCIES.vectorIndex, () => this.index.findNeighbors(vector, { neighborCount, restricts }, signal));
  }

  /** Stops the breakers' timers (server shutdown). */
  close(): void {
    this.embed?.breaker.shutdown();
    this.find?.breaker.shutdown();
  }
}

/** An in-process part: its failure is an `error` of that part, like a remote one's. */
async function local<T>(dependency: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw unavailable(dependency, 'error', (error as Error).message, error);
  }
}
