import type { Category, GazetteerEntry } from '../core/place.ts';
import { chineseToJapaneseKanji } from '../text/chinese.ts';
import { editDistance, typoBudget } from '../text/fuzzy.ts';
import { hangulKey, isHangulSyllable, kanaToHangul } from '../text/hangul.ts';
import { toHiragana, toKatakana } from '../text/kana.ts';
import { OWNER_PREFIX } from './name-match.ts';
import { isGenericName } from './name-glossary.ts';
import { nameVariants } from './name-variants.ts';
import { romajiKey } from '../text/text-keys.ts';
import { ATTRIBUTE_WORDS } from './question-words/attribute-words.ts';
import { TOPICS } from './topics.ts';

/** A place people name in questions; landmarks also point back at the record they come from. */
export interface AnchorEntry extends GazetteerEntry {
  placeId?: string;
  category?: Category;
  /** The landmark's name in Latin letters, for answers. */
  latin?: string;
}

export interface FoundPlaces {
  /** The municipality named in the question. */
  ward?: AnchorEntry;
  /** A station or landmark named in the question: answers are ranked by distance from it. */
  anchor?: AnchorEntry;
  /** The question with the names found blanked out, for topic words and name search. */
  rest: string;
  /** Where the names found stand in the question (NFKC), [start, end). */
  spans: Array<[number, number]>;
}

interface Candidate {
  entry: AnchorEntry;
  start: number;
  end: number;
  /** A station word follows (駅, 站, 역, station). */
  marked: boolean;
  /** A municipality word follows (区, 市, 구, city, ku). */
  wardWord: boolean;
  /** The key matched is a municipality's bare name (品川 for 品川区). */
  bare?: boolean;
}

interface Key {
  key: string;
  entry: AnchorEntry;
  bare?: boolean;
  /** Short kana keys count only when a marker or a word boundary follows. */
  needsBoundary?: boolean;
}

const STATION_AFTER = /^(\s?駅|\s?えき|\s?エキ|站|車站|车站|역|\s?station|\s?stn\b|\s?sta\b|\s?eki\b|-eki\b)/i;
/** Particles that end a name written in kana (ぎんざの, うえので). */
const KANA_PARTICLE = /^[のにでへはがをとも]/;
const WARD_AFTER = /^(区|市|町|村|く|し|구|시|\s?(city|ward|ku|shi|town|village)\b|-(ku|shi)\b)/i;
const LATIN_STATION_WORD = /^(station|stn|sta|eki)$/;
const LATIN_WARD_WORD = /^(city|ward|ku|shi|town|village)$/;
/** Names that are also common words (なかの: "the inside of"): they count only when a station or ward word follows. */
const NEEDS_MARKER = new Set(['東京', 'とうきょう', 'トウキョウ', 'tokyo', '도쿄', '도교', 'なかの', 'みなと']);
const MUNICIPALITY_SUFFIX = /(区|市|町|村)$/;
const KOREAN_BOUNDARY = /^([^\uac00-\ud7a3]|역|구|시|의|에|근|주|쪽|은|는|이|가|을|를)/;
const MAX_LATIN_WORDS = 5;
/** English words of the service's vocabulary (topics, facts, conditions), never a place name misspelt. */
const VOCABULARY: ReadonlySet<string> = new Set(
  [...TOPICS.flatMap((topic) => topic.keywords), ...ATTRIBUTE_WORDS.flatMap(([, words]) => words), 'where', 'what', 'which', 'nearest', 'closest', 'near', 'around', 'there', 'the', 'please', 'tell', 'show', 'find', 'open', 'today', 'tomorrow']
    .filter((word) => /^[a-z][a-z ]*$/.test(word))
    .flatMap((word) => word.split(' '))
    .flatMap((word) => [word, `${word}s`]),
);
/** Runs of at most this many words are compared with names for a typo. */
const MAX_FUZZY_WORDS = 3;
/** The same in Latin letters (romaji keys). */
const LATIN_ALIASES: ReadonlyArray<[string, string]> = [
  ['odaiba', '台場'],
  ['hachijojima', '八丈町'],
  ['miyakejima', '三宅村'],
  ['izuoshima', '大島町'],
];
/** Names people use instead of the municipality's or the station's (八丈島 for 八丈町, お台場 for 台場). */
const ALIASES: ReadonlyArray<[string, string]> = [
  ['お台場', '台場'],
  ['八丈島', '八丈町'],
  ['三宅島', '三宅村'],
  ['伊豆大島', '大島町'],
  ['父島', '小笠原村'],
  ['母島', '小笠原村'],
  ['青ヶ島', '青ヶ島村'],
  ['御蔵島', '御蔵島村'],
  ['神津島', '神津島村'],
  ['式根島', '新島村'],
  ['小笠原諸島', '小笠原村'],
  ['はちじょうじま', '八丈町'],
  ['みやけじま', '三宅村'],
  ['いずおおしま', '大島町'],
  ['こうづしま', '神津島村'],
  ['にいじま', '新島村'],
  ['みくらじま', '御蔵島村'],
  ['ちちじま', '小笠原村'],
  ['ははじま', '小笠原村'],
];

/**
 * Finds municipalities, stations and landmarks named in a question, in Japanese (kanji or kana), Chinese (either
 * script), Korean (Hangul transliteration of the reading) and Latin letters (English names and romanised
 * readings, with or without long vowels, forgiving one typo in a long name).
 */
export class PlaceFinder {
  private readonly cjkKeys: Key[] = [];
  /** Positions in `cjkKeys` by a key's first two characters: a question is scanned once, not once per key. */
  private readonly cjkByPrefix = new Map<string, number[]>();
  private readonly latinKeys = new Map<string, AnchorEntry[]>();
  /** Latin keys by their first letter and length (`s8`): a typo is looked for among keys of about the same length. */
  private readonly latinByInitial = new Map<string, string[]>();
  private readonly hangulKeys = new Map<string, AnchorEntry[]>();
  /** Names shared by a municipality and a station (品川, shinagawa): which one is meant depends on the words around. */
  private readonly stationNames = new Set<string>();
  private readonly municipalityNames = new Set<string>();

  constructor(entries: AnchorEntry[]) {
    for (const entry of entries) {
      this.cjkKeys.push(...cjkKeysOf(entry));
      for (const key of latinKeysOf(entry)) push(this.latinKeys, key, entry);
      for (const key of hangulKeysOf(entry)) push(this.hangulKeys, key, entry);
      if (entry.kind === 'station') this.stationNames.add(entry.ja);
      if (entry.kind === 'municipality') this.municipalityNames.add(bareName(entry.ja));
    }
    for (const key of this.latinKeys.keys()) push(this.latinByInitial, `${key.charAt(0)}${key.length}`, key);
    this.cjkKeys.sort((a, b) => b.key.length - a.key.length);
    this.cjkKeys.forEach(({ key }, rank) => push(this.cjkByPrefix, key.slice(0, 2), rank));
  }

  /** Whether a station's name is also a municipality's (新宿, 品川): said alone, it may mean either. */
  isMunicipalityName(ja: string): boolean {
    return this.municipalityNames.has(bareName(ja));
  }

  /**
   * The municipality and the anchor a question names. A name shared by a municipality and a station (渋谷,
   * Shinjuku) is the municipality unless a station word follows it, or `preferStation` (the question says "near").
   */
  find(question: string, options: { preferStation?: boolean } = {}): FoundPlaces {
    const text = question.normalize('NFKC');
    const candidates = [
      ...this.cjkCandidates(chineseToJapaneseKanji(text)),
      ...this.latinCandidates(text),
      ...this.hangulCandidates(text),
    ];
    return this.resolve(text, candidates, options.preferStation ?? false);
  }

  private cjkCandidates(text: string): Candidate[] {
    // every key (2+ characters) that occurs, in the order of `cjkKeys` (longest first), then by position
    const occurrences: Array<{ rank: number; at: number }> = [];
    for (let at = 0; at + 1 < text.length; at += 1) {
      for (const rank of this.cjkByPrefix.get(text.slice(at, at + 2)) ?? []) {
        if (text.startsWith((this.cjkKeys[rank] as Key).key, at)) occurrences.push({ rank, at });
      }
    }
    occurrences.sort((a, b) => a.rank - b.rank || a.at - b.at);
    const found: Candidate[] = [];
    for (const { rank, at } of occurrences) {
      const { key, entry, bare, needsBoundary } = this.cjkKeys[rank] as Key;
      const after = text.slice(at + key.length);
      const marked = STATION_AFTER.test(after);
      const wardWord = WARD_AFTER.test(after);
      if (NEEDS_MARKER.has(key) && !marked && !wardWord) continue;
      // A bare name glued to more kanji is another word (中央図書館, 国立西洋美術館, 荒川区 is fine).
      if (bare && /^\p{Script=Han}/u.test(after) && !marked && !wardWord) continue;
      if (needsBoundary && !marked && !wardWord && !KANA_PARTICLE.test(after) && /^[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(after)) continue;
      found.push({ entry, start: at, end: at + key.length, marked, wardWord, bare });
    }
    return found;
  }

  private latinCandidates(text: string): Candidate[] {
    const words = [...foldLatin(text).matchAll(/[a-z]+/g)].map((m) => ({
      word: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
    const found: Candidate[] = [];
    for (let size = Math.min(MAX_LATIN_WORDS, words.length); size >= 1; size -= 1) {
      for (let i = 0; i + size <= words.length; i += 1) {
        const phrase = words.slice(i, i + size).map((w) => w.word);
        const joined = phrase.join('');
        const key = romajiKey(joined);
        const next = words[i + size]?.word ?? '';
        const marked = LATIN_STATION_WORD.test(next);
        const wardWord = LATIN_WARD_WORD.test(next);
        // Three letters (Ota, Ome, Oji) name a place only before "ward", "city" or "station".
        if (key.length < 3 || (key.length < 4 && !marked && !wardWord)) continue;
        if (NEEDS_MARKER.has(joined) && !marked && !wardWord) continue;
        // a typo is looked for in names of up to three words ("Shinjiku", "edo tokyo musuem"), not in every run of the
        // sentence, nor in the service's own words ("shelters", "station")
        const fuzzy = size <= MAX_FUZZY_WORDS && !phrase.some((word) => VOCABULARY.has(word));
        const entries = this.latinKeys.get(key) ?? (fuzzy ? this.fuzzyLatin(key) : []);
        const span = { start: (words[i] as { start: number }).start, end: (words[i + size - 1] as { end: number }).end };
        for (const entry of entries) found.push({ entry, ...span, marked, wardWord });
      }
    }
    return found;
  }

  /** One typo in a long name (Shinjiku, Ikebukuro → Ikeburuko): only when no name matches exactly. */
  private fuzzyLatin(key: string): AnchorEntry[] {
    const budget = typoBudget(key.length) > 0 ? 1 : 0;
    if (budget === 0) return [];
    const hits: AnchorEntry[] = [];
    for (let length = key.length - budget; length <= key.length + budget; length += 1) {
      for (const candidate of this.latinByInitial.get(`${key.charAt(0)}${length}`) ?? []) {
        if (candidate.length < 6) continue;
        if (editDistance(key, candidate, budget) <= budget) hits.push(...(this.latinKeys.get(candidate) ?? []));
      }
    }
    return hits;
  }

  private hangulCandidates(text: string): Candidate[] {
    const found: Candidate[] = [];
    for (const run of text.matchAll(/[\uac00-\ud7a3][\uac00-\ud7a3\s]*/g)) {
      const chars = [...run[0]];
      for (let i = 0; i < chars.length; i += 1) {
        if (!isHangulSyllable(chars[i] as string)) continue;
        for (let j = Math.min(chars.length, i + 10); j >= i + 2; j -= 1) {
          const window = chars.slice(i, j).join('');
          const entries = this.hangulKeys.get(hangulKey(window));
          if (!entries) continue;
          const after = chars.slice(j).join('') + text.slice(run.index + run[0].length);
          const key = hangulKey(window);
          // Two syllables are a name only as a word of their own (쿄도 inside 도쿄도 is not 経堂).
          if (key.length === 2 && (!KOREAN_BOUNDARY.test(after) || (i > 0 && chars[i - 1] !== ' '))) continue;
          // 메구로구청 is 메구로 + 구청 (ward office): the 구 belongs to the office word.
          if (/[구시]$/.test(window) && after.startsWith('청')) continue;
          const marked = STATION_AFTER.test(after.trimStart());
          const wardWord = /^(구|시)/.test(after);
          if (NEEDS_MARKER.has(key) && !marked && !wardWord) continue;
          for (const entry of entries) found.push({ entry, start: run.index + i, end: run.index + j, marked, wardWord });
        }
      }
    }
    return found;
  }

  private resolve(text: string, candidates: Candidate[], preferStation: boolean): FoundPlaces {
    const result: FoundPlaces = { rest: text, spans: [] };
    const taken: Array<[number, number]> = [];
    const order = (c: Candidate) => {
      if (c.entry.kind === 'municipality') return c.marked && !c.wardWord ? 2 : preferStation && !c.wardWord && this.stationNames.has(bareName(c.entry.ja)) ? 1 : 0;
      const rank = c.marked || (preferStation && !c.wardWord) ? 0 : 1;
      // A landmark said in full (井の頭公園, 代々木公園) is the place, not the station named after it, unless 駅 follows.
      if (c.entry.kind === 'landmark') return c.marked ? rank + 0.5 : rank - 0.5;
      return rank;
    };
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || order(a) - order(b));
    for (const c of candidates) {
      if (taken.some(([s, e]) => c.start < e && c.end > s)) continue;
      if (c.entry.kind === 'municipality') {
        if (result.ward || (c.marked && !c.wardWord)) continue;
        result.ward = c.entry;
      } else {
        if (result.anchor || (c.wardWord && !c.marked)) continue;
        result.anchor = c.entry;
      }
      taken.push([c.start, c.end]);
    }
    let rest = [...text];
    for (const [s, e] of taken) rest = rest.map((char, i) => (i >= s && i < e ? ' ' : char));
    result.rest = rest.join('');
    result.spans = taken;
    return result;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Lower-case Latin letters without accents, one character for one (Ōimachi → oimachi), so positions still match. */
function foldLatin(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += text.charAt(i).normalize('NFKD').charAt(0).toLowerCase();
  return out;
}

function bareName(ja: string): string {
  return ja.replace(MUNICIPALITY_SUFFIX, '');
}

function cjkKeysOf(entry: AnchorEntry): Key[] {
  const keys: Key[] = [];
  // (in the kanji forms the question is read in: it is rewritten from Chinese forms, one character for one, and
  // that rewriting also touches characters Japanese names keep, 岩 in 新小岩, 檜 in 檜原村)
  const add = (name: string, extra: Partial<Key> = {}) => {
    const key = chineseToJapaneseKanji(name);
    if (key.length >= (entry.kind === 'landmark' ? 4 : 2) && !keys.some((k) => k.key === key)) keys.push({ key, entry, ...extra });
  };
  add(entry.ja);
  for (const variant of nameVariants(entry.ja)) add(variant);
  for (const [alias, name] of ALIASES) if (name === entry.ja && entry.kind !== 'landmark') add(alias);
  // an island's name is a whole word (新島有哪些避難所): only other bare names glued to kanji are another word
  if (entry.kind === 'municipality') add(bareName(entry.ja), /島$/.test(bareName(entry.ja)) ? {} : { bare: true });
  if (entry.kind === 'landmark') for (const form of [entry.ja.replace(OWNER_PREFIX, ''), ...nameVariants(entry.ja.replace(OWNER_PREFIX, ''))]) add(form);
  const kana = entry.kana?.replace(/\s+/g, '');
  if (kana && entry.kind !== 'landmark') {
    const forms = [toHiragana(kana), toKatakana(kana)];
    if (entry.kind === 'municipality') forms.push(...forms.map((form) => form.replace(/(く|し|まち|ちょう|むら|そん|ク|シ|マチ|チョウ|ムラ|ソン)$/, '')));
    for (const form of forms) if (form.length >= 3) add(form, { needsBoundary: form.length < 4 });
  }
  return keys;
}

function latinKeysOf(entry: AnchorEntry): string[] {
  const keys = new Set<string>();
  const bare = entry.latin?.replace(/^(Tokyo Metropolitan|National) /, '');
  // Without its owner a name may say only what the place is ("Art Museum"): that names no place.
  const names = [entry.en, entry.latin, bare && !isGenericName(bare) ? bare : undefined];
  for (const name of names) {
    if (!name) continue;
    keys.add(romajiKey(name));
    keys.add(romajiKey(name.replace(/\s+(City|Town|Village|Ward)$/i, '')));
  }
  for (const [alias, name] of LATIN_ALIASES) if (name === entry.ja && entry.kind !== 'landmark') keys.add(alias);
  if (entry.kana) {
    keys.add(romajiKey(entry.kana));
    if (entry.kind === 'municipality') keys.add(romajiKey(entry.kana.replace(/(く|し|まち|ちょう|むら|そん)$/, '')));
  }
  return [...keys].filter((key) => key.length >= 3);
}

function hangulKeysOf(entry: AnchorEntry): string[] {
  if (!entry.kana) return [];
  const keys = new Set([hangulKey(kanaToHangul(entry.kana))]);
  if (entry.kind === 'municipality') keys.add(hangulKey(kanaToHangul(entry.kana.replace(/(く|し|まち|ちょう|むら|そん)$/, ''))));
  return [...keys].filter((key) => key.length >= 2);
}
