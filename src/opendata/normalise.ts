/** Small, pure clean-ups shared by every dataset parser. */

/** NFKC, trimmed, inner runs of white space folded; undefined when nothing is left. */
export function cleanText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).normalize('NFKC').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
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
  const text = cleanText(value);
  if (!text) return undefined;
  const number = Number(text.replace(/[^0-9.+-]/g, ''));
  return Number.isFinite(number) && text.replace(/[^0-9]/g, '') !== '' ? number : undefined;
}

/** `35.371269` written for 35°37′12.69″: degrees, then two digits of minutes, then seconds. */
export function packedDmsToDecimal(value: number): number {
  const sign = Math.sign(value);
  const abs = Math.abs(value);
  const degrees = Math.trunc(abs);
  const rest = Math.round((abs - degrees) * 1e6); // mmssss as an integer
  const minutes = Math.trunc(rest / 10_000);
  const seconds = (rest % 10_000) / 100;
  return sign * (degrees + minutes / 60 + seconds / 3600);
}

export interface PointCheck {
  lat?: number;
  lon?: number;
  fixes: string[];
  rejection?: string;
}

/**
 * Validates a point and repairs the defects seen in Tokyo data: longitude and latitude swapped,
 * degrees-minutes-seconds packed as decimals. A point that cannot be placed in Tokyo is rejected.
 */
export function checkPoint(rawLat: unknown, rawLon: unknown, options: { packedDms?: boolean } = {}): PointCheck {
  let lat = parseDegree(rawLat);
  let lon = parseDegree(rawLon);
  const fixes: string[] = [];
  if (lat === undefined || lon === undefined) return { fixes, rejection: 'no coordinates' };
  if (lat === 0 && lon === 0) return { fixes, rejection: 'no coordinates' };
  if (lat > 90 && lon < 90) {
    [lat, lon] = [lon, lat];
    fixes.push('latitude and longitude swapped');
  }
  if (options.packedDms) {
    lat = packedDmsToDecimal(lat);
    lon = packedDmsToDecimal(lon);
    fixes.push('degrees-minutes-seconds written as decimals');
  }
  if (!isInTokyo(lat, lon)) return { fixes, rejection: 'coordinates outside Tokyo' };
  return { lat: round6(lat), lon: round6(lon), fixes };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Japanese phone numbers: full-width digits and dashes folded, stray punctuation dropped. */
export function cleanPhone(value: unknown): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  const phone = text
    .replace(/[‐‑‒–—―ー－−]/g, '-')
    .replace(/[()（）]/g, '-')
    .replace(/[^0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const digits = phone.replace(/-/g, '');
  return digits.length >= 9 && digits.length <= 11 ? phone : undefined;
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

/** The municipality (…区, …市, …町, …村) named at the start of a Tokyo address, without 東京都. */
export function wardFromAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const rest = address.replace(/^東京都/, '');
  const match = /^(.+?[区市]|西多摩郡.+?[町村]|.+?[町村])/.exec(rest);
  const ward = match?.[1]?.replace(/^西多摩郡/, '');
  return ward && ward.length <= 5 ? ward : undefined;
}

/** Prefixes 東京都 so that every address reads the same way. */
export function fullAddress(address: string | undefined, ward?: string): string | undefined {
  if (!address) return undefined;
  if (address.startsWith('東京都')) return address;
  if (ward && !address.startsWith(ward)) return `東京都${ward}${address}`;
  return `東京都${address}`;
}
