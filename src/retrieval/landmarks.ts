import type { Category, Place } from '../core/place.ts';
import { latinNameOf } from '../text/english-names.ts';
import { haversineMeters } from '../geo/geo.ts';
import type { AnchorEntry } from './place-finder.ts';

/** Places people name as landmarks ("near Ueno Zoo", "木場公園の近く"): where they go, not what they look for. */
export const LANDMARK_CATEGORIES: ReadonlySet<Category> = new Set(['park', 'museum', 'facility', 'historic_site', 'tourism', 'library']);

/** Two records of one landmark (a park in two datasets) lie closer than this; further apart, a name is ambiguous. */
const SAME_PLACE_METERS = 1_000;

/**
 * Landmark anchors from the loaded places. A name shared by places far apart (中央図書館 in several wards) is left
 * out: answering from the wrong one would be worse than asking where.
 */
export function landmarkEntries(places: readonly Place[]): AnchorEntry[] {
  const byName = new Map<string, Place[]>();
  for (const place of places) {
    if (!LANDMARK_CATEGORIES.has(place.category) || place.lat === undefined || place.lon === undefined) continue;
    const key = place.name.ja.normalize('NFKC').replace(/\s+/g, '');
    const list = byName.get(key) ?? [];
    list.push(place);
    byName.set(key, list);
  }
  const entries: AnchorEntry[] = [];
  for (const group of byName.values()) {
    const first = group[0] as Place;
    const ambiguous = group.some((p) => haversineMeters(first.lat as number, first.lon as number, p.lat as number, p.lon as number) > SAME_PLACE_METERS);
    if (ambiguous) continue;
    entries.push({
      kind: 'landmark',
      ja: first.name.ja,
      en: first.name.en,
      kana: group.find((p) => p.name.kana)?.name.kana,
      latin: latinNameOf(first.name),
      lat: first.lat as number,
      lon: first.lon as number,
      ward: first.ward,
      placeId: first.id,
      category: first.category,
    });
  }
  return entries;
}
