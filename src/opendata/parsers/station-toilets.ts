import { parseCsv } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import { readFlag, type Details } from '../details.ts';
import { checkPoint, cleanText, fullAddress, wardFromAddress } from '../normalise.ts';
import { samePoint } from '../quality/drop-duplicates.ts';
import type { RowTally } from '../tally.ts';
import { codeOfMunicipality } from '../tokyo-municipalities.ts';
import type { Place } from '../../core/place.ts';
import { canonicalLineNumbers, canonicalStationNames, fixLineNumbers } from './station-names.ts';
import { unusablePoint } from './standard-row.ts';

/** ○/× columns of the file → detail keys. */
const FEATURES: Record<string, string> = {
  '車椅子が出入りできる（出入口の有効幅員80cm以上）': 'wheelchair',
  '車椅子が転回できる（直径150cm以上の円が内接できる）': 'wheelchairTurning',
  オストメイト用設備がある: 'ostomate',
  オストメイト用設備が温水対応している: 'ostomateWarmWater',
  大型ベッドを備えている: 'largeBed',
  乳幼児用おむつ交換台等を備えている: 'diaperTable',
  乳幼児用椅子を備えている: 'babyChair',
  便座に背もたれがある: 'backrest',
  便座に手すりがある: 'handrail',
  非常用呼び出しボタンを設置している: 'emergencyButton',
  トイレへの誘導路として点字ブロックを敷設している: 'brailleBlocks',
  トイレの位置等を音声で案内している: 'voiceGuide',
};

const SEX: Record<string, string> = { 共用: 'all', 男性用: 'men', 女性用: 'women' };
const DAYS: Record<string, string> = { 月曜日: 'mon', 火曜日: 'tue', 水曜日: 'wed', 木曜日: 'thu', 金曜日: 'fri', 土曜日: 'sat', 日曜日: 'sun', 祝日: 'hol' };

/**
 * 東京都福祉局 車椅子使用者対応トイレ (railway stations): one row per toilet, longitude before latitude, ○/× flags,
 * and rows the publisher deleted (only `データの削除年月` left). Station names are made consistent
 * (station-names.ts); toilets with the same name and features within QUALITY.duplicateMeters of each other
 * in one station become one place with `count` (2, 3…), so an answer does not list the same spot twice.
 */
export function parseStationToilets(datasetId: string, file: SourceFile, tally: RowTally): Place[] {
  const rows = parseCsv(file.text, ['鉄道駅名']);
  const stationNames = canonicalStationNames(rows.map((row) => cleanText(row['鉄道駅名']) ?? ''));
  const lineNumbers = canonicalLineNumbers(rows.map((row) => cleanText(row['路線名']) ?? ''));
  const places: Place[] = [];
  const bySpot = new Map<string, Place[]>();
  for (const row of rows) {
    tally.seen();
    const deleted = cleanText(row['データの削除年月']);
    if (deleted) {
      tally.reject('deleted by the publisher (データの削除年月)');
      continue;
    }
    const rawStation = cleanText(row['鉄道駅名']);
    const operator = cleanText(row['鉄道会社名']);
    if (!rawStation || !operator) {
      tally.reject(Object.values(row).every((cell) => cell.trim() === '') ? 'blank row' : 'no station or operator');
      continue;
    }
    const fixes: string[] = [];
    const name = stationNames.get(rawStation) ?? { station: rawStation, fixes: [] };
    fixes.push(...name.fixes);
    const line = fixLineNumbers(cleanText(row['路線名']) ?? '', lineNumbers, fixes);
    const point = checkPoint(row['緯度'], row['経度']); // the file's order is 経度, 緯度: read by name
    fixes.push(...point.fixes);
    const rawAddress = cleanText(row['市区町村・番地']);
    const ward = wardFromAddress(rawAddress);
    const address = fullAddress(rawAddress, ward);
    const rejection = unusablePoint(point, address, fixes);
    if (rejection) {
      tally.reject(rejection);
      continue;
    }
    const toiletName = cleanText(row['トイレ名']) ?? 'トイレ';
    const details = readToiletDetails(row, name.station, name.part, operator, line);
    const spot = JSON.stringify([operator, name.station, toiletName, details]);
    const twin = bySpot.get(spot)?.find((other) => samePoint(other, point));
    if (twin?.details) {
      twin.details.count = String(Number(twin.details.count ?? '1') + 1);
      tally.reject('another toilet with the same features at the same spot of the station (counted in the first)');
      continue;
    }
    const place: Place = {
      id: `${datasetId}:${[row['管理者種別番号'], row['鉄道駅通し番号'], row['鉄道駅内トイレ通し番号']].map((cell) => cell?.trim()).join('-')}`,
      category: 'toilet',
      name: { ja: `${operator} ${name.station}駅${name.part ? `（${name.part}）` : ''} ${toiletName}` },
      address,
      lat: point.lat,
      lon: point.lon,
      ward,
      wardCode: codeOfMunicipality(ward),
      datasetId,
      details,
    };
    bySpot.set(spot, [...(bySpot.get(spot) ?? []), place]);
    places.push(place);
    tally.keep(fixes, place.id);
  }
  return places;
}

function readToiletDetails(row: Record<string, string>, station: string, part: string | undefined, operator: string, line: string): Details {
  const details: Details = { station, operator };
  if (part) details.stationPart = part;
  if (line) details.line = line;
  const floor = cleanText(row['設置フロア']);
  if (floor) details.floor = floor;
  const building = cleanText(row['ビル建物名']);
  if (building) details.building = building;
  const sex = SEX[cleanText(row['性別の分け']) ?? ''];
  if (sex) details.forWhom = sex;
  const door = cleanText(row['戸の形式'])?.replace(/^[A-Z]\./, '');
  if (door) details.door = door;
  for (const [column, key] of Object.entries(FEATURES)) {
    const flag = readFlag(cleanText(row[column]));
    if (flag) details[key] = flag;
  }
  const hours = Object.entries(DAYS)
    .map(([column, day]) => [day, readOpening(cleanText(row[column]))] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  if (hours.length > 0 && hours.every(([, value]) => value === hours[0]?.[1])) details.hours = hours[0]?.[1] ?? '';
  else if (hours.length > 0) details.hours = hours.map(([day, value]) => `${day} ${value}`).join(', ');
  const note = [cleanText(row['その他']), cleanText(row['備考'])].filter(Boolean).join(' / ');
  if (note) details.note = note;
  const changed = cleanText(row['データの変更年月']) ?? cleanText(row['データの作成年月']);
  if (changed) details.lastChecked = changed;
  return details;
}

/** `始発_終車` → `first-train–last-train`, `0000_2400` → `00:00–24:00`. */
function readOpening(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const ends = cell.split('_').map((end) => {
    if (end === '始発') return 'first-train';
    if (end === '終車') return 'last-train';
    return /^\d{4}$/.test(end) ? `${end.slice(0, 2)}:${end.slice(2)}` : end;
  });
  return ends.join('–');
}
