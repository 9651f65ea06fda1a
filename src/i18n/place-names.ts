import type { Place } from '../core/place.ts';
import type { Anchor } from '../core/question-frame.ts';
import { latinNameOf, mainPartOf, romanise } from '../text/english-names.ts';
import { kanaToHangul } from '../text/hangul.ts';
import { toHiragana } from '../text/kana.ts';
import type { Lang } from '../core/languages.ts';
import { fill, PHRASES } from './phrasebook.ts';

export { romanise };

/**
 * A place's name as the user should read it. English: the data's own English name, else the romanised reading
 * with the generic part translated, with the Japanese name the signs show (Kojimachi Elementary School
 * (麹町小学校)). やさしい日本語: the name with its reading in hiragana. Korean: the name with its reading in
 * Hangul. Chinese: the Japanese name, which Chinese readers read as written.
 */
export function placeName(place: Place, lang: Lang): string {
  return nameIn(place.name.ja, place.name.kana, place.name.en, lang);
}

/** How to name the point an answer is measured from ("Oimachi Station", "大井町駅（おおいまちえき）"). */
export function anchorName(anchor: Anchor, lang: Lang): string {
  const ja = anchor.ja ?? '';
  if (anchor.kind === 'station') {
    const station = fill(PHRASES[lang].station, { name: lang === 'en' ? (anchor.en ?? (anchor.kana ? romanise(anchor.kana) : ja)) : ja });
    if (lang === 'ja-easy' && anchor.kana) return `${station}（${readingOf(anchor.kana)}えき）`;
    if (lang === 'ko' && anchor.kana) return `${kanaToHangul(anchor.kana)}역(${ja}駅)`;
    return station;
  }
  if (anchor.kind === 'landmark') return nameIn(ja, anchor.kana, anchor.en ?? anchor.latin, lang);
  return nameIn(ja, anchor.kana, anchor.en, lang);
}

/** A municipality's name: its English name from the data (Shinagawa City), else the Japanese one with its reading. */
export function wardName(ward: string, lang: Lang, office?: Place): string {
  if (lang === 'en' && office?.name.en) return office.name.en.replace(/ Office$/, '');
  const kana = office?.ward === ward ? office.name.kana : undefined;
  if (lang === 'ja-easy' && kana) return `${ward}（${readingOf(kana)}）`;
  if (lang === 'ko' && kana) return `${kanaToHangul(kana)}(${ward})`;
  return ward;
}

function nameIn(ja: string, kana: string | undefined, en: string | undefined, lang: Lang): string {
  if (lang === 'en') {
    const latin = latinNameOf({ ja, kana, en });
    return latin && latin !== ja ? `${latin} (${mainPartOf(ja)})` : ja;
  }
  if (lang === 'ja-easy' && kana && readingOf(kana) !== ja) return `${ja}（${readingOf(kana)}）`;
  if (lang === 'ko' && kana) {
    const hangul = kanaToHangul(kana);
    return hangul ? `${ja} (${hangul})` : ja;
  }
  return ja;
}

/** A reading in hiragana, without the spaces that separate words for romanisation. */
function readingOf(kana: string): string {
  return toHiragana(kana.replace(/\s+/g, ''));
}
