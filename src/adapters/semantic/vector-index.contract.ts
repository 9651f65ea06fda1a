import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, Place } from '../../core/place.ts';
import { HashedEmbedder } from './hashed-embedder.ts';
import type { VectorIndex } from './vector-index.ts';

/** Places with texts of their own, in two municipalities and three kinds. */
export const CONTRACT_PLACES: Array<Pick<Place, 'id' | 'category' | 'ward'> & { text: string }> = [
  { id: 'p1', category: 'park', ward: '品川区', text: '桜の名所の公園、花見の広場' },
  { id: 'p2', category: 'park', ward: '品川区', text: '野球場とテニスコートのある公園' },
  { id: 'p3', category: 'park', ward: '江東区', text: '桜並木の公園、夜桜のライトアップ' },
  { id: 'p4', category: 'library', ward: '品川区', text: '子どもの本が多い図書館' },
  { id: 'p5', category: 'library', ward: '江東区', text: '桜の写真集がそろう図書館' },
  { id: 'p6', category: 'museum', ward: '江東区', text: '現代美術の美術館' },
];
export const CONTRACT_EMBEDDER = new HashedEmbedder(64);

/**
 * What every VectorIndex must do (the snapshot's in process, Vertex AI Vector Search through its double): the
 * nearest first, as many as asked, and only places of the kinds and municipalities the restricts allow.
 * `make` gets the places and their vectors and returns the index filled with them.
 */
export function describeVectorIndex(name: string, make: (places: typeof CONTRACT_PLACES, vectors: Float32Array[]) => Promise<{ index: VectorIndex; close?: () => Promise<void> }>): void {
  describe(`VectorIndex contract: ${name}`, () => {
    let index: VectorIndex;
    let close: (() => Promise<void>) | undefined;
    const vectors = CONTRACT_PLACES.map((place) => CONTRACT_EMBEDDER.embed(place.text));
    const query = CONTRACT_EMBEDDER.embed('桜の公園');
    const exact = CONTRACT_PLACES.map((place, i) => ({ id: place.id, similarity: dot(vectors[i] as Float32Array, query), place })).sort((a, b) => b.similarity - a.similarity);

    beforeAll(async () => {
      ({ index, close } = await make(CONTRACT_PLACES, vectors));
    });
    afterAll(async () => {
      await close?.();
    });

    it('gives the nearest places first, as many as asked, with their similarity', async () => {
      const found = await index.findNeighbors(query, { neighborCount: 3, restricts: {} });
      expect(found.map((hit) => hit.id)).toEqual(exact.slice(0, 3).map((hit) => hit.id));
      found.forEach((hit, i) => expect(hit.similarity).toBeCloseTo(exact[i]?.similarity as number, 5));
    });

    it('keeps to the kinds and municipalities the restricts allow', async () => {
      const parks = await index.findNeighbors(query, { neighborCount: 10, restricts: { categories: ['park'] } });
      expect(parks.map((hit) => hit.id)).toEqual(exact.filter((hit) => hit.place.category === 'park').map((hit) => hit.id));
      const kinds: Category[] = ['park', 'library'];
      const koto = await index.findNeighbors(query, { neighborCount: 10, restricts: { categories: kinds, wards: ['江東区'] } });
      expect(koto.map((hit) => hit.id)).toEqual(exact.filter((hit) => kinds.includes(hit.place.category) && hit.place.ward === '江東区').map((hit) => hit.id));
      expect(await index.findNeighbors(query, { neighborCount: 10, restricts: { wards: ['新宿区'] } })).toEqual([]);
    });
  });
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
