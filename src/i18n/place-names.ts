import type { Place, PlaceName, RubyPart } from '../core/place.ts';
import type { Anchor } from '../core/question-frame.ts';
import { japaneseToChinese } from '../text/chinese-from-japanese.ts';
import { latinNameOf, mainPartOf, romanise } from '../text/english-names.ts';
import { kanaToHangul, municipalityToHangul } from '../text/hangul.ts';
import { toHiragana } from '../text/kana.ts';
import type { Lang } from '../core/languages.ts';
import { fill, PHRASES } from './phrasebook.ts';

export { romanise };

/**
 * A place's name as the user reads it, in the user's language only (the official Japanese name is
 * `officialName`). The names are written when the snapshot is built (PlaceName.display,
 * src/opendata/display-names/): English: the data's own English name, else the glossary's words and the proper
 * noun in Hepburn (Ikebukuro Station); Korean and Chinese alike in their scripts (이케부쿠로역, 池袋站);
 * やさしい日本語: the name with its reading in hiragana where the reading is sure. A snapshot built before
 * display names existed (and test corpora written by hand) get the older forms: the romanised reading with the
 * Japanese name (English), the Japanese name with its reading in Hangul (Korean), the Japanese name (Chinese).
 */
export function placeName(place: Place, lang: Lang): string {
  return nameIn(place.name, lang);
}

/**
 * The official Japanese name, to show beside a translated `placeName` so a person on site can read it; undefined
 * for Japanese and やさしい日本語, whose name is the official one.
 */
export function officialName(place: Place, lang: Lang): string | undefined {
  if (lang === 'ja' || lang === 'ja-easy') return undefined;
  return placeName(place, lang) === place.name.ja ? undefined : place.name.ja;
}

/** The Japanese name in parts with their readings in hiragana where sure, for a page that renders <ruby>. */
export function placeNameRuby(place: Place): RubyPart[] | undefined {
  return place.name.display?.ruby;
}

/** How to name the point an answer is measured from ("Oimachi Station", "大井町駅（おおいまちえき）"). */
export function anchorName(anchor: Anchor, lang: Lang): string {
  const ja = anchor.ja ?? '';
  if (anchor.kind === 'station') {
    const station = fill(PHRASES[lang].station, { name: stationWord(anchor, ja, lang) });
    if (lang === 'ja-easy' && anchor.kana) return `${station}（${readingOf(anchor.kana)}えき）`;
    if (lang === 'ko' && anchor.kana) return `${kanaToHangul(anchor.kana)}역(${ja}駅)`;
    return station;
  }
  if (anchor.kind === 'landmark') return nameIn({ ja, kana: anchor.kana, en: anchor.en ?? anchor.latin }, lang);
  if (anchor.kind === 'town') return areaName(anchor, lang);
  return nameIn({ ja, kana: anchor.kana, en: anchor.en }, lang);
}

/** A station's name without the word for station, in English, Chinese or as written (Japanese, Korean). */
function stationWord(anchor: Anchor, ja: string, lang: Lang): string {
  if (lang === 'en') return anchor.en ?? (anchor.kana ? romanise(anchor.kana) : ja);
  return lang === 'zh-Hans' || lang === 'zh-Hant' ? japaneseToChinese(ja, lang) : ja;
}

/** A station's name as the name of its town ("Toyosu", "豊洲（とよす）", "도요스"). */
export function areaName(anchor: Anchor, lang: Lang): string {
  const ja = (anchor.ja ?? '').replace(/駅$/, '');
  if (lang === 'ko' && anchor.kana) return kanaToHangul(anchor.kana);
  if (lang === 'ja-easy' && anchor.kana) return `${ja}（${readingOf(anchor.kana)}）`;
  return stationWord(anchor, ja, lang).replace(/\s+Station$/i, '');
}

/** A municipality's name: its English name from the data (Shinagawa City), else the Japanese one with its reading. */
export function wardName(ward: string, lang: Lang, office?: Place): string {
  if (lang === 'en' && office?.name.en) return office.name.en.replace(/ Office$/, '');
  const kana = office?.ward === ward ? office.name.kana : undefined;
  if (lang === 'ja-easy' && kana) return `${ward}（${readingOf(kana)}）`;
  if (lang === 'ko' && kana) return `${municipalityToHangul(ward, kana)}(${ward})`;
  if (lang === 'zh-Hans' || lang === 'zh-Hant') return japaneseToChinese(ward, lang);
  return ward;
}

/** Publishers other than a municipality, as a count's sources name them (bySource in the answer scope). */
const PUBLISHER_NAMES: Readonly<Record<string, Record<Lang, string>>> = {
  東京都: { ja: '東京都', 'ja-easy': '東京都（とうきょうと）', en: 'the Tokyo Metropolitan Government', 'zh-Hans': '东京都', 'zh-Hant': '東京都', ko: '도쿄도' },
  国土地理院: { ja: '国土地理院', 'ja-easy': '国土地理院（こくどちりいん）', en: 'the Geospatial Information Authority (GSI)', 'zh-Hans': '国土地理院', 'zh-Hant': '國土地理院', ko: '국토지리원' },
};

/** A publisher of data, in the answer's language: the metropolitan government, the GSI or a municipality. */
export function ownerName(owner: string, lang: Lang, office?: Place): string {
  return PUBLISHER_NAMES[owner]?.[lang] ?? wardName(owner, lang, office);
}

function nameIn(name: PlaceName, lang: Lang): string {
  const { ja, kana, display } = name;
  switch (lang) {
    case 'ja':
      return ja;
    case 'ja-easy':
      if (display) return display.ruby ? withRuby(ja, display.ruby) : ja;
      return kana && readingOf(kana) !== ja ? `${ja}（${readingOf(kana)}）` : ja;
    case 'en':
      return display?.en ?? olderLatinName(name);
    case 'ko':
      if (display?.ko) return display.ko;
      return kana && kanaToHangul(kana) ? `${ja} (${kanaToHangul(kana)})` : ja;
    case 'zh-Hans':
    case 'zh-Hant':
      return display?.[lang] ?? ja;
  }
}

/** A snapshot without display names: the romanised reading and the Japanese name (Kojimachi Elementary School (麹町小学校)). */
function olderLatinName(name: PlaceName): string {
  const latin = latinNameOf(name);
  return latin && latin !== name.ja ? `${latin} (${mainPartOf(name.ja)})` : name.ja;
}

/**
 * The name with its readings in brackets, as やさしい日本語 writes ruby in plain text: the whole name's reading when
 * every part of it has a sure one (大島小学校（おおじましょうがっこう）); else each part that has one, and none for the
 * rest, set apart so the reading is not taken for the whole (大和田 小学校（しょうがっこう）: 大和田 is read おおわだ or
 * おわだ, the dictionary cannot tell which).
 */
function withRuby(ja: string, ruby: readonly RubyPart[]): string {
  const plain = ruby.every(([text, reading]) => reading !== undefined || /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(text));
  if (plain) return `${ja}（${ruby.map(([text, reading]) => reading ?? toHiragana(text)).join('')}）`;
  const unread = (part: RubyPart | undefined) => part !== undefined && part[1] === undefined && /\p{Script=Han}$/u.test(part[0]);
  return ruby.map(([text, reading], i) => (reading ? `${unread(ruby[i - 1]) ? ' ' : ''}${text}（${reading}）` : text)).join('');
}

/** A reading in hiragana, without the spaces that separate words for romanisation. */
function readingOf(kana: string): string {
  return toHiragana(kana.replace(/\s+/g, ''));
}
