import { QUALITY } from '../../config/tunables.ts';
import { GeoIndex } from '../../geo/geo.ts';
import { MUNICIPALITY_NAMES } from '../tokyo-municipalities.ts';
import type { Place } from '../../core/place.ts';

type Located = Place & { lat: number; lon: number };

/** How far (metres) the neighbours of a point are looked for. */
const SEARCH_METERS = 30_000;

/**
 * Points that are not in the municipality their record names. The municipality's extent is learnt from the
 * corpus itself, from records of other datasets only, so one publisher's systematic error cannot vouch for
 * itself. A point is misplaced when
 * - none of its QUALITY.neighbours nearest records of other datasets lies in its municipality (or in any
 *   municipality its address names: `東京都北区浮間、板橋区舟渡` spans two), and
 * - the nearest record that does is further than QUALITY.farFromMunicipalityMeters and further than
 *   QUALITY.farFromMunicipalityRatio times the distance to those neighbours: in the mountains records are
 *   kilometres apart, so the distance that counts as far grows with the spacing of the records around.
 * Places near a border have a record of their own municipality close by, so they pass.
 */
export function findMisplaced(places: readonly Place[]): Set<Place> {
  const check = new MunicipalityCheck(places);
  return new Set(places.filter((place): place is Located => place.lat !== undefined && place.lon !== undefined && place.ward !== undefined && check.isMisplaced(place)));
}

/**
 * The test of findMisplaced against a fixed set of reference records: a refresh checks a new file's points
 * against the running corpus before the file may replace the last good one (discovery/check-discovered-file.ts).
 * The place's own dataset is never its own reference.
 */
export class MunicipalityCheck {
  private readonly index: GeoIndex<Located>;

  constructor(reference: readonly Place[]) {
    this.index = new GeoIndex(reference.filter((place): place is Located => place.lat !== undefined && place.lon !== undefined && place.ward !== undefined));
  }

  /** Whether the place's point is not in the municipality its record names (false for a place without a point). */
  isMisplaced(place: Place): boolean {
    if (place.lat === undefined || place.lon === undefined || place.ward === undefined) return false;
    const point = { lat: place.lat, lon: place.lon };
    const wards = wardsNamedBy(place);
    const others = (other: Located) => other.datasetId !== place.datasetId;
    const neighbours = this.index.nearest(point, QUALITY.neighbours, SEARCH_METERS, others);
    const farthest = neighbours.at(-1);
    if (!farthest || neighbours.some(({ item }) => wards.has(item.ward ?? ''))) return false;
    const far = Math.max(QUALITY.farFromMunicipalityMeters, QUALITY.farFromMunicipalityRatio * farthest.meters);
    return this.index.nearest(point, 1, far, (other) => others(other) && wards.has(other.ward ?? '')).length === 0;
  }
}

/** The place's municipality and every other one its address names. */
function wardsNamedBy(place: Place): Set<string> {
  const wards = new Set([place.ward ?? '']);
  const address = place.address?.replace(/^東京都/, '') ?? '';
  for (const name of MUNICIPALITY_NAMES) if (address.includes(name)) wards.add(name);
  return wards;
}
