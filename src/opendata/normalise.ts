/** Small, pure clean-ups shared by every dataset parser. */
import { MUNICIPALITY_NAMES } from './tokyo-municipalities.ts';

/** NFKC, trimmed, inner runs of white space folded; undefined when nothing is left. */
export function cleanText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).normalize('NFKC').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** A reading in katakana, whatever the data wrote (`ちよだく` → `チヨダク`; half-width kana are folded by NFKC). */
export function toKatakana(reading: string | undefined): string | undefined {
  return reading?.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

/** Boxes that hold every part of Tokyo: the mainland, the Izu islands and the Ogasawara islands. */
const TOKYO_BOXES: ReadonlyArray<readonly [number, number, number, number]> = [
  [35.48, 35.9, 138.94, 139.93],
  [32.4, 34.8, 139.1, 140.0],
  [24.0, 27.8, 141.0, 142.4],
];

export function isInTokyo(lat: number, lon: number): boolean {
  return TOKYO_BOXES.some(([s, n, w, e]) => lat >= s && lat <= n && lon >= w && lon <= e);
}

/** Reads a decimal degree; tolerates full-width digits and stray spaces. */
export function parseDegree(value: unknown): number | undefined {
  return readNumber(value).value;
}

/**
 * Reads a number written by hand: full-width digits, thousands separators and stray characters around it
 * (`35.7300684,`, `1,075`, `約300`). `stray` says whether anything other than the number and its separators was
 * dropped, so the caller can count the repair.
 */
export function readNumber(value: unknown): { value?: number; stray: boolean } {
  const text = cleanText(value);
  if (!text) return { stray: false };
  const kept = text.replace(/[^0-9.+-]/g, '');
  const number = Number(kept);
  if (!Number.isFinite(number) || !/[0-9]/.test(kept)) return { stray: false };
  const stray = text.replace(/(?<=[0-9]),(?=[0-9]{3})/g, '') !== kept;
  return { value: number, stray };
}

/**
 * The readings of a coordinate whose digits are degrees, two digits of minutes, then seconds (`35.371269` for
 * 35°37′12.69″). Written by hand and saved through a spreadsheet, the seconds lose their padding both ways:
 * `35.366` is 35°36′6″ (seconds typed without a leading zero) while `35.372` is 35°37′20″ (the trailing zero
 * dropped). A single seconds digit therefore gives two readings when both are valid; the first is unpadded.
 */
export function packedDmsReadings(text: string): number[] {
  const match = /^(-?)(\d{1,3})\.(\d{2})(\d*)$/.exec(text.normalize('NFKC').trim());
  if (!match) return [];
  const [, sign, degrees = '', minutes = '', rest = ''] = match;
  const secondsTexts = rest.length === 1 ? [rest, `${rest}0`] : [rest === '' ? '0' : rest.length <= 2 ? rest : `${rest.slice(0, 2)}.${rest.slice(2)}`];
  return secondsTexts
    .map(Number)
    .filter((seconds) => Number(minutes) < 60 && seconds < 60)
    .map((seconds) => (sign ? -1 : 1) * (Number(degrees) + Number(minutes) / 60 + seconds / 3600));
}

/** 35.371269 → 35.62019 (degrees-minutes-seconds packed as a decimal; the value's digits are taken as written). */
export function packedDmsToDecimal(value: number): number {
  return packedDmsReadings(String(value))[0] ?? Number.NaN;
}

/** Every packed-DMS reading of the raw cells that lands in Tokyo (`swapped`: the cells hold lon, lat). */
function packedDmsPoints(rawLat: unknown, rawLon: unknown, swapped: boolean): Array<{ lat: number; lon: number }> {
  const [latText = '', lonText = ''] = (swapped ? [rawLon, rawLat] : [rawLat, rawLon]).map((cell) => cleanText(cell) ?? '');
  const points: Array<{ lat: number; lon: number }> = [];
  for (const lat of packedDmsReadings(latText)) {
    for (const lon of packedDmsReadings(lonText)) if (isInTokyo(lat, lon)) points.push({ lat: round6(lat), lon: round6(lon) });
  }
  return points;
}

export interface PointCheck {
  lat?: number;
  lon?: number;
  fixes: string[];
  rejection?: string;
  /** Other readings of a packed-DMS point whose seconds lost their padding (packedDmsReadings); lat/lon is the first. */
  alternatives?: Array<{ lat: number; lon: number }>;
}

/**
 * Validates a point and repairs the defects seen in Tokyo data: stray characters, longitude and latitude
 * swapped, degrees-minutes-seconds packed as decimals (tried only when the plain reading falls outside Tokyo
 * and the packed one inside, so a corrected file is read as it is). A point that cannot be placed in Tokyo is
 * rejected.
 */
export function checkPoint(rawLat: unknown, rawLon: unknown): PointCheck {
  const readLat = readNumber(rawLat);
  const readLon = readNumber(rawLon);
  let lat = readLat.value;
  let lon = readLon.value;
  const fixes: string[] = [];
  if (lat === undefined || lon === undefined) return { fixes, rejection: 'no coordinates' };
  if (readLat.stray || readLon.stray) fixes.push('stray characters in a coordinate');
  if (lat === 0 && lon === 0) return { fixes, rejection: 'no coordinates' };
  if (lat > 90 && lon < 90) {
    [lat, lon] = [lon, lat];
    fixes.push('latitude and longitude swapped');
  }
  if (!isInTokyo(lat, lon)) {
    const [first, ...alternatives] = packedDmsPoints(rawLat, rawLon, lat === readLon.value);
    if (first) {
      fixes.push('degrees-minutes-seconds written as decimals');
      return { ...first, fixes, alternatives: alternatives.length > 0 ? alternatives : undefined };
    }
  }
  if (!isInTokyo(lat, lon)) return { fixes, rejection: 'coordinates outside Tokyo' };
  return { lat: round6(lat), lon: round6(lon), fixes };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Japanese phone numbers: full-width digits and dashes folded, stray punctuation dropped. */
export function cleanPhone(value: unknown): string | undefined {
  return checkPhone(value).phone;
}

/** The 23 special wards share the area code 03 with eight-digit subscriber numbers. */
const SPECIAL_WARD = /^(千代田|中央|港|新宿|文京|台東|墨田|江東|品川|目黒|大田|世田谷|渋谷|中野|杉並|豊島|北|荒川|板橋|練馬|足立|葛飾|江戸川)区$/;

/**
 * A phone number in the form people dial (`03-3527-6401` from `(03)3527-6401` or `03－3527－6401`). Repairs
 * an eight-digit number in a special ward that lost its area code; a number that cannot be dialled is dropped,
 * and both are reported as fixes.
 */
export function checkPhone(value: unknown, ward?: string): { phone?: string; fixes: string[] } {
  const text = cleanText(value);
  if (!text) return { fixes: [] };
  let phone = text
    .replace(/[‐‑‒–—―ー－−]/g, '-')
    .replace(/[()（）]/g, '-')
    .replace(/[^0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const fixes: string[] = [];
  let digits = phone.replace(/-/g, '');
  if (digits.length === 8 && !digits.startsWith('0') && ward && SPECIAL_WARD.test(ward)) {
    phone = `03-${phone}`;
    digits = `03${digits}`;
    fixes.push('phone number without its area code (03 added)');
  }
  if (digits.length >= 10 && digits.length <= 11 && digits.startsWith('0')) return { phone, fixes };
  return { fixes: [...fixes, 'phone number that cannot be dialled dropped'] };
}

/** http(s) URLs only; anything else in a URL column is dropped. */
export function cleanUrl(value: unknown): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/**
 * The municipality named at the start of a Tokyo address, without 東京都: `江東区有明1-7-13` → 江東区. Accepts
 * the county (西多摩郡) and island (八丈島八丈町, 三宅島三宅村, 小笠原父島) prefixes addresses carry.
 */
export function wardFromAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const rest = address
    .replace(/\s+/g, '')
    .replace(/^[（(][^）)]*[）)]/, '')
    .replace(/^東京都\s*/, '')
    .replace(/^西多摩郡/, '');
  for (const candidate of [rest, rest.replace(/^\S{1,3}?島/, '')]) {
    const name = MUNICIPALITY_NAMES.find((municipality) => candidate.startsWith(municipality));
    if (name) return name;
  }
  return rest.startsWith('小笠原') ? '小笠原村' : undefined;
}

/** Prefixes 東京都 so that every address reads the same way. */
export function fullAddress(address: string | undefined, ward?: string): string | undefined {
  if (!address) return undefined;
  if (address.includes('東京都')) return address; // `（大神山公園・大神山地区）東京都小笠原…` names it after a note
  if (ward && !address.startsWith(ward)) return `東京都${ward}${address}`;
  return `東京都${address}`;
}
