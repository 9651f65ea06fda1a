import { toRomaji } from 'wanakana';
import type { Place } from '../opendata/types.ts';
import type { Anchor } from '../pipeline/understanding.ts';
import type { Lang } from './languages.ts';
import { fill, PHRASES } from './phrasebook.ts';

/** Hepburn without macrons, capitalised per word: オオイマチ → Oimachi. */
export function romanise(kana: string): string {
  return toRomaji(kana)
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A place's name as the user should read it: the data's own English name for English, else the Japanese name
 * with its romanised reading; Japanese (with its reading for やさしい日本語) for the others.
 */
export function placeName(place: Place, lang: Lang): string {
  const { ja, en, kana } = place.name;
  if (lang === 'en') return en ?? (kana ? `${romanise(kana)} (${ja})` : ja);
  if (lang === 'ja-easy' && kana && kana !== ja) return `${ja}（${kana}）`;
  return ja;
}

/** How to name the point an answer is measured from ("Oimachi Station", "大井町駅"). */
export function anchorName(anchor: Anchor, lang: Lang): string {
  const phrases = PHRASES[lang];
  if (anchor.kind === 'station') {
    const name = lang === 'en' ? (anchor.en ?? (anchor.kana ? romanise(anchor.kana) : (anchor.ja ?? ''))) : (anchor.ja ?? '');
    return fill(phrases.station, { name });
  }
  if (lang === 'en') return anchor.en ?? (anchor.kana ? romanise(anchor.kana) : (anchor.ja ?? ''));
  return anchor.ja ?? '';
}

/** A municipality's name: its English name from the data (Shinagawa City), or the Japanese one. */
export function wardName(ward: string, lang: Lang, office?: Place): string {
  if (lang === 'en' && office?.name.en) return office.name.en.replace(/ Office$/, '');
  return ward;
}
