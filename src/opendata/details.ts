import { pick, type ColumnKey, type Row } from './columns.ts';
import { cleanUrl, readNumber } from './normalise.ts';

/**
 * `details` of a place: facts worth saying, keyed by a short English key and written in a language-neutral
 * form where the data allows (flags `yes`/`no`, days `mon,tue`, times `08:30`, dates `2022-06-25`), so the
 * answer can say them in any of the six languages. Free text stays as the publisher wrote it (Japanese).
 */
export type Details = Record<string, string>;

const YES = new Set(['有', '有り', 'あり', '○', '〇', '◯', '1', 'true', 'yes', '可']);
const NO = new Set(['無', '無し', 'なし', '×', '✕', '0', 'false', 'no', '不可', '-']);

/** 有/無, ○/×, 1/0, True/False → `yes`/`no`; anything else is not a flag. */
export function readFlag(value: string | undefined): 'yes' | 'no' | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (YES.has(text)) return 'yes';
  if (NO.has(text)) return 'no';
  return undefined;
}

const DAYS: Record<string, string> = { 月: 'mon', 火: 'tue', 水: 'wed', 木: 'thu', 金: 'fri', 土: 'sat', 日: 'sun', 祝: 'hol' };

/** `月火水木金` (the standard's concatenated kanji) → `mon,tue,wed,thu,fri`. */
export function readDays(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const days = [...value].map((char) => DAYS[char]).filter((day): day is string => day !== undefined);
  return days.length > 0 ? [...new Set(days)].join(',') : undefined;
}

/** `8:30`, `08:30:00`, `0830` → `08:30`. */
export function readTime(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  const [h = '', m = '', s = '00'] = text.includes(':') ? text.split(':') : [text.slice(0, -2), text.slice(-2)];
  if (!/^\d{1,2}$/.test(h) || !/^\d{2}$/.test(m) || !/^\d{2}$/.test(s)) return undefined;
  const hours = Number(h);
  if (hours > 30 || Number(m) > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${m}`;
}

/** `2022-06-25`, `2022/6/25`, `20220625` → `2022-06-25`. */
export function readDate(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4})[-/年.]?(\d{1,2})[-/月.]?(\d{1,2})日?$/.exec(value.trim()) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A count written with separators or stray marks (`1,075`, `12台`); undefined when there is no number. */
export function readCount(value: string | undefined): number | undefined {
  const read = readNumber(value);
  return read.value !== undefined && Number.isInteger(read.value) && read.value >= 0 ? read.value : undefined;
}

type Reader = (row: Row) => string | undefined;

function invert(flag: 'yes' | 'no' | undefined): 'yes' | 'no' | undefined {
  return flag === undefined ? undefined : flag === 'yes' ? 'no' : 'yes';
}

/**
 * The standard's height columns (高度の種別 `階数;階数`, 高度の値 `6;3`: one pair per device) → floors `6F,3F`
 * (`B1F` below ground). Heights of another kind (metres above sea level) are not floors.
 */
export function readFloors(kinds: string | undefined, values: string | undefined): string | undefined {
  if (!kinds || !values) return undefined;
  const kindList = kinds.split(/[;；]/);
  const floors = values.split(/[;；]/).flatMap((value, i) => {
    const kind = kindList[i] ?? kindList[0] ?? '';
    const n = Number(value.trim());
    if (!/階/.test(kind) || !Number.isInteger(n) || n === 0 || Math.abs(n) > 80) return [];
    return [n < 0 ? `B${-n}F` : `${n}F`];
  });
  return floors.length > 0 ? [...new Set(floors)].join(',') : undefined;
}

const text = (key: ColumnKey): Reader => (row) => pick(row, key);
const flag = (key: ColumnKey): Reader => (row) => readFlag(pick(row, key));

/** The details every standard layout can carry, by detail key. A dataset picks the ones it wants. */
export const STANDARD_DETAILS = {
  days: (row) => readDays(pick(row, 'days')),
  opens: (row) => readTime(pick(row, 'openTime')),
  closes: (row) => readTime(pick(row, 'closeTime')),
  hoursNote: text('hoursNote'),
  location: text('location'),
  nickname: text('nickname'),
  description: text('description'),
  descriptionEn: text('descriptionEn'),
  access: text('access'),
  accessibility: text('accessibility'),
  fee: (row) => pick(row, 'feeDetail') ?? pick(row, 'feeBasic'),
  ssid: text('ssid'),
  coverage: text('coverage'),
  installer: text('installer'),
  childPads: flag('childPads'),
  wheelchair: flag('wheelchairToilet'),
  babyFacilities: flag('babyToilet'),
  ostomate: flag('ostomateToilet'),
  multipurposeToilets: (row) => readCount(pick(row, 'multipurposeToilets'))?.toString(),
  startDate: (row) => readDate(pick(row, 'startDate')),
  endDate: (row) => readDate(pick(row, 'endDate')),
  venue: text('venue'),
  propertyClass: text('propertyClass'),
  designatedOn: (row) => readDate(pick(row, 'designatedOn')),
  extension: text('extension'),
  note: text('note'),
  lastChecked: (row) => readDate(pick(row, 'lastChecked')),
  building: text('building'),
  floor: (row) => readFloors(pick(row, 'floorKind'), pick(row, 'floorValue')),
  parking: flag('parkingFlag'),
  parkingNote: text('parkingNote'),
  free: (row) => invert(readFlag(pick(row, 'feeRequired'))),
  conditions: (row) => (readFlag(pick(row, 'conditionsFlag')) === 'no' ? undefined : pick(row, 'conditions')),
  childcare: flag('childcareFlag'),
  childcareNote: text('childcare'),
  toiletsMen: (row) => readCount(pick(row, 'toiletsMen'))?.toString(),
  toiletsWomen: (row) => readCount(pick(row, 'toiletsWomen'))?.toString(),
  toiletsUnisex: (row) => readCount(pick(row, 'toiletsUnisex'))?.toString(),
  capacity: (row) => readCount(pick(row, 'capacity'))?.toString(),
  owner: text('owner'),
} satisfies Record<string, Reader>;

/** Every standard detail, in the order a card shows them: a standard layout keeps each column people ask about. */
export const STANDARD_DETAIL_KEYS = Object.keys(STANDARD_DETAILS) as StandardDetailKey[];

export type StandardDetailKey = keyof typeof STANDARD_DETAILS;

/** The chosen details of a row; undefined when the row has none of them. */
export function readDetails(row: Row, keys: readonly StandardDetailKey[]): Details | undefined {
  const details: Details = {};
  for (const key of keys) {
    const value = STANDARD_DETAILS[key](row);
    if (value !== undefined) details[key] = value;
  }
  return Object.keys(details).length > 0 ? details : undefined;
}

/** A URL column that sometimes holds a page and sometimes prose: only the URL is kept. */
export function readUrl(row: Row): string | undefined {
  return cleanUrl(pick(row, 'url'));
}
