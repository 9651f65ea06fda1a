import { parseCsv } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import { cleanText } from '../normalise.ts';
import { PlaceIds } from '../place-id.ts';
import { haversineMeters } from '../../geo/geo.ts';
import { median } from '../quality/median.ts';
import type { RowTally } from '../tally.ts';
import type { Category, Place } from '../../core/place.ts';
import { addDetails, readStandardRow } from './standard-row.ts';

const CATEGORY: Record<string, Category> = {
  避難所: 'shelter',
  広域避難場所: 'evacuation_site',
  一時集合場所: 'assembly_point',
};

interface Read {
  place: Place;
  fixes: string[];
  alternatives?: Array<{ lat: number; lon: number }>;
}

/**
 * 品川区 避難所・広域避難場所 (hinanjo.csv) and 一時集合場所 (ittokishugobasho.csv), 27 shared columns with
 * English names (施設名(英語)). The 一時集合場所 file packs degrees-minutes-seconds into decimals (PROVENANCE §3),
 * and a third of its points have a single seconds digit that reads two ways (35.372: 37′2″ or 37′20″, up to
 * 550 m apart): the reading nearest the other points of the same district (対象地区) is kept, and the place is
 * marked `pointSource: dms-two-readings` so a same-facility record can replace it later (repair-points.ts).
 */
export function parseShinagawaEvacuation(datasetId: string, file: SourceFile, tally: RowTally): Place[] {
  const ids = new PlaceIds(datasetId);
  const read: Read[] = [];
  for (const row of parseCsv(file.text, ['施設名'])) {
    tally.seen();
    const category = CATEGORY[cleanText(row['カテゴリ']) ?? ''];
    if (!category) {
      tally.reject(cleanText(row['施設名']) ? 'unknown category' : 'blank row');
      continue;
    }
    const result = readStandardRow(row, category, { datasetId, ids, ward: '品川区' });
    if ('rejection' in result) {
      tally.reject(result.rejection);
      continue;
    }
    // 一時集合場所 rows name the neighbourhood associations in 説明(日本語); 避難所 rows in 対象に対する記述.
    const associations = cleanText(row['対象に対する記述']) ?? (category === 'assembly_point' ? cleanText(row['説明(日本語)']) : undefined);
    addDetails(result.place, { district: cleanText(row['対象地区']) ?? '', associations: associations ?? '' });
    // the ward's own designation, which people ask by name (品川区の広域避難場所); three of its sites lie in
    // the next wards (自然教育園 in 港区) and are still Shinagawa's
    if (category === 'evacuation_site') addDetails(result.place, { designation: '広域避難場所', designatedBy: '品川区' });
    read.push({ place: result.place, fixes: result.fixes, alternatives: result.point.alternatives });
  }
  resolveTwoReadings(read);
  for (const { place, fixes } of read) tally.keep(fixes, place.id);
  return read.map(({ place }) => place);
}

/** Picks, for each point that reads two ways, the reading nearest the median of its district's certain points. */
function resolveTwoReadings(read: Read[]): void {
  const certain = new Map<string, Array<{ lat: number; lon: number }>>();
  for (const { place, alternatives } of read) {
    if (alternatives || place.lat === undefined || place.lon === undefined) continue;
    const district = place.details?.district ?? '';
    certain.set(district, [...(certain.get(district) ?? []), { lat: place.lat, lon: place.lon }]);
  }
  for (const entry of read) {
    const { place, alternatives } = entry;
    if (!alternatives || place.lat === undefined || place.lon === undefined) continue;
    const points = certain.get(place.details?.district ?? '') ?? [];
    const centre = { lat: median(points.map((point) => point.lat)), lon: median(points.map((point) => point.lon)) };
    const readings = [{ lat: place.lat, lon: place.lon }, ...alternatives];
    const distance = (point: { lat: number; lon: number }) => (points.length > 0 ? haversineMeters(point.lat, point.lon, centre.lat, centre.lon) : 0);
    const best = readings.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    place.lat = best.lat;
    place.lon = best.lon;
    addDetails(place, { pointSource: 'dms-two-readings' });
    entry.fixes.push('packed seconds that read two ways: chose the reading nearest its district');
  }
}
