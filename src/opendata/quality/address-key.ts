import { wardFromAddress } from '../normalise.ts';

/** The parts of a Tokyo address that locate it: municipality, town (町名), 丁目 and 番地. */
export interface AddressKey {
  ward: string;
  town: string;
  chome?: number;
  banchi?: number;
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → 1 … 99 (丁目 numbers are small). */
function kanjiNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([〇一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const tens = match[2] ? (match[1] ? (KANJI_DIGITS[match[1]] ?? 0) : 1) : 0;
  const ones = match[2] ? (match[3] ? (KANJI_DIGITS[match[3]] ?? 0) : 0) : match[1] ? (KANJI_DIGITS[match[1]] ?? 0) : 0;
  return tens * 10 + ones || undefined;
}

/** 丁目 numbers stay small; a first number above this is a lot number (`大久野4089-1`), not a 丁目. */
const MAX_CHOME = 30;

/**
 * Reads `東京都荒川区南千住7-25-1`, `荒川区南千住七丁目25番1号`, `八丈町中之郷2474` into its locating parts.
 * Addresses that name an area rather than a spot (`…一帯`, several towns joined by 、) have no key: they
 * cannot place a point.
 */
export function readAddressKey(address: string | undefined): AddressKey | undefined {
  if (!address || /[、,，・]|一帯|ほか|他$|地先|地内/.test(address)) return undefined;
  const ward = wardFromAddress(address);
  if (!ward) return undefined;
  const text = address.normalize('NFKC').replace(/\s+/g, '').replace(/[（(].*$/, '');
  const rest = text.slice(text.indexOf(ward) + ward.length).replace(/^大字/, '');
  const numberAt = rest.search(/\d|[一二三四五六七八九十]+丁目/);
  const town = (numberAt < 0 ? rest : rest.slice(0, numberAt)).replace(/字$/, '');
  if (!town) return undefined;
  const tail = numberAt < 0 ? '' : rest.slice(numberAt);
  const chome = /^(\d+|[一二三四五六七八九十]+)丁目(\d*)/.exec(tail);
  if (chome?.[1]) return { ward, town, chome: kanjiNumber(chome[1]), banchi: chome[2] ? Number(chome[2]) : undefined };
  const dashed = /^(\d+)[-ー−の](\d+)/.exec(tail);
  if (dashed?.[1] && dashed[2] && Number(dashed[1]) <= MAX_CHOME) return { ward, town, chome: Number(dashed[1]), banchi: Number(dashed[2]) };
  const lot = /^(\d+)/.exec(tail);
  return { ward, town, banchi: lot?.[1] ? Number(lot[1]) : undefined };
}

/** Keys from the most to the least precise: block (丁目 and 番地), then 丁目 (or town where there are none). */
export function addressKeys(key: AddressKey): { block?: string; area: string } {
  const area = `${key.ward}|${key.town}|${key.chome ?? ''}`;
  return { block: key.banchi !== undefined ? `${area}|${key.banchi}` : undefined, area };
}
