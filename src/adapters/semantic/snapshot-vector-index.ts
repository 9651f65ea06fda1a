import type { Category } from '../../core/place.ts';
import type { PlaceVectors } from '../../core/place-vectors.ts';
import type { VectorIndex, VectorNeighbor, VectorRestricts } from './vector-index.ts';

/** What the index needs to know of a place to apply restricts. */
export interface PlaceKind {
  category: Category;
  ward?: string;
}

/**
 * The local default (ADR 0010): exact nearest neighbours in process over the snapshot's vectors, no network. The
 * restricts are applied before any vector is read (rows are grouped by category), so a question about one kind of
 * place in one municipality scores a few hundred rows, and all 13,000 only when nothing restricts it.
 */
export class SnapshotVectorIndex implements VectorIndex {
  readonly name = 'snapshot';
  readonly remote = false;
  readonly model: string;
  readonly dimensions: number;
  private readonly ids: string[] = [];
  private readonly wards: Array<string | undefined> = [];
  private readonly rows: Float32Array;
  private readonly byCategory = new Map<Category, number[]>();

  /** Keeps the vectors of the ids `placeOf` knows (a place gone from the snapshot is dropped). */
  constructor(vectors: PlaceVectors, placeOf: (id: string) => PlaceKind | undefined) {
    this.model = vectors.model;
    this.dimensions = vectors.dimensions;
    const kept: number[] = [];
    vectors.ids.forEach((id, row) => {
      const place = placeOf(id);
      if (!place) return;
      const at = this.ids.length;
      this.ids.push(id);
      this.wards.push(place.ward);
      const list = this.byCategory.get(place.category);
      if (list) list.push(at);
      else this.byCategory.set(place.category, [at]);
      kept.push(row);
    });
    this.rows = new Float32Array(kept.length * this.dimensions);
    kept.forEach((row, at) => this.rows.set(vectors.vectors.subarray(row * this.dimensions, (row + 1) * this.dimensions), at * this.dimensions));
  }

  /** How many places have a vector. */
  get size(): number {
    return this.ids.length;
  }

  async findNeighbors(vector: Float32Array, options: { neighborCount: number; restricts: VectorRestricts }): Promise<VectorNeighbor[]> {
    if (vector.length !== this.dimensions) throw new Error(`query has ${vector.length} dimensions, the index ${this.dimensions}`);
    if (options.neighborCount <= 0) return [];
    const { categories, wards } = options.restricts;
    const wardSet = wards && wards.length > 0 ? new Set(wards) : undefined;
    const candidates = categories && categories.length > 0 ? categories.flatMap((category) => this.byCategory.get(category) ?? []) : this.ids.map((_, at) => at);
    const best: VectorNeighbor[] = [];
    const d = this.dimensions;
    for (const at of candidates) {
      if (wardSet && !wardSet.has(this.wards[at] as string)) continue;
      let dot = 0;
      const offset = at * d;
      for (let i = 0; i < d; i += 1) dot += (this.rows[offset + i] as number) * (vector[i] as number);
      if (best.length === options.neighborCount && dot <= (best.at(-1) as VectorNeighbor).similarity) continue;
      insertSorted(best, { id: this.ids[at] as string, similarity: dot }, options.neighborCount);
    }
    return best;
  }
}

/** Inserts keeping `list` sorted by similarity, most similar first, and at most `max` long. */
function insertSorted(list: VectorNeighbor[], item: VectorNeighbor, max: number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as VectorNeighbor).similarity >= item.similarity) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, item);
  if (list.length > max) list.pop();
}
