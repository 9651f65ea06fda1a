/**
 * Kana conversions on the hot path (index build, every question): a table lookup per character. wanakana does
 * the same with IME-grade generality and is about 50× slower here (bench/retrieval-kana.ts,
 * docs/adr/0002-retrieval-libraries.md); it stays for what the table does not cover.
 */

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

/** Katakana → hiragana, one character for one (ー and everything else kept). */
export function toHiragana(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const char = text.charAt(i);
    // the small ヶ and ヵ of names are read が and か (聖ヶ丘 ひじりがおか, 霞ヶ関): their hiragana twins ゖ ゕ are never written
    out += SMALL_KA_KE[char] ?? (code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCharCode(code - KANA_OFFSET) : char);
  }
  return out;
}

const SMALL_KA_KE: Record<string, string> = { ヶ: 'が', ヵ: 'か', ゖ: 'が', ゕ: 'か' };

/** Hiragana → katakana, one character for one. */
export function toKatakana(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out += code >= KATAKANA_START - KANA_OFFSET && code <= KATAKANA_END - KANA_OFFSET ? String.fromCharCode(code + KANA_OFFSET) : text.charAt(i);
  }
  return out;
}

const ROWS: Array<[string, string[]]> = [
  ['あいうえお', ['a', 'i', 'u', 'e', 'o']],
  ['かきくけこ', ['ka', 'ki', 'ku', 'ke', 'ko']],
  ['がぎぐげご', ['ga', 'gi', 'gu', 'ge', 'go']],
  ['さしすせそ', ['sa', 'shi', 'su', 'se', 'so']],
  ['ざじずぜぞ', ['za', 'ji', 'zu', 'ze', 'zo']],
  ['たちつてと', ['ta', 'chi', 'tsu', 'te', 'to']],
  ['だぢづでど', ['da', 'ji', 'zu', 'de', 'do']],
  ['なにぬねの', ['na', 'ni', 'nu', 'ne', 'no']],
  ['はひふへほ', ['ha', 'hi', 'fu', 'he', 'ho']],
  ['ばびぶべぼ', ['ba', 'bi', 'bu', 'be', 'bo']],
  ['ぱぴぷぺぽ', ['pa', 'pi', 'pu', 'pe', 'po']],
  ['まみむめも', ['ma', 'mi', 'mu', 'me', 'mo']],
  ['やゆよ', ['ya', 'yu', 'yo']],
  ['らりるれろ', ['ra', 'ri', 'ru', 're', 'ro']],
  ['わゐゑを', ['wa', 'i', 'e', 'o']],
  ['ぁぃぅぇぉゎゔ', ['a', 'i', 'u', 'e', 'o', 'wa', 'vu']],
];
const ROMAJI = new Map<string, string>(ROWS.flatMap(([kana, romaji]) => [...kana].map((char, i) => [char, romaji[i] as string] as const)));
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };
const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };

/**
 * Hepburn romanisation of kana (either script): きょう → kyou, しゃ → sha, ちょ → cho, っ doubles the next
 * consonant (tch before ch), ん → n, ティ → ti, ファ → fa, ー dropped. Other characters pass through.
 */
export function kanaToRomaji(text: string): string {
  const kana = toHiragana(text);
  let out = '';
  let double = false;
  for (let i = 0; i < kana.length; i += 1) {
    const char = kana.charAt(i);
    if (char === 'っ') {
      double = true;
      continue;
    }
    if (char === 'ー') continue;
    let syllable: string;
    if (char === 'ん') syllable = 'n';
    else {
      const base = ROMAJI.get(char);
      if (base === undefined) {
        out += char;
        double = false;
        continue;
      }
      syllable = base;
      const next = kana.charAt(i + 1);
      const y = SMALL_Y[next];
      const v = SMALL_VOWEL[next];
      if (y && base.endsWith('i') && base.length > 1) {
        syllable = /^(sh|ch|j)/.test(base) ? base.slice(0, -1) + y : `${base.slice(0, -1)}y${y}`;
        i += 1;
      } else if (v && (base.length > 1 || base === 'u')) {
        syllable = (base === 'fu' ? 'f' : base === 'vu' ? 'v' : base === 'u' ? 'w' : base.replace(/(shi|chi|ji|tsu|[aiueo])$/, (m) => ({ shi: 'sh', chi: 'ch', ji: 'j', tsu: 'ts' })[m] ?? '')) + v;
        i += 1;
      }
    }
    if (double && syllable !== 'n') syllable = (syllable.startsWith('ch') ? 't' : syllable.charAt(0)) + syllable;
    double = false;
    out += syllable;
  }
  return out;
}
