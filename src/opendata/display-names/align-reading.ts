import { toHiragana } from '../../text/kana.ts';
import type { Segment } from './segment-name.ts';

/**
 * Puts the publisher's reading of a whole name (名称_カナ: コウトウクリツマンエンバシギワコウシュウベンジョ) onto its
 * segments: the glossary terms and numbers are read as they always are, so what lies between them is the reading
 * of the proper nouns (マンエンバシ), and sure. Returns false, changing nothing, when the reading does not fit.
 */
export function alignReading(segments: Segment[], publisherKana: string): boolean {
  const end = segments.findIndex((segment) => segment.kind === 'separator' && /[（(]/.test(segment.text));
  const main = end < 0 ? segments : segments.slice(0, end);
  if (main.some((segment) => segment.kind === 'latin')) return false;
  const captures: Array<(reading: string) => void> = [];
  let pattern = '';
  for (const segment of main) {
    if (segment.kind === 'term') {
      pattern += `(${segment.term.kana.map(escape).join('|')})`;
      captures.push((reading) => {
        segment.reading = reading;
      });
    } else if (segment.kind === 'municipality') {
      pattern += segment.name.kana ? escape(plain(segment.name.kana)) : '.+?';
    } else if (segment.kind === 'proper') {
      pattern += '(.+?)';
      captures.push((reading) => {
        const words = segment.words;
        const known = words.every((word) => word.reading) && plain(words.map((word) => word.reading).join('')) === reading;
        segment.words = known ? words.map((word) => ({ ...word, sure: true })) : [{ text: segment.text, reading, sure: true }];
      });
    } else if (segment.kind === 'ordinal' || segment.kind === 'chome' || segment.kind === 'number') {
      // The publisher's reading of a number wins (一丁目: いっちょうめ, not いちちょうめ), as one of the ways it is read.
      const ways = segment.reading ? [...new Set([segment.reading, shortened(segment.reading)].map(plain))] : [];
      pattern += ways.length > 0 ? `(${ways.map(escape).join('|')})` : '(.+?)';
      captures.push((reading) => {
        segment.reading = reading;
      });
    }
  }
  // eslint-disable-next-line security/detect-non-literal-regexp -- glossary readings, escaped, and lazy groups: no backtracking blow-up on names of ~30 characters
  const match = new RegExp(`^${pattern}$`, 'u').exec(plain(publisherKana));
  if (!match) return false;
  captures.forEach((capture, i) => capture(match[i + 1] as string));
  return true;
}

/** A number cut short or not before the next sound (イチ|イッ, ハチ|ハッ, ロク|ロッ, ジュウ|ジュッ): both are heard. */
function shortened(reading: string): string {
  return reading.replace(/(イチ|ハチ|ロク)(?=[^ッ])/g, (number) => `${number.charAt(0)}ッ`).replace(/ジュウ(?=[^ッ])/g, 'ジュッ').replace(/(イッ|ハッ|ロッ)(?=チョウメ)/g, (cut) => ({ イッ: 'イチ', ハッ: 'ハチ', ロッ: 'ロク' })[cut] as string);
}

/** Hiragana without spaces and middle dots: the form readings are compared in. */
function plain(kana: string): string {
  return toHiragana(kana.replace(/[\s・]/g, ''));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
