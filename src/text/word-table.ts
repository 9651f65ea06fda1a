import { editDistance, typoBudget } from './fuzzy.ts';

/** A word of a table found in a text. */
export interface WordHit<K> {
  key: K;
  /** The table's word, as written in the table. */
  word: string;
  start: number;
  end: number;
}

const LATIN = /^[a-z0-9 '.&/-]+$/;
const LATIN_TOKEN = /[\p{Script=Latin}0-9][\p{Script=Latin}0-9'’.&/-]*/gu;
const SPACE = /\s/;

interface Entry<K> {
  key: K;
  word: string;
}

/**
 * The words of a vocabulary table (attribute words, conditions, declines, …), found in a normalised question
 * (NFKC, lower case: text-keys.ts normaliseQuery). Latin words stand as words and may take a plural ("fees",
 * "toilets"); words in other scripts match anywhere, spaces between their characters ignored (몇 시 = 몇시,
 * なん じ = なんじ). Where two words overlap, the one that starts first wins, then the longest.
 *
 * Words are looked up by their first word (Latin) or first two characters (other scripts): one pass over the
 * question, no regular expression built from the table (a single alternation of a thousand words took seconds
 * to compile on its first use).
 */
export class WordTable<K> {
  /** Latin phrases by their first word, as word lists; longest first. */
  private readonly latin = new Map<string, Array<Entry<K> & { words: string[] }>>();
  /** Other scripts by their first two characters (spaces removed); longest first. */
  private readonly script = new Map<string, Array<Entry<K> & { chars: string }>>();
  /** One-character words (層, 칸), by that character. */
  private readonly single = new Map<string, Entry<K>>();
  /** Single Latin words long enough to forgive a typo in ("tsumani", "sundys"), when the table allows it. */
  private readonly typoWords: Array<Entry<K>> = [];

  /** `typos`: a Latin word of six letters or more also matches with one typo (two from nine), as topics do. */
  constructor(entries: ReadonlyArray<readonly [K, readonly string[]]>, options: { typos?: boolean } = {}) {
    const seen = new Set<string>();
    for (const [key, list] of entries) {
      for (const word of list) {
        const lower = word.toLowerCase();
        const folded = LATIN.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower.replace(/\s+/g, '');
        if (folded === '' || seen.has(folded)) continue; // the first table entry that lists a word owns it
        seen.add(folded);
        if (LATIN.test(folded)) {
          push(this.latin, folded.split(' ')[0] as string, { key, word, words: folded.split(' ') });
          if (options.typos && !folded.includes(' ') && typoBudget(folded.length) > 0) this.typoWords.push({ key, word: folded });
        }
        else if (folded.length === 1) this.single.set(folded, { key, word });
        else push(this.script, folded.slice(0, 2), { key, word, chars: folded });
      }
    }
    for (const list of this.latin.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const list of this.script.values()) list.sort((a, b) => b.chars.length - a.chars.length);
  }

  /** Every word of the table in the text, in order, none overlapping. */
  find(text: string): WordHit<K>[] {
    const hits = [...this.findLatin(text), ...this.findScript(text)].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: WordHit<K>[] = [];
    for (const hit of hits) if (!kept.some((other) => hit.start < other.end && hit.end > other.start)) kept.push(hit);
    return kept;
  }

  /** The keys the text names, in the order they first appear. */
  keys(text: string): K[] {
    return [...new Set(this.find(text).map((hit) => hit.key))];
  }

  /** Whether the text names this key. */
  has(text: string, key: K): boolean {
    return this.find(text).some((hit) => hit.key === key);
  }

  private findLatin(text: string): Array<WordHit<K>> {
    if (this.latin.size === 0) return [];
    const tokens = latinTokens(text);
    const hits: Array<WordHit<K>> = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as (typeof tokens)[number];
      const candidates = this.latin.get(token.word) ?? this.latin.get(singular(token.word));
      if (!candidates && this.typoWords.length > 0) {
        const near = this.typoWords.find(
          (entry) =>
            entry.word.charAt(0) === token.word.charAt(0) &&
            Math.abs(entry.word.length - token.word.length) <= typoBudget(entry.word.length) &&
            editDistance(token.word, entry.word, typoBudget(entry.word.length)) <= typoBudget(entry.word.length),
        );
        if (near) hits.push({ key: near.key, word: near.word, start: token.start, end: token.end });
        continue;
      }
      for (const candidate of candidates ?? []) {
        const n = candidate.words.length;
        if (i + n > tokens.length) continue;
        const matches = candidate.words.every((word, j) => {
          const said = (tokens[i + j] as (typeof tokens)[number]).word;
          return said === word || (j === n - 1 && singular(said) === word);
        });
        if (!matches) continue;
        hits.push({ key: candidate.key, word: candidate.word, start: token.start, end: (tokens[i + n - 1] as (typeof tokens)[number]).end });
        break;
      }
    }
    return hits;
  }

  private findScript(text: string): Array<WordHit<K>> {
    if (this.script.size === 0 && this.single.size === 0) return [];
    const { compact, at, pairs } = compactOf(text);
    const hits: Array<WordHit<K>> = [];
    for (let i = 0; i < compact.length; i += 1) {
      const found = (this.script.get(pairs[i] as string) ?? []).find(
        (candidate) => compact.startsWith(candidate.chars, i) && standsAlone(text, candidate.chars, at[i] as number, (at[i + candidate.chars.length - 1] as number) + 1, candidate.word),
      );
      if (found) {
        hits.push({ key: found.key, word: found.word, start: at[i] as number, end: (at[i + found.chars.length - 1] as number) + 1 });
        continue;
      }
      const one = this.single.get(compact.charAt(i));
      if (one) hits.push({ key: one.key, word: one.word, start: at[i] as number, end: (at[i] as number) + 1 });
    }
    return hits;
  }
}

interface LatinToken {
  word: string;
  start: number;
  end: number;
}

/**
 * The text's Latin words, and the text without spaces with where each character stands: the same question is read
 * by every table in turn, so the last text's are kept (one entry each).
 */
let lastTokens: { text: string; tokens: LatinToken[] } | undefined;
let lastCompact: { text: string; compact: string; at: number[]; pairs: string[] } | undefined;

function latinTokens(text: string): LatinToken[] {
  if (lastTokens?.text !== text) {
    const tokens = [...text.matchAll(LATIN_TOKEN)].map((m) => {
      const word = m[0].replace(/’/g, "'").replace(/[.'&/-]+$/, ''); // "hours." at the end of a sentence
      return { word, start: m.index, end: m.index + word.length };
    });
    lastTokens = { text, tokens };
  }
  return lastTokens.tokens;
}

function compactOf(text: string): { compact: string; at: number[]; pairs: string[] } {
  if (lastCompact?.text !== text) {
    let compact = '';
    const at: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const char = text.charAt(i);
      if (SPACE.test(char)) continue;
      compact += char;
      at.push(i);
    }
    // the two characters at each position, the tables' bucket keys, cut once for every table
    const pairs = Array.from({ length: compact.length }, (_, i) => compact.slice(i, i + 2));
    lastCompact = { text, compact, at, pairs };
  }
  return lastCompact;
}

const HIRAGANA = /^[\u3041-\u309f]+$/;
/** Particles that may stand before or after a word written in kana ("いまは", "あしたの", "のそば"). */
const PARTICLES = 'はもがをにでのへとやかよねな';
const LONG_PARTICLES = ['まで', 'ごろ', 'くらい', 'ぐらい', 'だけ', 'です', 'じゃ'];

/**
 * A short word in hiragana only (いま, あす) is a word only where it stands apart: not inside a longer kana word
 * (いま in あいています). Kanji and longer words match anywhere.
 */
function standsAlone(text: string, word: string, start: number, end: number, written = word): boolean {
  if (HANGUL_WORD.test(word)) return koreanStandsAlone(text, written, start, end);
  if (word.length > 3 || !HIRAGANA.test(word)) return true;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const particleAfter = PARTICLES.includes(after) || LONG_PARTICLES.some((particle) => text.startsWith(particle, end));
  return (!HIRAGANA.test(before) || PARTICLES.includes(before)) && (!HIRAGANA.test(after) || particleAfter);
}

const HANGUL_WORD = /^[\uac00-\ud7a3]/;

/**
 * Korean writes spaces between words: a word written without one does not run across one (벤조 건물 is not 조건),
 * and a short word does not end a long one (나이 "age" is not in 코엔나이).
 */
function koreanStandsAlone(text: string, word: string, start: number, end: number): boolean {
  if (!word.includes(' ') && /\s/.test(text.slice(start, end))) return false;
  if (word.replace(/\s/g, '').length > 2) return true;
  // (after a compound's first noun it is a word: 주차요금; after a long run, a name said in Hangul, it is not)
  const run = /[\uac00-\ud7a3]*$/.exec(text.slice(0, start))?.[0].length ?? 0;
  return run < LONG_HANGUL_RUN;
}

/** Syllables before a short word that make them one long word, a name written in Hangul (고토쿠리쓰…코엔나이). */
const LONG_HANGUL_RUN = 4;

/** "fees" → "fee", "toilets" → "toilet", "boxes" → "box": a plural read as its word. */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
