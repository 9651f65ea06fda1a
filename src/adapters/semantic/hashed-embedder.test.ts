import { describe, expect, it } from 'vitest';
import { HashedEmbedder } from './hashed-embedder.ts';

describe('HashedEmbedder (the offline stand-in)', () => {
  const embedder = new HashedEmbedder(128);

  it('gives the same unit vector for the same text, NFKC and case aside', async () => {
    const a = embedder.embed('Ｓａｋｕｒａ Park');
    const b = (await embedder.embedDocuments(['sakura park']))[0] as Float32Array;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Math.hypot(...a)).toBeCloseTo(1, 5);
  });

  it('finds texts that share spellings closer than texts that do not', () => {
    const query = embedder.embed('桜の名所');
    const near = embedder.embed('桜の名所の公園');
    const far = embedder.embed('図書館の開館時間');
    const dot = (x: Float32Array, y: Float32Array) => x.reduce((sum, value, i) => sum + value * (y[i] as number), 0);
    expect(dot(query, near)).toBeGreaterThan(dot(query, far));
  });
});
