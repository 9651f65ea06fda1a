import { COLUMNS } from '../columns.ts';
import { parseCsv } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import { readFlag, type Details } from '../details.ts';
import { cleanText } from '../normalise.ts';
import { PlaceIds } from '../place-id.ts';
import type { RowTally } from '../tally.ts';
import type { Category, Place } from '../../core/place.ts';
import { addDetails, readStandardRow } from './standard-row.ts';

/** Accessibility and hazard columns of the 2022+ version (CKAN_NOTES §5, reported), matched by a word in the name. */
const FLAG_COLUMNS: Array<[RegExp, string]> = [
  [/エレベーター|１階|1階/, 'elevatorOrGroundFloor'],
  [/スロープ/, 'slope'],
  [/点字ブロック/, 'brailleBlocks'],
  [/車椅子/, 'wheelchairToilet'],
  [/洪水/, 'flood'],
  [/崖崩れ|土石流|地滑り/, 'landslide'],
  [/高潮/, 'storm_surge'],
  [/地震/, 'earthquake'],
  [/津波/, 'tsunami'],
  [/大規模な火事/, 'large_fire'],
  [/内水氾濫/, 'inland_flood'],
  [/火山/, 'volcano'],
];
/** What Tokyo's wide-area 避難場所 are designated for (震災対策条例 §50): earthquakes and the fires that follow. */
const WIDE_AREA_HAZARDS = ['earthquake', 'large_fire'];
const HAZARD_KEYS = new Set(['flood', 'landslide', 'storm_surge', 'earthquake', 'tsunami', 'large_fire', 'inland_flood', 'volcano']);

/**
 * 東京都防災マップ 避難所・避難場所一覧 (t000003d0000000093): `<避難所|避難場所>_名称, 地方公共団体コード,
 * 都道府県, 指定区市町村名, 住所, 緯度, 経度` (and, from 2022, accessibility and hazard columns). Wide-area
 * 避難場所 designated by 東京都 carry code 130001 and no municipality: it is read from the address.
 */
export function parseTmgBousaiMap(datasetId: string, file: SourceFile, tally: RowTally): Place[] {
  const rows = parseCsv(file.text, COLUMNS.name);
  const columns = Object.keys(rows[0] ?? {});
  const category: Category = columns.includes('避難所_名称') ? 'shelter' : 'evacuation_site';
  const flagColumns = columns.flatMap((column) => {
    const match = FLAG_COLUMNS.find(([pattern]) => pattern.test(column));
    return match ? [[column, match[1]] as const] : [];
  });
  const ids = new PlaceIds(`${datasetId}:${category}`);
  const places: Place[] = [];
  for (const row of rows) {
    tally.seen();
    const result = readStandardRow(row, category, { datasetId, ids, details: [] });
    if ('rejection' in result) {
      tally.reject(result.rejection);
      continue;
    }
    const details: Details = {};
    const hazards: string[] = [];
    for (const [column, key] of flagColumns) {
      const flag = readFlag(cleanText(row[column]));
      if (flag && HAZARD_KEYS.has(key)) {
        if (flag === 'yes') hazards.push(key);
      } else if (flag) details[key] = flag;
    }
    // a 避難場所 of this map without hazard columns is one designated under 東京都震災対策条例: for the large fires
    // after an earthquake (the map's own definition), which is what it is named for
    if (hazards.length === 0 && category === 'evacuation_site' && flagColumns.every(([, key]) => !HAZARD_KEYS.has(key))) hazards.push(...WIDE_AREA_HAZARDS);
    if (hazards.length > 0) details.hazards = hazards.join(',');
    addDetails(result.place, details);
    places.push(result.place);
    tally.keep(result.fixes, result.place.id);
  }
  return places;
}
