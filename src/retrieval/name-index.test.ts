import { describe, expect, it } from 'vitest';
import { NameIndex } from './name-index.ts';
import { TEST_PLACES } from './test-corpus.ts';

const index = new NameIndex(TEST_PLACES);
const names = (text: string) => index.find(text).map((hit) => `${hit.place.name.ja}:${hit.place.category}`);

describe('NameIndex', () => {
  it('finds facilities named in full, in Japanese, kana or Latin letters', () => {
    expect(names('品川学園はどこ？')).toEqual(['品川学園:shelter']);
    expect(names('ありあけにしがくえん')).toEqual(['有明西学園:aed']);
    expect(names('Where is Kiba Park?')).toEqual(['木場公園:park', '木場公園:wifi']);
  });

  it('never takes part of a name, or a topic word, for a name', () => {
    expect(names('学園はどこ')).toEqual([]);
    expect(names('公園はどこ')).toEqual([]);
  });

  it('says where a Japanese name stands, so the words around it can be read', () => {
    const [hit] = index.find('有明西学園のAED');
    expect([hit?.start, hit?.end]).toEqual([0, 5]);
  });
});
