import type { Embedder } from './embedder.ts';
import { toUnitVector } from './unit-vector.ts';

export const HASHED_MODEL = 'hashed-ngrams-v1';

/**
 * A deterministic stand-in for an embedding model, with no network and no model file: the character bigrams and
 * trigrams of the NFKC, lower-cased text, hashed (FNV-1a) into `dimensions` buckets with a hashed sign. It knows
 * no meaning, only shared spellings, so it shows that the code paths of semantic retrieval and fusion are right
 * (eval/run-semantic.ts), never what real embeddings would add (docs/quality.md).
 */
export class HashedEmbedder implements Embedder {
  readonly model = HASHED_MODEL;
  readonly remote = false;
  readonly dimensions: number;

  constructor(dimensions = 256) {
    this.dimensions = dimensions;
  }

  async embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embed(text));
  }

  async embedQuery(text: string): Promise<Float32Array> {
    return this.embed(text);
  }

  /** The vector of a text, at once (the async methods only wrap it). */
  embed(text: string): Float32Array {
    const values = new Float32Array(this.dimensions);
    const chars = [...` ${text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()} `];
    for (const n of [2, 3]) {
      for (let i = 0; i + n <= chars.length; i += 1) {
        const hash = fnv1a(chars.slice(i, i + n).join(''));
        values[hash % this.dimensions] = (values[hash % this.dimensions] as number) + ((hash >>> 16) & 1 ? 1 : -1);
      }
    }
    return toUnitVector(values);
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
