import { PLACE_TERMS } from '../i18n/place-terms.ts';
/**
 * The common words inside Tokyo facility names, with their reading and how English and Korean speakers say them:
 * people translate these parts of a name and keep the rest as it sounds (東京都現代美術館 → "Museum of Contemporary
 * Art Tokyo", 도쿄도 현대미술관; 東京都立多摩図書館 → 도쿄도립 다마 도서관). Chosen from the names of the parks,
 * museums, libraries, hospitals and sights in the data; cross-lingual-names.ts cuts names into these words.
 */

export interface GlossWord {
  ja: string;
  /** Readings in hiragana (to cut the word off the name's reading). */
  kana: string[];
  /** English phrases, each a way to say the word ("art museum", "museum"). */
  en: string[];
  ko: string[];
  /** `generic`: the kind a name ends with (…美術館); `word`: a part people say; `optional`: a part they drop. */
  role: 'generic' | 'word' | 'optional';
}

const generic = (ja: string, kana: string, en: string[], ko: string[]): GlossWord => ({ ja, kana: [kana], en, ko, role: 'generic' });
const word = (ja: string, kana: string | string[], en: string[], ko: string[]): GlossWord => ({ ja, kana: [kana].flat(), en, ko, role: 'word' });
const optional = (ja: string, kana: string, en: string[], ko: string[]): GlossWord => ({ ja, kana: [kana], en, ko, role: 'optional' });

/** Longest first where one ends another (医療センター before センター), as they are tried in order. */
export const GLOSSARY: readonly GlossWord[] = [
  generic('医療センター', 'いりょうせんたー', ['medical center', 'medical centre', 'hospital'], ['의료센터', '병원']),
  generic('メディカルセンター', 'めでぃかるせんたー', ['medical center', 'medical centre', 'hospital'], ['메디컬센터', '병원']),
  generic('総合病院', 'そうごうびょういん', ['general hospital', 'hospital'], ['종합병원', '병원']),
  generic('病院', 'びょういん', ['hospital'], ['병원']),
  generic('美術館', 'びじゅつかん', ['art museum', 'museum of art', 'museum', 'gallery'], ['미술관']),
  generic('博物館', 'はくぶつかん', ['museum'], ['박물관']),
  generic('資料館', 'しりょうかん', ['museum', 'archives'], ['자료관']),
  generic('記念館', 'きねんかん', ['memorial museum', 'memorial hall', 'museum'], ['기념관']),
  generic('文学館', 'ぶんがくかん', ['museum of literature', 'literature museum'], ['문학관']),
  generic('地熱館', 'ちねつかん', ['geothermal museum', 'geothermal'], ['지열관']),
  generic('図書館', 'としょかん', ['library'], ['도서관']),
  generic('児童館', 'じどうかん', ["children's center", 'childrens center', "children's centre", 'childrens centre', 'jidokan'], ['아동관']),
  generic('保育園', 'ほいくえん', ['nursery', 'nursery school', 'daycare'], ['보육원', '어린이집']),
  generic('区役所', 'くやくしょ', ['city office', 'ward office', 'city hall'], ['구청']),
  generic('市役所', 'しやくしょ', ['city office', 'city hall'], ['시청']),
  generic('役場', 'やくば', ['town office', 'village office', 'town hall', 'office'], ['사무소', '청사']),
  // (schools are said short: "Asamadai Elementary", "Daiichi junior high")
  generic('小中学校', 'しょうちゅうがっこう', ['elementary and junior high school', 'elementary and junior high', 'school'], ['초중학교']),
  generic('小学校', 'しょうがっこう', ['elementary school', 'elementary', 'primary school', 'primary'], ['초등학교']),
  generic('中学校', 'ちゅうがっこう', ['junior high school', 'junior high', 'middle school'], ['중학교']),
  generic('公園', 'こうえん', ['park', 'garden', 'gardens'], ['공원']),
  generic('庭園', 'ていえん', ['garden', 'gardens'], ['정원']),
  generic('緑地', 'りょくち', ['green space', 'park'], ['녹지']),
  generic('緑道', 'りょくどう', ['greenway'], ['녹도']),
  generic('動物園', 'どうぶつえん', ['zoo', 'zoological park', 'zoological gardens'], ['동물원']),
  generic('水族園', 'すいぞくえん', ['aquarium', 'sea life park'], ['수족관']),
  generic('水族館', 'すいぞくかん', ['aquarium'], ['수족관']),
  generic('植物園', 'しょくぶつえん', ['botanical garden', 'botanical gardens', 'botanic garden'], ['식물원']),
  generic('霊園', 'れいえん', ['cemetery'], ['묘지', '영원']),
  generic('競技場', 'きょうぎじょう', ['stadium', 'sports ground'], ['경기장']),
  generic('体育館', 'たいいくかん', ['gymnasium', 'gym', 'sports hall'], ['체육관']),
  generic('公会堂', 'こうかいどう', ['public hall', 'hall'], ['공회당']),
  generic('展望台', 'てんぼうだい', ['observation deck', 'observatory', 'lookout'], ['전망대']),
  generic('劇場', 'げきじょう', ['theatre', 'theater'], ['극장']),
  generic('会館', 'かいかん', ['hall'], ['회관']),
  generic('古墳', 'こふん', ['burial mound', 'tumulus', 'kofun'], ['고분']),
  generic('遺跡', 'いせき', ['archaeological site', 'ruins', 'site'], ['유적']),
  generic('城跡', 'じょうあと', ['castle ruins', 'castle site', 'castle'], ['성터']),
  generic('灯台', 'とうだい', ['lighthouse'], ['등대']),
  generic('海岸', 'かいがん', ['coast', 'beach'], ['해안']),
  word('現代', 'げんだい', ['contemporary', 'modern'], ['현대']),
  word('写真', 'しゃしん', ['photographic', 'photography', 'photo'], ['사진']),
  word('中央', 'ちゅうおう', ['central', 'chuo'], ['중앙']),
  word('国際', 'こくさい', ['international'], ['국제']),
  word('総合', 'そうごう', ['general'], ['종합']),
  word('記念', 'きねん', ['memorial'], ['기념']),
  word('医科大学', 'いかだいがく', ['medical university', 'university'], ['의과대학', '의대']),
  word('大学', 'だいがく', ['university'], ['대학']),
  word('赤十字', 'せきじゅうじ', ['red cross'], ['적십자']),
  word('芸術', 'げいじゅつ', ['art', 'arts'], ['예술']),
  word('文化', 'ぶんか', ['cultural', 'culture'], ['문화']),
  word('自然', 'しぜん', ['nature', 'natural'], ['자연']),
  word('植物', 'しょくぶつ', ['botanical'], ['식물']),
  word('歴史', 'れきし', ['history', 'historical'], ['역사']),
  word('民俗', 'みんぞく', ['folk'], ['민속']),
  word('海浜', 'かいひん', ['seaside', 'marine', 'beach'], ['해변']),
  word('野鳥', 'やちょう', ['wild bird', 'bird'], ['야조', '들새']),
  word('東京', 'とうきょう', ['tokyo'], ['도쿄']),
  word('日本', ['にほん', 'にっぽん'], ['japan'], ['일본']),
  optional('恩賜', 'おんし', ['onshi'], ['온시']),
  optional('附属', 'ふぞく', ['affiliated', 'attached'], ['부속']),
  optional('付属', 'ふぞく', ['affiliated', 'attached'], ['부속']),
  optional('医学部', 'いがくぶ', ['school of medicine', 'faculty of medicine', 'medical'], ['의학부']),
];

/** Owners and prefixes are cut off by the English-name rules (PREFIXES), not matched as words. */
const OWNER_TERMS = new Set(['東京都立', '都立', '東京都', '都営', '国立', '区立', '市立', '町立', '村立', '私立', '旧']);

/**
 * The words people translate when they name a place in English or Korean: this glossary's, then every term of the
 * display glossary (i18n/place-terms.ts: 小学校 → Elementary School, 초등학교) it lacks, as kinds of place. With
 * the reading of each, as said (Elementary School) or as it sounds (shogakko, 쇼갓코). Longest first.
 */
export const MATCH_GLOSSARY: readonly GlossWord[] = [
  ...GLOSSARY,
  ...PLACE_TERMS.filter((term) => !OWNER_TERMS.has(term.ja) && term.en !== '' && term.ko !== '' && !GLOSSARY.some((entry) => entry.ja === term.ja)).map(
    (term): GlossWord => ({ ja: term.ja, kana: term.kana, en: [term.en.toLowerCase()], ko: [term.ko.replace(/^~/, '')], role: 'generic' }),
  ),
].sort((a, b) => b.ja.length - a.ja.length);

/** Who runs the place, said before the name; the English and Korean ways to say it (東京都 → Tokyo Metropolitan, 도쿄도). */
export const OWNER_WORDS: Readonly<Record<string, { en: string[]; ko: string[] }>> = {
  'Tokyo Metropolitan': { en: ['tokyo metropolitan', 'metropolitan', 'tokyo'], ko: ['도쿄도립', '도쿄도', '도립', '도쿄'] },
  National: { en: ['national'], ko: ['국립'] },
};

/** Every single English word of the glossary's phrases: a name made only of these says what, not which. */
export const GENERIC_ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...GLOSSARY.filter((entry) => entry.role === 'generic').flatMap((entry) => entry.en.flatMap((phrase) => phrase.split(' '))),
  ...Object.keys(OWNER_WORDS).flatMap((owner) => owner.toLowerCase().split(' ')),
  'of',
  'the',
  'city',
  'center',
  'centre',
]);

/** A name made only of generic words ("Art Museum"; "Central Library" is not: Central says which). */
export function isGenericName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .every((word) => GENERIC_ENGLISH_WORDS.has(word.replace(/[^a-z]/g, '')));
}
