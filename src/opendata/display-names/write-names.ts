import type { DisplayNames, RubyPart } from '../../core/place.ts';
import { japaneseToChinese } from '../../text/chinese-from-japanese.ts';
import { kanaToHangul, municipalityToHangul } from '../../text/hangul.ts';
import { kanaToRomaji, toHiragana } from '../../text/kana.ts';
import type { ProperWord, Segment } from './segment-name.ts';

type Chinese = 'zh-Hans' | 'zh-Hant';

/** The name in each language from its segments: terms translated, proper nouns transcribed, numbers said. */
export function writeNames(segments: readonly Segment[]): DisplayNames {
  return {
    en: writeEnglish(segments),
    ko: writeKorean(segments),
    'zh-Hans': writeChinese(segments, 'zh-Hans'),
    'zh-Hant': writeChinese(segments, 'zh-Hant'),
    ruby: writeRuby(segments),
  };
}

function writeEnglish(segments: readonly Segment[]): string | undefined {
  const words = segments.map((segment): string => {
    switch (segment.kind) {
      case 'term':
        return segment.term.en;
      case 'municipality':
        return segment.owner ? '' : (segment.name.en ?? capitalise(romanised(segment.name.kana ?? segment.text)));
      case 'ordinal':
      case 'number':
        return `No. ${segment.value}`;
      case 'chome':
        return `${segment.value}-chome`;
      case 'latin':
        return toAscii(segment.text);
      case 'separator':
        return separatorIn(segment.text, 'en');
      case 'proper':
        if (segment.owner) return '';
        if (segment.municipality?.en) return segment.municipality.en;
        return transcribe(segment, (words) => capitalise(joinWords(words, romanised)));
    }
  });
  return tidy(words.join(' '));
}

function writeKorean(segments: readonly Segment[]): string | undefined {
  let out = '';
  for (const segment of segments) {
    let word: string;
    switch (segment.kind) {
      case 'term':
        word = segment.term.ko;
        break;
      case 'municipality':
        word = segment.owner ? '' : segment.name.kana ? municipalityToHangul(segment.text, segment.name.kana) : segment.text;
        break;
      case 'ordinal':
        word = `제${segment.value}`;
        break;
      case 'number':
        word = `${segment.value}호`;
        break;
      case 'chome':
        word = `${segment.value}초메`;
        break;
      case 'latin':
        word = toAscii(segment.text);
        break;
      case 'separator':
        word = separatorIn(segment.text, 'ko');
        break;
      case 'proper':
        word = segment.owner ? '' : transcribe(segment, (words) => joinWords(words, (reading) => kanaToHangul(reading)));
        if (segment.municipality?.kana && !segment.owner) word = municipalityToHangul(`${segment.text}区`, segment.municipality.kana);
        break;
    }
    out += word.startsWith('~') ? word.slice(1) : ` ${word}`;
  }
  return tidy(out);
}

/** Chinese readers read the kanji: in their script, with the glossary's words; kana stays as written. */
function writeChinese(segments: readonly Segment[], script: Chinese): string | undefined {
  let out = '';
  for (const segment of segments) {
    if (segment.kind === 'term') out += segment.term[script];
    else if (segment.kind === 'latin') out += ` ${toAscii(segment.text)} `;
    else if (segment.kind === 'separator') out += /\s/.test(segment.text) ? ' ' : segment.text;
    else if ((segment.kind === 'municipality' || segment.kind === 'proper') && segment.owner) continue;
    else out += japaneseToChinese(segment.text, script);
  }
  return tidy(out);
}

/** The Japanese name in parts with their readings in hiragana where sure: neighbours alike are merged. */
function writeRuby(segments: readonly Segment[]): RubyPart[] | undefined {
  const parts: RubyPart[] = [];
  const add = (text: string, reading?: string) => {
    const needsNone = reading === undefined || !/\p{Script=Han}/u.test(text);
    const last = parts.at(-1);
    if (last && needsNone && last.length === 1) last[0] += text;
    else if (last && !needsNone && last.length === 2) parts[parts.length - 1] = [last[0] + text, last[1] + toHiragana(reading)];
    else parts.push(needsNone ? [text] : [text, toHiragana(reading)]);
  };
  for (const segment of segments) {
    if (segment.kind === 'term') add(segment.text, segment.reading ?? segment.term.kana[0]);
    else if (segment.kind === 'municipality') add(segment.text, segment.name.kana);
    else if (segment.kind === 'ordinal' || segment.kind === 'chome' || segment.kind === 'number') add(segment.text, segment.reading);
    else if (segment.kind === 'proper') for (const word of segment.words) add(word.text, word.sure ? word.reading : undefined);
    else add(segment.text);
  }
  return parts.some((part) => part.length === 2) ? parts : undefined;
}

/** A proper noun transcribed; as written when a word of it has no known reading (a spelling half in kanji helps no one). */
function transcribe(segment: { text: string; words: ProperWord[] }, write: (words: ProperWord[]) => string): string {
  return segment.words.every((word) => word.reading) ? write(segment.words) : segment.text;
}

/** Words of a proper noun, apart where both are two characters or more (Oshima Komatsugawa, Kinshicho). */
function joinWords(words: readonly ProperWord[], transcribe: (reading: string) => string): string {
  let out = '';
  let previous = '';
  for (const word of words) {
    const written = word.reading ? transcribe(word.reading) : word.text;
    const apart = out !== '' && (previous.length > 1 && word.text.length > 1);
    out += `${apart ? ' ' : ''}${written}`;
    previous = word.text;
  }
  return out;
}

/** Hepburn without macrons, as Tokyo's signs write names (オオイマチ → oimachi, リョウゴク → ryogoku). */
export function romanised(reading: string): string {
  return kanaToRomaji(reading.replace(/\s+/g, ''))
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/['-]/g, '');
}

/** Each word with a capital (kinshicho hashi → Kinshicho Hashi). */
function capitalise(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function separatorIn(text: string, lang: 'en' | 'ko'): string {
  if (/[（(]/.test(text)) return ' (';
  if (/[）)]/.test(text)) return ') ';
  if (/[「『“]/.test(text)) return lang === 'en' ? ' “' : ' 「';
  if (/[」』”]/.test(text)) return lang === 'en' ? '” ' : '」 ';
  if (/[~〜～]/.test(text)) return ' - ';
  if (/[・･、,，]/.test(text)) return lang === 'en' ? ', ' : '·';
  return ' ';
}

function toAscii(text: string): string {
  return text.normalize('NFKC').replace(/[−‐―]/g, '-');
}

/** Spaces made single, none inside brackets or before punctuation; undefined when nothing is left. */
function tidy(text: string): string | undefined {
  const out = text
    .replace(/\s+/g, ' ')
    .replace(/([(「“]) /g, '$1')
    .replace(/ ([)」”,.·])/g, '$1')
    .replace(/· /g, '·')
    .replace(/\(\s*\)/g, '')
    .trim();
  return out === '' ? undefined : out;
}
