import { parseCsv } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import { checkPoint, cleanText, cleanUrl } from '../normalise.ts';
import type { RowTally } from '../tally.ts';
import type { Place } from '../../core/place.ts';

/** The 62 municipalities of Tokyo (localgovjp, CC0): city-hall point, official site, kana reading. */
export function parseLocalGovJp(datasetId: string, file: SourceFile, tally: RowTally): Place[] {
  const places: Place[] = [];
  for (const row of parseCsv(file.text)) {
    if (row['pid'] !== '13') continue; // other prefectures are not ours: not counted as rows
    tally.seen();
    const city = cleanText(row['city']);
    const code = cleanText(row['lgcode']);
    if (!city || !code) {
      tally.reject('no name or code');
      continue;
    }
    const point = checkPoint(row['lat'], row['lng']);
    if (point.rejection) {
      tally.reject(point.rejection);
      continue;
    }
    const office = /[町村]$/.test(city) ? '役場' : '役所';
    places.push({
      id: `${datasetId}:${code}`,
      category: 'municipal_office',
      // the publisher's hiragana reading is kept: retrieval strips く/し/まち from it to match bare names
      name: { ja: `${city}${office}`, kana: cleanText(row['citykana']) },
      lat: point.lat,
      lon: point.lon,
      url: cleanUrl(row['url']),
      ward: city,
      wardCode: code,
      datasetId,
    });
    tally.keep(point.fixes, `${datasetId}:${code}`);
  }
  return places;
}

interface BichikuCity {
  name?: { ja?: string; en?: string };
  tsunami?: string;
  kozui?: string;
  dosya?: string;
  hanran?: string;
  takashio?: string;
  kazan?: string;
}

const HAZARD_KEYS = ['tsunami', 'kozui', 'dosya', 'hanran', 'takashio', 'kazan'] as const;

/** English names and hazard-map links per municipality (東京備蓄ナビ, MIT), keyed by the Japanese name. */
export function readBichikuNavi(file: SourceFile): Map<string, { en?: string; hazardMaps: Record<string, string> }> {
  const cities = JSON.parse(file.text) as BichikuCity[];
  const byName = new Map<string, { en?: string; hazardMaps: Record<string, string> }>();
  for (const city of cities) {
    // 西多摩郡's towns are written with the county: 奥多摩町（西多摩郡）.
    const ja = cleanText(city.name?.ja)?.replace(/[（(][^)）]*[)）]$/, '');
    if (!ja) continue;
    const hazardMaps: Record<string, string> = {};
    for (const key of HAZARD_KEYS) {
      const url = cleanUrl(city[key]);
      if (url) hazardMaps[key] = url;
    }
    byName.set(ja, { en: cleanText(city.name?.en), hazardMaps });
  }
  return byName;
}
