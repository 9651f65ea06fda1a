import type { PlaceName } from '../core/place.ts';
import { KNOWN_NAMES } from '../i18n/known-names.ts';
import { chineseToJapaneseKanji } from '../text/chinese.ts';
import { latinNameOf, mainPartOf } from '../text/english-names.ts';
import { toHiragana } from '../text/kana.ts';
import { GLOSSARY, isGenericName } from './name-glossary.ts';
import { nameVariants } from './name-variants.ts';
import { romajiKey } from '../text/text-keys.ts';

/** Who runs a place, written before its name (東京都立, 都立, 江東区立): people leave it out. */
export const OWNER_PREFIX = /^(東京都立|都立|東京都|国立|[^\s]{1,4}?[区市町村]立|[区市町村]立)/;

const MIN_JAPANESE = 3;
const MIN_KANA = 4;
const MIN_LATIN = 6;
/** A name shown in Chinese or Korean this long at least is a name, not a word (公园, 도서관). */
const MIN_SHOWN = 4;

/** The forms a question may name a place by, each in the form `questionForms` gives the question in. */
export interface NameForms {
  /** Japanese names, spaces removed: 東京都立中央図書館, 中央図書館. */
  japanese: string[];
  /** The reading in hiragana: きばこうえん. */
  kana: string[];
  /** Romaji keys of the Latin-letter names: kibapark, kibakoen. */
  latin: string[];
}

/**
 * How a question can name this place in full: its Japanese name (with or without 都立 / 江東区立 and a note in
 * brackets), its reading in kana, its name in Latin letters (the data's English name or the romanised reading,
 * long vowels forgiven). Forms too short to be a name on their own ("学園") are left out.
 */
export function nameFormsOf(name: PlaceName, latin: string | undefined = latinNameOf(name)): NameForms {
  const japanese = new Set<string>();
  for (const form of [name.ja, mainPartOf(name.ja)]) {
    for (const variant of [form, form.replace(OWNER_PREFIX, '')]) {
      // compared as questions are: NFKC, without spaces, in Japanese kanji forms (來 → 来)
      const compact = chineseToJapaneseKanji(variant.normalize('NFKC').replace(/\s+/g, ''));
      // and as Chinese writes it, or without the honorific 恩賜 (name-variants.ts)
      for (const written of [compact, ...nameVariants(compact)]) if (written.length >= MIN_JAPANESE) japanese.add(written);
    }
  }
  for (const short of shortForms(name.ja)) japanese.add(short);
  // the short names people say (東大病院, 都庁): short, but they name one place
  const known = KNOWN_NAMES.get(name.ja);
  for (const alias of known?.aliases ?? []) japanese.add(chineseToJapaneseKanji(alias.normalize('NFKC')));
  // the names the service itself shows in other languages are typed back (國立醫院機構災害醫療中心, 일본적십자사 의료센터)
  for (const shown of [name.display?.['zh-Hans'], name.display?.['zh-Hant'], name.display?.ko]) {
    const compact = shown ? chineseToJapaneseKanji(shown.normalize('NFKC').replace(/\s+/g, '')) : '';
    if (compact.length >= MIN_SHOWN && /\P{ASCII}/u.test(compact)) japanese.add(compact);
  }
  const reading = readingOfName(name);
  const kana = reading ? toHiragana(reading.replace(/\s+/g, '')) : '';
  const latinKeys = new Set<string>();
  const bare = latin?.replace(/^(Tokyo Metropolitan|National) /, '');
  // without its owner a name may say only what the place is ("Art Museum"), which names no place
  // (nor a shown name that kept kanji it could not read, 笄 Elementary School: its key would be "elementary school")
  const shownEnglish = name.display?.en && !isGenericName(name.display.en) && !/\p{Script=Han}/u.test(name.display.en) ? name.display.en : undefined;
  for (const form of [latin, bare && !isGenericName(bare) ? bare : undefined, reading, known?.en, shownEnglish]) {
    const key = form ? romajiKey(form.replace(/\s*\([^)]*\)\s*$/, ''), true) : '';
    if (key.length >= MIN_LATIN) latinKeys.add(key);
  }
  // the reading people say may not be the publisher's (せいろか, not せいるか)
  const readings = [...new Set([kana, known?.kana ?? ''])].filter((reading) => reading.length >= MIN_KANA);
  return { japanese: [...japanese], kana: readings, latin: [...latinKeys] };
}

/**
 * The name's reading: the publisher's, else the one the display names were built with, when every part of the
 * name has one (kanji with no sure reading leave it unknown).
 */
export function readingOfName(name: PlaceName): string | undefined {
  if (name.kana) return name.kana;
  const ruby = name.display?.ruby;
  if (!ruby || ruby.length === 0) return undefined;
  let reading = '';
  for (const [text, kana] of ruby) {
    if (kana) reading += kana;
    else if (/^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u.test(text)) reading += text;
    else return undefined;
  }
  return reading;
}

/** A short form keeps the kind of place and a proper part this long at least (寅さん記念館 of 葛飾柴又寅さん記念館). */
const MIN_SHORT_FORM = 5;
const MAX_SHORT_FORMS = 6;
const GENERIC_ENDINGS = GLOSSARY.filter((entry) => entry.role === 'generic').map((entry) => entry.ja);

/**
 * The shorter names people use for a place whose name starts with where it is (葛飾柴又寅さん記念館 → 柴又寅さん記念館,
 * 寅さん記念館): the name without its first characters, as long as it still ends in the kind of place and keeps a
 * proper part before it. At most a few, from longest to shortest.
 */
function shortForms(ja: string): string[] {
  const name = chineseToJapaneseKanji(ja.normalize('NFKC').replace(/\s+/g, '').replace(/[（(].*[)）]$/, ''));
  const ending = GENERIC_ENDINGS.find((generic) => name.endsWith(generic));
  if (!ending) return [];
  const forms: string[] = [];
  for (let cut = 2; name.length - cut >= Math.max(MIN_SHORT_FORM, ending.length + 2) && forms.length < MAX_SHORT_FORMS; cut += 1) forms.push(name.slice(cut));
  return forms;
}

/** The question as names are compared: without spaces, and `positions` maps back to the NFKC question. */
export interface QuestionForms {
  japanese: string;
  kana: string;
  latin: string;
  /** positions[i] is where character i of `japanese` / `kana` stands in the NFKC question. */
  positions: number[];
}

export function questionForms(text: string): QuestionForms {
  const nfkc = text.normalize('NFKC');
  const converted = chineseToJapaneseKanji(nfkc); // one character for one
  let japanese = '';
  const positions: number[] = [];
  for (let i = 0; i < converted.length; i += 1) {
    const char = converted.charAt(i);
    if (/\s/.test(char)) continue;
    japanese += char;
    positions.push(i);
  }
  positions.push(converted.length);
  return { japanese, kana: toHiragana(japanese), latin: romajiKey(text, true), positions };
}
