import type { Place } from '../../core/place.ts';
import { mainPartOf } from '../../text/english-names.ts';

/**
 * The readings the publishers give (名称_カナ), lent to the same facility in other datasets: a school of 江東区
 * listed as a shelter by 東京都防災マップ (no reading) is read as 江東区's own AED list reads it (大島 → オオジマ,
 * where the dictionary says オオシマ). Same municipality and same name, so homonyms elsewhere are not touched.
 * Sets `name.kana` on the borrowers and returns every place whose reading is a publisher's.
 */
export function lendPublisherReadings(places: readonly Place[]): Map<Place, string> {
  const byName = new Map<string, string | null>();
  const key = (place: Place) => `${place.ward ?? ''}\u0000${mainPartOf(place.name.ja)}`;
  for (const place of places) {
    if (!place.name.kana || !place.ward) continue;
    const known = byName.get(key(place));
    // Two different readings of one name in one municipality: lend neither.
    byName.set(key(place), known === undefined || known === place.name.kana ? place.name.kana : null);
  }
  const published = new Map<Place, string>();
  for (const place of places) {
    if (place.name.kana) {
      published.set(place, place.name.kana);
      continue;
    }
    const lent = place.ward ? byName.get(key(place)) : undefined;
    if (!lent) continue;
    place.name.kana = lent;
    published.set(place, lent);
  }
  return published;
}
