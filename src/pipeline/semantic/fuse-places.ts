import type { RankedPlace } from '../../core/chat.ts';
import type { Anchor } from '../../core/question-frame.ts';
import type { Place } from '../../core/place.ts';
import { haversineMeters } from '../../geo/geo.ts';
import { fuseRankings } from '../../retrieval/fuse-rankings.ts';
import { dedupe } from '../steps/retrieve.ts';

/**
 * The answer's places as the fusion of two rankings of the same scope: the lexical and geographic retrieval's
 * (`lexical`, already cut to the answer's size) and the vector index's (`semantic`, places that met the frame's
 * conditions). A neighbour that is a record merged into a listed card is not listed again; the same facility in
 * two datasets is merged as retrieve merges it. Distances are given as retrieve gives them: from a point the
 * question has.
 */
export function fusePlaces(lexical: readonly RankedPlace[], semantic: readonly Place[], size: number, anchor: Anchor | undefined): RankedPlace[] {
  const listed = new Map(lexical.map((ranked) => [ranked.place.id, ranked]));
  const merged = new Set(lexical.flatMap((ranked) => (ranked.merged ?? []).map((place) => place.id)));
  const neighbours = new Map(semantic.filter((place) => !merged.has(place.id)).map((place) => [place.id, place]));
  const order = fuseRankings([[...listed.keys()], [...neighbours.keys()]]);
  const ranked = order.flatMap((id): RankedPlace[] => {
    const known = listed.get(id);
    if (known) return [known];
    const place = neighbours.get(id);
    return place ? [withDistance(place, anchor)] : [];
  });
  return dedupe(ranked).slice(0, size);
}

function withDistance(place: Place, anchor: Anchor | undefined): RankedPlace {
  if (!anchor || place.lat === undefined || place.lon === undefined) return { place };
  return { place, distanceMeters: Math.round(haversineMeters(anchor.lat, anchor.lon, place.lat, place.lon)) };
}
