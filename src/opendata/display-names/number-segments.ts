import type { NameToken } from '../readings.ts';
import type { Segment } from './segment.ts';

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 第八 / 第2 (ordinal), 二丁目 (chome), 三号 (number): numbers that are numbers, not part of a name (一橋). */
export function numberAt(tokens: readonly NameToken[], start: number): { segment: Segment; next: number } | undefined {
  if (/^No\.?$/i.test(tokens[start]?.surface ?? '') && tokens[start + 1] && isNumeral(tokens[start + 1] as NameToken)) {
    let end = start + 1;
    while (end < tokens.length && isNumeral(tokens[end] as NameToken)) end += 1;
    const value = numberValue(tokens.slice(start + 1, end).map((token) => token.surface).join(''));
    const text = tokens.slice(start, end).map((token) => token.surface).join('');
    if (value !== undefined) return { segment: { kind: 'number', text, value }, next: end };
  }
  const ordinal = tokens[start]?.surface === '第';
  let end = ordinal ? start + 1 : start;
  while (end < tokens.length && isNumeral(tokens[end] as NameToken)) end += 1;
  const numerals = tokens.slice(ordinal ? start + 1 : start, end);
  const value = numberValue(numerals.map((token) => token.surface).join(''));
  if (numerals.length === 0 || value === undefined) return undefined;
  const readings = numerals.map((token) => token.reading);
  const reading = readings.every(Boolean) ? readings.join('') : undefined;
  const text = tokens
    .slice(start, end)
    .map((token) => token.surface)
    .join('');
  if (ordinal) return { segment: { kind: 'ordinal', text, value, reading: reading && `ダイ${reading}` }, next: end };
  const after = tokens[end]?.surface;
  if (after === '丁目') return { segment: { kind: 'chome', text: `${text}丁目`, value, reading: reading && `${beforeCh(reading)}チョウメ` }, next: end + 1 };
  if (after === '号') return { segment: { kind: 'number', text: `${text}号`, value, reading: reading && `${reading}ゴウ` }, next: end + 1 };
  return undefined;
}

/** Numbers before a ch- sound are cut short: イチ → イッ(チョウメ), ロク → ロッ, ハチ → ハッ, ジュウ → ジュッ. */
function beforeCh(reading: string): string {
  return reading.replace(/(イチ|ロク|ハチ)$/, (number) => `${number.charAt(0)}ッ`).replace(/ジュウ$/, 'ジュッ');
}

function isNumeral(token: NameToken): boolean {
  return /^([〇一二三四五六七八九十百]+|[0-9０-９]+)$/.test(token.surface);
}

/** 二十三 → 23, 12 → 12, １２ → 12; undefined for what is not a plain number. */
export function numberValue(written: string): number | undefined {
  const ascii = written.replace(/[０-９]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let current = 0;
  for (const char of written) {
    if (char === '十' || char === '百') {
      total += (current || 1) * (char === '十' ? 10 : 100);
      current = 0;
    } else if (KANJI_DIGITS[char] !== undefined) current = current * 10 + (KANJI_DIGITS[char] as number);
    else return undefined;
  }
  return total + current;
}
