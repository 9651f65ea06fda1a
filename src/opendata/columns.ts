import { cleanText } from './normalise.ts';

/** A CSV row keyed by its header (column names trimmed). */
export type Row = Record<string, string | undefined>;

/**
 * Column names that mean the same thing across the layouts Tokyo publishes: the old 推奨データセット, the current
 * 自治体標準オープンデータセット (which writes the English name as `名称_英字` or `名称_英語`) and free layouts.
 * The first non-empty column wins, so the more specific name comes first.
 */
export const COLUMNS = {
  code: ['全国地方公共団体コード', '都道府県コード又は市区町村コード', '地方公共団体コード', '市区町村コード'],
  id: ['ID'],
  name: ['名称', 'イベント名', '施設名', '施設・場所名', '観光スポット名称', '避難所_名称', '避難場所_名称'],
  nameKana: ['名称_カナ', 'イベント名_カナ', '名称（カナ）', '名称(カナ)'],
  nameEn: ['名称_英字', '名称_英語', 'イベント名_英語', '施設名(英語)', '名称（英語）'],
  nickname: ['名称_通称'],
  address: ['所在地_連結表記', '住所', '所在地', '市区町村・番地'],
  building: ['建物名等(方書)', '方書'],
  ward: ['所在地_市区町村', '市区町村名', '指定区市町村名', '地方公共団体名'],
  lat: ['緯度'],
  lon: ['経度'],
  phone: ['電話番号', '連絡先電話番号'],
  extension: ['内線番号', '連絡先内線番号'],
  url: ['URL', '八丈町ホームページ記載'],
  poiCode: ['POIコード'],
  days: ['利用可能曜日'],
  openTime: ['開始時間', '利用開始時間'],
  closeTime: ['終了時間', '利用終了時間'],
  hoursNote: ['利用可能日時特記事項', '利用可能時間特記事項'],
  location: ['設置位置'],
  floorKind: ['高度の種別'],
  floorValue: ['高度の値'],
  description: ['説明', '説明(日本語)', '説明（日本語）'],
  descriptionEn: ['説明_英語', '説明(英語)', '説明（英語）'],
  capacity: ['収容人数', '許容人数', '想定収容人数', '収容可能人数'],
  owner: ['所有者等', '所有者'],
  access: ['アクセス方法'],
  accessibility: ['バリアフリー情報'],
  feeBasic: ['料金（基本）', '料金(基本)'],
  feeDetail: ['料金（詳細）', '料金(詳細)'],
  ssid: ['SSID'],
  coverage: ['提供エリア'],
  installer: ['設置者'],
  childPads: ['小児対応設備の有無'],
  wheelchairToilet: ['車椅子使用者用トイレ有無'],
  babyToilet: ['乳幼児用設備設置トイレ有無'],
  ostomateToilet: ['オストメイト設置トイレ有無'],
  multipurposeToilets: ['多機能トイレ数'],
  startDate: ['開始日'],
  endDate: ['終了日'],
  venue: ['場所名称'],
  propertyClass: ['文化財分類'],
  designatedOn: ['文化財指定日'],
  postcode: ['郵便番号'],
  lastChecked: ['最終確認日'],
  parkingFlag: ['駐車場_有無', '駐車場有無'],
  parkingNote: ['駐車場情報'],
  feeRequired: ['料金_要否', '料金要否'],
  conditionsFlag: ['利用条件_有無'],
  conditions: ['利用条件_詳細', '利用条件'],
  childcareFlag: ['託児所_有無'],
  childcare: ['託児所_詳細'],
  toiletsMen: ['男性トイレ総数'],
  toiletsWomen: ['女性トイレ総数'],
  toiletsUnisex: ['男女共用トイレ総数'],
  note: ['備考'],
  notForReuse: ['外部利用不可'],
} as const satisfies Record<string, readonly string[]>;

export type ColumnKey = keyof typeof COLUMNS;

/** The first non-empty value among a column's aliases, cleaned (NFKC, spaces folded). */
export function pick(row: Row, key: ColumnKey): string | undefined {
  for (const column of COLUMNS[key]) {
    const value = cleanText(row[column]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The raw value among a column's aliases (uncleaned), for values whose exact text matters (coordinates). */
export function pickRaw(row: Row, key: ColumnKey): string | undefined {
  for (const column of COLUMNS[key]) {
    const value = row[column];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

/** Whether every cell of the row is empty (a line of commas). */
export function isBlankRow(row: Row): boolean {
  return Object.values(row).every((value) => value === undefined || value.trim() === '');
}
