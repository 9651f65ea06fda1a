/** Turns text into vectors for semantic retrieval (ADR 0010). */
export interface Embedder {
  /** The model, as recorded beside the snapshot's vectors: a question is embedded only by the model of its index. */
  readonly model: string;
  /** Length of every vector it returns. */
  readonly dimensions: number;
  /** Whether it calls a service over the network (then a breaker and a deadline guard it). */
  readonly remote: boolean;
  /** Vectors of places' texts, in order, each of unit length (the snapshot build, in batches). */
  embedDocuments(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
  /** The vector of one question, of unit length. */
  embedQuery(text: string, signal?: AbortSignal): Promise<Float32Array>;
}
