import { QUALITY } from '../../config/tunables.ts';
import { haversineMeters } from '../../geo/geo.ts';
import type { Place } from '../../core/place.ts';
import { readAddressKey } from './address-key.ts';
import type { AddressLocator } from './address-locator.ts';

/** Sites larger than a block (a waterfront park is 2 km long): one address, points legitimately far apart. */
const LARGE_SITE = /公園|庭園|霊園|墓地|緑地|緑道|河川敷|一帯|グラウンド|運動場|広場|団地|大学|学園|ふ頭|遊園|など|他$/;

/**
 * Points far from the address they give, judged by records of at least two other datasets at the same
 * address (address-locator.ts), so that two lists disagreeing about one place never condemn each other:
 * more than QUALITY.farFromAddressMeters from where records of the same block (番地) agree to be, or more
 * than QUALITY.farFromAreaMeters (and three times those records' spread) from where records of the same 丁目
 * are. Large sites (parks, campuses, `…一帯`) and town-only addresses in the countryside are not judged.
 * This catches errors inside the right municipality, which find-misplaced.ts cannot see (a column of one
 * file pointing at one corner of 多摩市).
 */
export function findFarFromAddress(places: readonly Place[], locator: AddressLocator): Set<Place> {
  const far = new Set<Place>();
  for (const place of places) {
    if (place.lat === undefined || place.lon === undefined || !place.address) continue;
    if (LARGE_SITE.test(place.name.ja) || LARGE_SITE.test(place.address)) continue;
    const block = locator.locateBlock(place.address, place.datasetId);
    if (block && block.datasets >= 2) {
      if (haversineMeters(place.lat, place.lon, block.lat, block.lon) > QUALITY.farFromAddressMeters) far.add(place);
      continue;
    }
    if (readAddressKey(place.address)?.chome === undefined) continue;
    const area = locator.locateArea(place.address, place.datasetId);
    if (!area || area.datasets < 2) continue;
    if (haversineMeters(place.lat, place.lon, area.lat, area.lon) > Math.max(QUALITY.farFromAreaMeters, 3 * area.spread)) far.add(place);
  }
  return far;
}
