import { describe, expect, it } from 'vitest';
import { fuseRankings } from './fuse-rankings.ts';

describe('fuseRankings (reciprocal rank fusion)', () => {
  it('puts first what both lists rank high', () => {
    expect(fuseRankings([['a', 'b', 'c', 'd'], ['c', 'x', 'a']], 60)).toEqual(['a', 'c', 'b', 'x', 'd']);
  });

  it('scores 1 / (k + rank) per list: an item second in both beats one first in a single list', () => {
    expect(fuseRankings([['a', 'b'], ['c', 'b']], 1)).toEqual(['b', 'a', 'c']);
  });

  it('keeps the first list as it is when the other is empty, and counts a repeated id once', () => {
    expect(fuseRankings([['a', 'b', 'c'], []])).toEqual(['a', 'b', 'c']);
    expect(fuseRankings([['a', 'b'], ['b', 'b', 'b']], 60)).toEqual(['b', 'a']);
  });
});
