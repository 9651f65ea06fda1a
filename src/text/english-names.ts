import { kanaToRomaji, toHiragana } from './kana.ts';
import type { PlaceName } from '../core/place.ts';

/**
 * Names in Latin letters for places the data names only in Japanese: the romanised reading of the proper part
 * and the generic part translated (麹町小学校 → Kojimachi Elementary School, 江東区立八名川公園 → Yanagawa Park),
 * the way Tokyo's own signs name them. Pure: works from the name and the reading in the record.
 */

interface Generic {
  ja: string;
  /** Reading in hiragana, to cut it off the reading of the whole name. */
  kana: string;
  en: string;
  /** Keep the reading of the generic part too (浅草寺 → Sensoji Temple, not Senso Temple). */
  keepReading?: boolean;
}

/** Generic endings, longest first where one ends another (小学校 before 学校). */
const GENERICS: Generic[] = [
  { ja: '特別支援学校', kana: 'とくべつしえんがっこう', en: 'Special Needs School' },
  { ja: '義務教育学校', kana: 'ぎむきょういくがっこう', en: 'Compulsory Education School' },
  { ja: '高等学校', kana: 'こうとうがっこう', en: 'High School' },
  { ja: '小学校', kana: 'しょうがっこう', en: 'Elementary School' },
  { ja: '中学校', kana: 'ちゅうがっこう', en: 'Junior High School' },
  { ja: '高校', kana: 'こうこう', en: 'High School' },
  { ja: '大学', kana: 'だいがく', en: 'University' },
  { ja: '幼稚園', kana: 'ようちえん', en: 'Kindergarten' },
  { ja: '保育園', kana: 'ほいくえん', en: 'Nursery School' },
  { ja: '保育所', kana: 'ほいくしょ', en: 'Nursery School' },
  { ja: '児童センター', kana: 'じどうせんたー', en: "Children's Center" },
  { ja: '児童遊園', kana: 'じどうゆうえん', en: "Children's Playground" },
  { ja: '児童館', kana: 'じどうかん', en: "Children's Center" },
  { ja: '図書館', kana: 'としょかん', en: 'Library' },
  { ja: '美術館', kana: 'びじゅつかん', en: 'Art Museum' },
  { ja: '博物館', kana: 'はくぶつかん', en: 'Museum' },
  { ja: '資料館', kana: 'しりょうかん', en: 'Museum' },
  { ja: '記念館', kana: 'きねんかん', en: 'Memorial Museum' },
  { ja: '文学館', kana: 'ぶんがくかん', en: 'Museum of Literature' },
  { ja: '総合体育館', kana: 'そうごうたいいくかん', en: 'Gymnasium' },
  { ja: '体育館', kana: 'たいいくかん', en: 'Gymnasium' },
  { ja: 'スポーツセンター', kana: 'すぽーつせんたー', en: 'Sports Center' },
  { ja: '区民センター', kana: 'くみんせんたー', en: 'Community Center' },
  { ja: '地域センター', kana: 'ちいきせんたー', en: 'Community Center' },
  { ja: '文化センター', kana: 'ぶんかせんたー', en: 'Cultural Center' },
  { ja: '区民館', kana: 'くみんかん', en: 'Community Hall' },
  { ja: '会館', kana: 'かいかん', en: 'Hall' },
  { ja: '病院', kana: 'びょういん', en: 'Hospital' },
  { ja: '区役所', kana: 'くやくしょ', en: 'City Office' },
  { ja: '市役所', kana: 'しやくしょ', en: 'City Office' },
  { ja: '役場', kana: 'やくば', en: 'Office' },
  { ja: '出張所', kana: 'しゅっちょうじょ', en: 'Branch Office' },
  { ja: '公衆便所', kana: 'こうしゅうべんじょ', en: 'Public Toilet' },
  { ja: '公衆トイレ', kana: 'こうしゅうといれ', en: 'Public Toilet' },
  { ja: '公衆電話', kana: 'こうしゅうでんわ', en: 'Public Phone' },
  { ja: '公園', kana: 'こうえん', en: 'Park' },
  { ja: '庭園', kana: 'ていえん', en: 'Garden' },
  { ja: '緑道', kana: 'りょくどう', en: 'Greenway' },
  { ja: '緑地', kana: 'りょくち', en: 'Green Space' },
  { ja: '広場', kana: 'ひろば', en: 'Square' },
  { ja: '運動場', kana: 'うんどうじょう', en: 'Sports Ground' },
  { ja: '球場', kana: 'きゅうじょう', en: 'Ballpark' },
  { ja: '霊園', kana: 'れいえん', en: 'Cemetery' },
  { ja: '神社', kana: 'じんじゃ', en: 'Shrine' },
  { ja: '寺', kana: 'じ', en: 'Temple', keepReading: true },
  { ja: '古墳', kana: 'こふん', en: 'Burial Mound' },
  { ja: '城跡', kana: 'じょうあと', en: 'Castle Ruins' },
  { ja: '遺跡', kana: 'いせき', en: 'Archaeological Site' },
  { ja: '団地', kana: 'だんち', en: 'Housing Complex' },
  { ja: '駅', kana: 'えき', en: 'Station' },
];

/** Prefixes that say who runs the place: 都立 and 国立 are worth saying, a ward's own (江東区立) is said elsewhere. */
export const PREFIXES: ReadonlyArray<{ ja: RegExp; kana: RegExp; en: string }> = [
  { ja: /^東京都立/, kana: /^とうきょうとりつ/, en: 'Tokyo Metropolitan' },
  { ja: /^都立/, kana: /^とりつ/, en: 'Tokyo Metropolitan' },
  { ja: /^東京都/, kana: /^とうきょうと/, en: 'Tokyo Metropolitan' },
  { ja: /^国立/, kana: /^こくりつ/, en: 'National' },
  { ja: /^[^\s]{1,4}?[区市町村]立/, kana: /^.{2,9}?(く|し|まち|ちょう|むら|そん)りつ/, en: '' },
  { ja: /^[区市町村]立/, kana: /^(く|し|ちょう|そん)りつ/, en: '' },
];

const GENERIC_KANA = new Map(GENERICS.map((g) => [g, plainKana(g.kana)]));

/** Hiragana with long-vowel marks spelled out and spaces removed: the form readings are compared in. */
export function plainKana(kana: string): string {
  return toHiragana(kana.replace(/\s+/g, ''));
}

/** Loanwords written in katakana, said in English (アリアケ スポーツ センター → Ariake Sports Center). */
const LOANWORDS: Record<string, string> = {
  スポーツ: 'Sports', センター: 'Center', ホール: 'Hall', プラザ: 'Plaza', パーク: 'Park', ガーデン: 'Garden', タワー: 'Tower',
  ビル: 'Building', ステーション: 'Station', ミュージアム: 'Museum', ギャラリー: 'Gallery', アリーナ: 'Arena', スクエア: 'Square',
  プール: 'Pool', コミュニティ: 'Community', ハウス: 'House', ホテル: 'Hotel', アート: 'Art', シアター: 'Theater', ライブラリー: 'Library',
  トイレ: 'Toilet', スタジアム: 'Stadium', マーケット: 'Market', ターミナル: 'Terminal', ポート: 'Port', ブリッジ: 'Bridge',
};

/** Hepburn without macrons, capitalised per word (words as the reading spaces them): おおいまち → Oimachi. */
export function romanise(kana: string): string {
  return kana
    .split(/[\s・]+/)
    .filter(Boolean)
    .map((word) => LOANWORDS[word] ?? kanaToRomaji(word).replace(/ou/g, 'o').replace(/oo/g, 'o').replace(/uu/g, 'u').replace(/['-]/g, ''))
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A Latin-letter name: the data's own English name when it has one (tidied: `Public_toilet_at_Mannen-Bridge_KotoCity`
 * → `Public toilet at Mannen-Bridge Koto City`), else the reading romanised with its generic part translated;
 * undefined when the record has neither.
 */
export function latinNameOf(name: PlaceName): string | undefined {
  if (name.en) return tidyEnglish(name.en);
  if (!name.kana) return undefined;
  const { main, note } = splitNote(name.ja);
  let ja = main;
  let kana = name.kana.trim();
  let prefix = '';
  for (const candidate of PREFIXES) {
    if (!candidate.ja.test(ja)) continue;
    const cut = candidate.kana.exec(plainKana(kana))?.[0];
    if (cut) {
      ja = ja.replace(candidate.ja, '');
      kana = dropKana(kana, cut.length, 0);
      prefix = candidate.en;
      break;
    }
  }
  const plain = plainKana(kana);
  // The whole rest may be generic (東京都美術館 → Tokyo Metropolitan Art Museum, 公衆電話 → Public Phone).
  const generic = GENERICS.find((g) => ja.endsWith(g.ja) && plain.endsWith(GENERIC_KANA.get(g) as string));
  const proper = generic && !generic.keepReading ? dropKana(kana, 0, (GENERIC_KANA.get(generic) as string).length) : kana;
  const latin = [prefix, romanise(proper), generic?.en ?? ''].filter(Boolean).join(' ');
  return note ? `${latin} ${note}` : latin;
}

/** Removes kana characters from the start and the end of a spaced reading, counting only kana (not spaces). */
export function dropKana(spaced: string, fromStart: number, fromEnd: number): string {
  const chars = [...spaced];
  let count = 0;
  const total = chars.filter((c) => !/\s/.test(c)).length;
  return chars
    .filter((c) => {
      if (/\s/.test(c)) return true;
      count += 1;
      return count > fromStart && count <= total - fromEnd;
    })
    .join('')
    .trim();
}

/** The name without a trailing note in brackets (公衆電話（江東区亀戸3-36-1） → 公衆電話): the part worth a reading. */
export function mainPartOf(ja: string): string {
  return splitNote(ja).main;
}

/** A trailing note in brackets stays as written: it is usually an address or a detail. */
function splitNote(ja: string): { main: string; note?: string } {
  const match = /^(.*?)\s*([（(][^（()）]*[)）])\s*$/.exec(ja);
  if (!match || !match[1]) return { main: ja };
  return { main: match[1], note: (match[2] as string).replace('（', '(').replace('）', ')') };
}

export function tidyEnglish(en: string): string {
  return en
    .replace(/_/g, ' ')
    .replace(/([a-z])(City|Ward|Town)\b/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}
