import { describe, expect, it } from 'vitest';
import { SnapshotVectorIndex } from './snapshot-vector-index.ts';
import { CONTRACT_EMBEDDER, describeVectorIndex } from './vector-index.contract.ts';

describeVectorIndex('SnapshotVectorIndex (in process)', async (places, vectors) => {
  const flat = new Float32Array(vectors.length * CONTRACT_EMBEDDER.dimensions);
  vectors.forEach((vector, i) => flat.set(vector, i * CONTRACT_EMBEDDER.dimensions));
  const stored = { model: CONTRACT_EMBEDDER.model, dimensions: CONTRACT_EMBEDDER.dimensions, corpusBuiltAt: 'now', ids: places.map((p) => p.id), textHashes: [], vectors: flat };
  const byId = new Map(places.map((place) => [place.id, place]));
  return { index: new SnapshotVectorIndex(stored, (id) => byId.get(id)) };
});

describe('SnapshotVectorIndex', () => {
  it('drops the vectors of places the snapshot no longer has, and refuses a query of another length', async () => {
    const vectors = new Float32Array([1, 0, 0, 1]);
    const index = new SnapshotVectorIndex({ model: 'm', dimensions: 2, corpusBuiltAt: 'now', ids: ['kept', 'gone'], textHashes: [], vectors }, (id) => (id === 'kept' ? { category: 'park' } : undefined));
    expect(index.size).toBe(1);
    expect(await index.findNeighbors(new Float32Array([0, 1]), { neighborCount: 5, restricts: {} })).toEqual([{ id: 'kept', similarity: 0 }]);
    await expect(index.findNeighbors(new Float32Array([1, 0, 0]), { neighborCount: 5, restricts: {} })).rejects.toThrow(/dimensions/);
  });
});
