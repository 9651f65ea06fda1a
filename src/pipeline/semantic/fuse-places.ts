import type { RankedPlace } from '../../core/chat.ts';
import { fuseRankings } from '../../retrieval/fuse-rankings.ts';

/**
 * The answer's places as the reciprocal rank fusion of two rankings of one scope: retrieve's whole list in its
 * order (`pool`: every place that met the question, by distance from the point or the municipal office) and the
 * vector index's neighbours (ids, most similar first). A neighbour that is a record merged into a card counts for
 * that card; a neighbour outside the pool is not answered (it did not meet the question as retrieve reads it),
 * so the scope and conditions are exactly the lexical retrieval's.
 */
export function fusePlaces(pool: readonly RankedPlace[], neighbours: readonly string[], size: number): RankedPlace[] {
  const byId = new Map(pool.map((ranked) => [ranked.place.id, ranked]));
  const cardOf = new Map(pool.flatMap((ranked) => (ranked.merged ?? []).map((place): [string, string] => [place.id, ranked.place.id])));
  const semantic = neighbours.flatMap((id) => (byId.has(id) ? [id] : cardOf.has(id) ? [cardOf.get(id) as string] : []));
  return fuseRankings([[...byId.keys()], semantic])
    .slice(0, size)
    .map((id) => byId.get(id) as RankedPlace);
}
