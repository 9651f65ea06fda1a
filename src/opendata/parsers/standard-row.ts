import { isBlankRow, pick, pickRaw, type Row } from '../columns.ts';
import { readDetails, readFlag, readUrl, STANDARD_DETAIL_KEYS, type Details, type StandardDetailKey } from '../details.ts';
import { checkPhone, checkPoint, fullAddress, toKatakana, wardFromAddress, type PointCheck } from '../normalise.ts';
import type { PlaceIds } from '../place-id.ts';
import { codeOfMunicipality, fullLocalGovCode, isMunicipality, municipalityOfCode } from '../tokyo-municipalities.ts';
import type { Category, Place } from '../../core/place.ts';

export interface StandardRowOptions {
  datasetId: string;
  ids: PlaceIds;
  /** The municipality of a one-municipality file, for rows that do not name it. */
  ward?: string;
  /** The details to keep: every standard detail unless a dataset says otherwise. */
  details?: readonly StandardDetailKey[];
}

export type RowResult = { place: Place; fixes: string[]; point: PointCheck } | { rejection: string };

/**
 * One row of any layout whose columns the standard names (推奨データセット, 自治体標準オープンデータセット, and
 * free layouts that reuse the names) → a place. Columns are found by name (columns.ts), never by position.
 * A row whose point is unusable is kept when it has an address: it can still be listed by municipality.
 */
export function readStandardRow(row: Row, category: Category, options: StandardRowOptions): RowResult {
  if (isBlankRow(row)) return { rejection: 'blank row' };
  if (readFlag(pick(row, 'notForReuse')) === 'yes') return { rejection: 'marked 外部利用不可 (not for reuse)' };
  const rawName = pick(row, 'name');
  if (!rawName) return { rejection: 'no name' };
  const fixes: string[] = [];
  const name = fixKatakanaDash(rawName, fixes);
  checkCode(row, fixes);
  const addressFromName = readAddressInName(row, name, fixes);
  const ward = readWard(row, options.ward, addressFromName);
  const address = readAddress(row, ward, addressFromName, fixes);
  const point = checkPoint(pickRaw(row, 'lat'), pickRaw(row, 'lon'));
  fixes.push(...point.fixes);
  const rejection = unusablePoint(point, address, fixes);
  if (rejection) return { rejection };
  const phone = checkPhone(pick(row, 'phone'), ward);
  fixes.push(...phone.fixes);
  const place: Place = {
    id: options.ids.next(pick(row, 'id'), name, address ?? `${point.lat},${point.lon}`),
    category,
    name: { ja: name, en: readEnglishName(row), kana: toKatakana(pick(row, 'nameKana')) },
    address,
    lat: point.lat,
    lon: point.lon,
    phone: phone.phone,
    url: readUrl(row),
    ward,
    wardCode: codeOfMunicipality(ward),
    datasetId: options.datasetId,
    details: readDetails(row, options.details ?? STANDARD_DETAIL_KEYS),
  };
  readLabelledDescription(place, fixes);
  return { place, fixes, point };
}

/** Labels a description gives its facts under (【開館時間】午前9:00~午後4:30 【入館料】100円 【電話】070-…). */
const LABELLED = /【([^】]{1,8})】([^【]*)/g;
const HOURS_LABEL = /^(開館|公開|営業|開園|利用|受付)時間$/;
const FEE_LABEL = /^(入館|入場|見学|入園|利用|観覧)?料(金)?$/;
const PHONE_LABEL = /^(電話|TEL|電話番号|問合せ|問い合わせ)$/i;
/** 午前9:00~午後4:30 → 09:00 and 16:30. */
const TIME_RANGE = /(午前|午後)?\s*(\d{1,2})[:：](\d{2})\s*[~〜～\-－]\s*(午前|午後)?\s*(\d{1,2})[:：](\d{2})/;

/**
 * Facts a row writes only inside its description, each under a label in 【】 (the Hachijō sightseeing list): its
 * hours, fee and phone number are kept as the columns would keep them, when the row has no such column.
 */
function readLabelledDescription(place: Place, fixes: string[]): void {
  const description = place.details?.description;
  if (!description?.includes('【')) return;
  const details: Details = { ...place.details };
  for (const [, label = '', raw = ''] of description.matchAll(LABELLED)) {
    const value = raw.trim();
    if (!value) continue;
    if (HOURS_LABEL.test(label) && !details.hoursNote && !details.opens) {
      details.hoursNote = value;
      const range = TIME_RANGE.exec(value);
      // times only when the note names no day it closes, or says it never does
      if (range && (!/休/.test(value) || /年中無休|無休/.test(value))) {
        details.opens = clock(range[1], range[2], range[3]);
        details.closes = clock(range[4], range[5], range[6]);
      }
      fixes.push('hours read from the description');
    } else if (FEE_LABEL.test(label) && !details.fee) {
      details.fee = value;
      const free = /^無料/.test(value) ? 'yes' : /円/.test(value) ? 'no' : undefined;
      if (!details.free && free) details.free = free;
      fixes.push('fee read from the description');
    } else if (PHONE_LABEL.test(label) && !place.phone) {
      const phone = checkPhone(value, place.ward).phone;
      if (phone) {
        place.phone = phone;
        fixes.push('phone read from the description');
      }
    }
  }
  place.details = details;
}

/** A 12-hour clock time with 午前/午後 as `HH:MM`. */
function clock(half: string | undefined, hour: string | undefined, minute: string | undefined): string {
  const h = Number(hour) % 12 + (half === '午後' ? 12 : half === '午前' ? 0 : Number(hour) >= 12 ? 12 : 0);
  return `${String(h).padStart(2, '0')}:${minute ?? '00'}`;
}

/**
 * An address cell that names no municipality while the name carries a whole address in brackets is a
 * spreadsheet formula cut at the wrong place (`観光案内標識No.1（港区麻布十番1-4）` → `東京都o.1（港区麻布十番1-4`):
 * the name's address is the right one.
 */
function readAddressInName(row: Row, name: string, fixes: string[]): string | undefined {
  const address = pick(row, 'address');
  if (!address || wardFromAddress(address)) return undefined;
  const inName = /[（(]([^（()）]+)[)）]/.exec(name)?.[1];
  if (!inName || !wardFromAddress(inName)) return undefined;
  fixes.push('garbled address replaced by the address in the name');
  return inName;
}

/** The municipality: the one the address names, else the row's code or name column, else the file's. */
function readWard(row: Row, fileWard: string | undefined, addressFromName: string | undefined): string | undefined {
  const code = pick(row, 'code');
  const named = pick(row, 'ward')?.replace(/^東京都/, '');
  const claimed = municipalityOfCode(code) ?? (isMunicipality(named) ? named : undefined) ?? fileWard;
  return wardFromAddress(addressFromName ?? pick(row, 'address')) ?? claimed;
}

/** The 5-digit form of the municipality code (`13108`) is the code without its check digit. */
function checkCode(row: Row, fixes: string[]): void {
  const code = pick(row, 'code');
  if (code && /^\d{5}$/.test(code) && municipalityOfCode(code)) fixes.push(`5-digit municipality code (check digit added: ${fullLocalGovCode(code)})`);
}

function readAddress(row: Row, ward: string | undefined, addressFromName: string | undefined, fixes: string[]): string | undefined {
  let address = addressFromName ?? pick(row, 'address');
  if (address && /\d\?\d/.test(address)) {
    address = address.replace(/(\d)\?(\d)/g, '$1-$2');
    fixes.push('"?" for a dash in the address (lost in a character-set conversion)');
  }
  const building = pick(row, 'building');
  const full = fullAddress(address?.replace(/^(東京都\S*?島) /, '$1'), ward);
  return full && building && !full.includes(building) ? `${full} ${building}` : full;
}

/**
 * A row whose point is unusable is kept by its address (it can still be listed by municipality, and the
 * corpus may place it later); one with neither is rejected: returns the rejection, else undefined.
 */
export function unusablePoint(point: PointCheck, address: string | undefined, fixes: string[]): string | undefined {
  if (!point.rejection) return undefined;
  if (!address) return point.rejection;
  fixes.push(`${point.rejection}: kept by its address, without a point`);
  return undefined;
}

/** `Public_toilet_at_Mannen-Bridge_KotoCity` → `Public toilet at Mannen-Bridge KotoCity`. */
function readEnglishName(row: Row): string | undefined {
  return pick(row, 'nameEn')?.replace(/_/g, ' ');
}

/** A minus sign typed for the long-vowel mark between katakana (`ニュ－タウン` → `ニュータウン`). */
export function fixKatakanaDash(name: string, fixes: string[]): string {
  const fixed = name.replace(/(?<=[\u30a1-\u30fa])[-−－‐](?=[\u30a1-\u30fa])/g, 'ー');
  if (fixed !== name) fixes.push('minus sign for the long-vowel mark ー in the name');
  return fixed;
}

/** Merges extra details into a place's details. */
export function addDetails(place: Place, extra: Details): void {
  const entries = Object.entries(extra).filter(([, value]) => value !== '');
  if (entries.length > 0) place.details = { ...place.details, ...Object.fromEntries(entries) };
}
