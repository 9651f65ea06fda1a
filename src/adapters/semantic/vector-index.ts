import type { Category } from '../../core/place.ts';

/** What a neighbour must be: of one of these kinds, in one of these municipalities (absent: any). */
export interface VectorRestricts {
  categories?: readonly Category[];
  /** Municipalities by their Japanese names (品川区), as places and question frames name them. */
  wards?: readonly string[];
}

/** A place near the query vector: its id and how similar it is (dot product of unit vectors: 1 is the same). */
export interface VectorNeighbor {
  id: string;
  similarity: number;
}

/** Finds the places whose vectors are nearest a question's (ADR 0010). */
export interface VectorIndex {
  /** `snapshot` (in process), `vertex` (Vertex AI Vector Search): reported in logs and events. */
  readonly name: string;
  /** Whether it calls a service over the network (then a breaker and a deadline guard it). */
  readonly remote: boolean;
  /** The vectors' model and length: a question must be embedded by the same. */
  readonly model: string;
  readonly dimensions: number;
  /** The nearest places meeting the restricts, most similar first, at most `neighborCount`. */
  findNeighbors(vector: Float32Array, options: { neighborCount: number; restricts: VectorRestricts }, signal?: AbortSignal): Promise<VectorNeighbor[]>;
}
