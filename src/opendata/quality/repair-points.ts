import { QUALITY } from '../../config/tunables.ts';
import { haversineMeters } from '../../geo/geo.ts';
import type { RowTally } from '../tally.ts';
import type { Place } from '../../core/place.ts';
import { addressKeys, readAddressKey } from './address-key.ts';
import { AddressLocator, type AddressPoint } from './address-locator.ts';
import { findFarFromAddress } from './find-far-from-address.ts';
import { facilityKey } from './facility-key.ts';
import { findMisplaced } from './find-misplaced.ts';

export type Problem = 'point far from its municipality' | 'point far from its address' | 'no point in the data' | 'packed seconds that read two ways';

/**
 * Repairs points across the corpus, once every dataset is read. Problems found:
 * - a point that is not in its municipality (find-misplaced.ts) or not at its address (find-far-from-address.ts);
 * - no point at all (the disaster-base hospitals, rows whose coordinates were unusable);
 * - a packed-DMS point that reads two ways (shinagawa-evacuation.ts).
 * Each is repaired, in this order, from: the same facility in another dataset (same municipality, name and
 * 丁目); its address (address-locator.ts: block, then area). A misplaced point that cannot be repaired is
 * removed and the place kept by its address (dropped when it has none); a row whose name is another row's
 * of the same dataset is that row repeated with a wrong address, and is dropped. A point set from elsewhere
 * says so in `details.pointSource`.
 */
export function repairPoints(places: Place[], tallyOf: (datasetId: string) => RowTally): Place[] {
  const problems = findProblems(places);
  const trusted = places.filter((place) => place.lat !== undefined && !problems.has(place));
  const locator = new AddressLocator(trusted);
  const twins = new TwinFinder(trusted);
  return places.filter((place) => {
    const problem = problems.get(place);
    if (!problem) return true;
    const tally = tallyOf(place.datasetId);
    const misplaced = problem === 'point far from its municipality' || problem === 'point far from its address';
    if (problem === 'point far from its municipality' && twins.findInDataset(place)) {
      tally.drop(place.id, 'repeats another row of the dataset with a wrong address and point');
      return false;
    }
    const twin = twins.find(place);
    if (twin?.lat !== undefined && twin.lon !== undefined) {
      setPoint(place, twin.lat, twin.lon, 'same-facility');
      tally.amend(place.id, `${problem}: moved to the same facility in another dataset`);
      return true;
    }
    if (problem === 'packed seconds that read two ways') return true; // the district's choice stands
    const byAddress: AddressPoint | undefined = locator.locate(place.address, place.datasetId);
    if (byAddress) {
      setPoint(place, byAddress.lat, byAddress.lon, byAddress.precision);
      tally.amend(place.id, `${problem}: placed by its address (${byAddress.precision})`);
      return true;
    }
    if (!misplaced) return true; // no point and none to be had: listed by municipality only
    if (!place.address) {
      tally.drop(place.id, `${problem}, and no address to place it by`);
      return false;
    }
    delete place.lat;
    delete place.lon;
    tally.amend(place.id, `${problem}: point removed, kept by its address`);
    return true;
  });
}

/** Every place whose point needs repair, and why (exported for the data report). */
export function findProblems(places: Place[]): Map<Place, Problem> {
  const problems = new Map<Place, Problem>();
  for (const place of findMisplaced(places)) problems.set(place, 'point far from its municipality');
  const located = places.filter((place) => place.lat !== undefined && !problems.has(place));
  for (const place of findFarFromAddress(located, new AddressLocator(located))) problems.set(place, 'point far from its address');
  for (const place of places) {
    if (problems.has(place)) continue;
    if (place.lat === undefined) problems.set(place, 'no point in the data');
    else if (place.details?.pointSource === 'dms-two-readings') problems.set(place, 'packed seconds that read two ways');
  }
  return problems;
}

function setPoint(place: Place, lat: number, lon: number, source: string): void {
  place.lat = lat;
  place.lon = lon;
  place.details = { ...place.details, pointSource: source };
}

/** The same facility in other datasets: same municipality and name, and the same 丁目 when both have one. */
class TwinFinder {
  private readonly byKey = new Map<string, Place[]>();

  constructor(located: readonly Place[]) {
    for (const place of located) {
      const key = `${place.ward ?? ''}|${facilityKey(place.name.ja)}`;
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), place]);
      const own = `${place.datasetId}|${place.category}|${facilityKey(place.name.ja)}`;
      this.byKey.set(own, [...(this.byKey.get(own) ?? []), place]);
    }
  }

  find(place: Place): Place | undefined {
    const candidates = this.byKey.get(`${place.ward ?? ''}|${facilityKey(place.name.ja)}`) ?? [];
    const own = readAddressKey(place.address);
    return candidates.find((other) => {
      if (other.datasetId === place.datasetId) return false;
      const theirs = readAddressKey(other.address);
      return !own || !theirs || addressKeys(own).area === addressKeys(theirs).area;
    });
  }

  /**
   * A located place of the same dataset, category and name whose point is where this one's is: this row is
   * that one repeated with another's address (東京都 公共施設一覧: a second 石神井公園 at お台場's address).
   */
  findInDataset(place: Place): Place | undefined {
    const candidates = this.byKey.get(`${place.datasetId}|${place.category}|${facilityKey(place.name.ja)}`) ?? [];
    return candidates.find(
      (other) =>
        other !== place &&
        other.name.ja === place.name.ja &&
        place.lat !== undefined &&
        place.lon !== undefined &&
        haversineMeters(place.lat, place.lon, other.lat ?? 0, other.lon ?? 0) <= QUALITY.farFromAddressMeters,
    );
  }
}
