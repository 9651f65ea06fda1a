import { QUALITY } from '../../config/tunables.ts';
import { haversineMeters } from '../../geo/geo.ts';
import type { RowTally } from '../tally.ts';
import type { Place } from '../../core/place.ts';

/**
 * Drops a place that repeats an earlier one of the same dataset: same category, name, address and details, and
 * points within QUALITY.duplicateMeters (or neither located). Returns the places kept.
 */
export function dropDuplicates(places: Place[], tallyOf: (datasetId: string) => RowTally): Place[] {
  const seen = new Map<string, Place[]>();
  return places.filter((place) => {
    const key = JSON.stringify([place.datasetId, place.category, place.name.ja, place.address ?? '', place.details ?? {}]);
    const earlier = seen.get(key) ?? [];
    const twin = earlier.find((other) => samePoint(place, other));
    if (twin) {
      tallyOf(place.datasetId).drop(place.id, 'duplicate row');
      return false;
    }
    earlier.push(place);
    seen.set(key, earlier);
    return true;
  });
}

/** Two points within QUALITY.duplicateMeters of each other, or both missing: one spot. */
export function samePoint(a: { lat?: number; lon?: number }, b: { lat?: number; lon?: number }): boolean {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) {
    return a.lat === undefined && b.lat === undefined;
  }
  return haversineMeters(a.lat, a.lon, b.lat, b.lon) <= QUALITY.duplicateMeters;
}
