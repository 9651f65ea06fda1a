import type { Place } from '../core/place.ts';
import { chineseToJapaneseKanji } from '../text/chinese.ts';

/**
 * Which shelter or assembly point serves where a resident lives: the districts (対象地区: 北品川2丁目(一部)、
 * 北品川3丁目全域) and the neighbourhood associations (北品川2丁目町会) a record lists. "I live in 勝島1丁目, which
 * shelter?", "大崎四丁目町會的一時集合場所在哪？" are answered by those records, not by the nearest.
 */
interface Served {
  place: Place;
  /** The chōme number, when the record names one (北品川2丁目); absent for the whole town. */
  chome?: number;
}

/** A run of kanji or katakana, then a chōme: 勝島1丁目, 北品川 3 丁目 (after the numerals are digits). */
const CHOME_SAID = /([\p{Script=Han}\p{Script=Katakana}ヶケー]{2,12})(\d{1,2})丁目/gu;
/** What a district entry ends with besides its chōme: 全域, (一部), 地先. */
const ENTRY_END = /(全域|全部|\(一部\)|一部|地先)$/u;
const TOWN = /^[\p{Script=Han}\p{Script=Katakana}ヶケー]{2,12}$/u;
const TOWN_CHOME = /^([\p{Script=Han}\p{Script=Katakana}ヶケー]{2,12})(\d{1,2})丁目$/u;

/** 北品川2丁目(一部) → 北品川 and 2; 北品川全域 → 北品川; anything else (号棟, 番) → undefined. */
function parseEntry(entry: string): { town: string; chome?: number } | undefined {
  const text = normaliseArea(entry).replace(ENTRY_END, '');
  const withChome = TOWN_CHOME.exec(text);
  if (withChome) return { town: withChome[1] as string, chome: Number(withChome[2]) };
  return TOWN.test(text) ? { town: text } : undefined;
}
/** An association's name is specific enough from this many characters (御殿山町会). */
const MIN_ASSOCIATION = 4;

export class ServedAreas {
  private readonly byTown = new Map<string, Served[]>();
  /** Association names by their first two characters, looked up at each position of a question. */
  private readonly associations = new Map<string, Array<{ key: string; place: Place }>>();

  constructor(places: Iterable<Place>) {
    for (const place of places) {
      const district = place.details?.district;
      const associations = place.details?.associations;
      if (district) {
        for (const part of district.split(/[、,，・\s]+/)) {
          const entry = parseEntry(part);
          if (!entry) continue;
          const list = this.byTown.get(entry.town) ?? [];
          list.push({ place, ...(entry.chome !== undefined ? { chome: entry.chome } : {}) });
          this.byTown.set(entry.town, list);
        }
      }
      if (associations) {
        for (const name of associations.split(/[、,，]+/)) {
          const key = normaliseArea(name);
          if (key.length < MIN_ASSOCIATION) continue;
          const list = this.associations.get(key.slice(0, 2)) ?? [];
          list.push({ key, place });
          this.associations.set(key.slice(0, 2), list);
        }
      }
    }
  }

  /**
   * The records of the wanted kinds that serve the chōme or the association the question names, and the area as
   * the records write it (勝島1丁目, 御殿山町会); no places when the question names none.
   */
  find(question: string, wanted: ReadonlySet<string>): { places: Place[]; area?: string } {
    const text = normaliseArea(chineseToJapaneseKanji(question.normalize('NFKC')));
    const found = new Map<string, Place>();
    let area: string | undefined;
    for (let at = 0; at + 1 < text.length; at += 1) {
      for (const { key, place } of this.associations.get(text.slice(at, at + 2)) ?? []) {
        if (!wanted.has(place.category) || !text.startsWith(key, at)) continue;
        found.set(place.id, place);
        area ??= key;
      }
    }
    if (found.size > 0 || !text.includes('丁目')) return { places: [...found.values()], area };
    for (const match of text.matchAll(CHOME_SAID)) {
      const run = match[1] as string;
      const chome = Number(match[2]);
      // the town is the longest end of the run that is a town the records name (品川区勝島 → 勝島)
      for (let start = 0; start + 2 <= run.length; start += 1) {
        const town = run.slice(start);
        const served = this.byTown.get(town);
        if (!served) continue;
        for (const entry of served) {
          if (!wanted.has(entry.place.category) || (entry.chome !== undefined && entry.chome !== chome)) continue;
          found.set(entry.place.id, entry.place);
          area ??= `${town}${chome}丁目`;
        }
        break;
      }
    }
    return { places: [...found.values()], area };
  }
}

const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** NFKC, the kanji forms questions are read in, no spaces, 町會 → 町会, ヵ/ヶ → ケ, and a chōme in kanji numerals in digits (四丁目 → 4丁目, 十二丁目 → 12丁目). */
export function normaliseArea(text: string): string {
  // (the kanji forms questions are read in, on both sides: 小岩 is rewritten as Chinese forms are)
  return chineseToJapaneseKanji(text.normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(/會/g, '会')
    .replace(/[ヵヶ]/g, 'ケ')
    .replace(/([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)丁目/g, (whole: string, tens: string, ten: string, ones: string) => {
      if (!tens && !ten && !ones) return whole;
      const value = ten ? (tens ? (KANJI_DIGITS[tens] ?? 1) : 1) * 10 + (ones ? (KANJI_DIGITS[ones] ?? 0) : 0) : KANJI_DIGITS[tens || ones] ?? 0;
      return `${value}丁目`;
    });
}
