import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

const DATA = path.resolve(import.meta.dirname, '../../../data/opendata');

/** What a publisher got wrong in a file (CKAN_NOTES §5, PROVENANCE "Defects"), as the double applies it. */
export type FileDefect =
  | 'cp932'
  | 'bom'
  | 'reordered'
  | 'renamed'
  | 'empty-coordinates'
  | 'swapped-coordinates'
  | 'duplicates'
  | 'outside'
  | 'not-standard'
  | 'mostly-unusable'
  | 'five-digit-code'
  | 'current-layout';

export interface FileRequest {
  /** The standard type's id (discovery/standard-types.ts) and the municipality. */
  typeId: string;
  wardCode: string;
  ward: string;
  /** Where the rows are scattered: the municipality's office (localgovjp), or elsewhere for `outside`. */
  centre: { lat: number; lon: number };
  rows: number;
  defects: readonly FileDefect[];
  /** Seed of the scatter and the names (the same request gives the same bytes). */
  seed: number;
  /** Events are dated around this day. */
  today: string;
}

/** The 推奨データセット template of each type (data/opendata/spec/, PROVENANCE §16), by file suffix. */
const TEMPLATE_OF: Record<string, string> = {
  aed: 'aed',
  public_toilet: 'public_toilet',
  public_wireless_lan: 'public_wireless_lan',
  evacuation_space: 'evacuation_space',
  public_facility: 'public_facility',
  cultural_property: 'cultural_property',
  tourism: 'tourism',
  event: 'event',
  preschool: 'preschool',
};

/** The columns of a type: the spec's template; 指定避難所 (no template) as 指定緊急避難場所 without the hazards. */
export function standardColumns(typeId: string, current = false): string[] {
  if (current && typeId === 'aed') return headerOf(path.join(DATA, 'aed/koto_131083_aed.csv')); // 自治体標準, 39 columns
  if (typeId === 'evacuation_shelter') {
    return standardColumns('evacuation_space')
      .filter((name) => !name.startsWith('災害種別_'))
      .map((name) => (name === '指定避難所との重複' ? '指定緊急避難場所との重複' : name));
  }
  const template = TEMPLATE_OF[typeId];
  if (!template) throw new Error(`no column specification for ${typeId}`);
  return headerOf(path.join(DATA, `spec/suisyou_dataset_templates_2021/xxxxxx_${template}.csv`));
}

function headerOf(file: string): string[] {
  const first = readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '';
  return first.split(',').map((name) => name.replace(/^"|"$/g, '').trim());
}

/** What each type's rows are called (`<ward><noun><n>`), so that names read like the real lists. */
const NOUNS: Record<string, string> = {
  aed: '区民センター',
  public_toilet: '公園公衆便所',
  public_wireless_lan: '駅前Wi-Fiスポット',
  evacuation_space: '運動公園',
  evacuation_shelter: '小学校',
  public_facility: '図書館',
  cultural_property: '旧家住宅',
  tourism: '庭園',
  event: '区民まつり',
  preschool: '保育園',
};

/** Renamed columns as municipal files write them (standard-header.ts must read them by their standard name). */
const RENAMES: Record<string, string> = {
  名称: '施設名称',
  緯度: '緯度（世界測地系）',
  経度: '経度（世界測地系）',
  住所: '所在地住所',
  名称_カナ: 'ふりがな',
  電話番号: 'ＴＥＬ',
  備考: '【備考】',
};

/** A file of the type for the municipality, with the defects asked for, as the publisher would serve it. */
export function standardFile(request: FileRequest): Uint8Array {
  const has = (defect: FileDefect) => request.defects.includes(defect);
  if (has('not-standard')) return encode('年度,設置数,前年比\r\n令和5年度,120,+3\r\n令和6年度,124,+4\r\n', request.defects);
  let columns = standardColumns(request.typeId, has('current-layout'));
  const random = seeded(request.seed);
  let rows = Array.from({ length: request.rows }, (_, i) => rowOf(columns, request, i + 1, random));
  if (has('duplicates')) rows = rows.flatMap((row, i) => (i % 5 === 0 ? [row, { ...row }] : [row]));
  if (has('reordered')) columns = [...columns].reverse();
  const header = has('renamed') ? columns.map((name) => RENAMES[name] ?? name) : columns;
  const lines = [header, ...rows.map((row) => columns.map((name) => row[name] ?? ''))].map((cells) => cells.map(quote).join(','));
  return encode(`${lines.join('\r\n')}\r\n`, request.defects);
}

function rowOf(columns: readonly string[], request: FileRequest, n: number, random: () => number): Record<string, string> {
  const has = (defect: FileDefect) => request.defects.includes(defect);
  // within ~400 m of the centre: well inside the municipality for a ward office
  const lat = request.centre.lat + (random() - 0.5) * 0.007;
  const lon = request.centre.lon + (random() - 0.5) * 0.008;
  const unusable = has('mostly-unusable') && n % 2 === 0;
  const name = unusable ? '' : `${request.ward}${NOUNS[request.typeId] ?? '施設'}${n}`;
  const values: Record<string, string> = {
    都道府県コード又は市区町村コード: has('five-digit-code') ? request.wardCode.slice(0, 5) : request.wardCode,
    全国地方公共団体コード: request.wardCode,
    市区町村コード: request.wardCode,
    NO: String(n),
    ID: `${request.wardCode}${String(n).padStart(6, '0')}`,
    都道府県名: '東京都',
    市区町村名: request.ward,
    地方公共団体名: `東京都${request.ward}`,
    名称: name,
    イベント名: name,
    名称_カナ: 'テストシセツ',
    名称_英語: `Test facility ${n}`,
    名称_英字: `Test facility ${n}`,
    住所: unusable ? '' : `東京都${request.ward}試験町${n}番`,
    所在地_連結表記: unusable ? '' : `東京都${request.ward}試験町${n}番`,
    緯度: unusable || (has('empty-coordinates') && n % 3 === 0) ? '' : (has('swapped-coordinates') ? lon : lat).toFixed(6),
    経度: unusable || (has('empty-coordinates') && n % 3 === 0) ? '' : (has('swapped-coordinates') ? lat : lon).toFixed(6),
    電話番号: `03-3${String(1000 + n).slice(-3)}-${String(1000 + n)}`,
    設置位置: '1階入口',
    利用可能曜日: '月火水木金',
    開始時間: '09:00',
    終了時間: '17:00',
    POIコード: ['1512a', '1003a', '0802a', ''][n % 4] ?? '',
    種別: n % 4 === 0 ? '児童館' : '認可保育所',
    SSID: 'Tokyo_Free_Wi-Fi',
    開始日: request.today,
    終了日: request.today,
    場所名称: `${request.ward}区民広場`,
    想定収容人数: String(100 + n),
    災害種別_地震: '1',
    備考: '',
  };
  return Object.fromEntries(columns.map((column) => [column, values[column] ?? '']));
}

function encode(text: string, defects: readonly FileDefect[]): Uint8Array {
  if (defects.includes('cp932')) return iconv.encode(text, 'cp932');
  return Buffer.from(defects.includes('bom') ? `\ufeff${text}` : text, 'utf8');
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** mulberry32: the same seed, the same file. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The municipality offices' points (localgovjp, data/opendata/municipalities): the double's centres. */
export function officePoints(): Map<string, { lat: number; lon: number }> {
  const text = readFileSync(path.join(DATA, 'municipalities/localgovjp-utf8.csv'), 'utf8').replace(/^\ufeff/, '');
  const points = new Map<string, { lat: number; lon: number }>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const cells = line.split(',');
    const code = cells[9];
    if (cells[0] === '13' && code) points.set(code, { lat: Number(cells[5]), lon: Number(cells[6]) });
  }
  return points;
}
