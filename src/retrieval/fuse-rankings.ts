import { SEMANTIC } from '../config/tunables.ts';

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): an item's score is the sum over the ranked
 * lists that hold it of 1 / (k + rank), rank counted from 1. It needs no comparable scores, only orders, which is
 * what the lexical and geographic retrieval (distance, name match) and the vector index (similarity) share.
 * Ties keep the order of the first list, then of the next.
 */
export function fuseRankings(lists: ReadonlyArray<readonly string[]>, k: number = SEMANTIC.rrfK): string[] {
  const scores = new Map<string, { score: number; first: number }>();
  let position = 0;
  for (const list of lists) {
    const seen = new Set<string>();
    list.forEach((id, index) => {
      if (seen.has(id)) return; // a list names an item once; a repeat would count it twice
      seen.add(id);
      const entry = scores.get(id) ?? { score: 0, first: position + index };
      entry.score += 1 / (k + index + 1);
      scores.set(id, entry);
    });
    position += list.length;
  }
  return [...scores].sort(([, a], [, b]) => b.score - a.score || a.first - b.first).map(([id]) => id);
}
