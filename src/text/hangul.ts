import { toKatakana } from './kana.ts';

/**
 * Japanese readings written in Hangul, the way Korean speakers write Tokyo names (신주쿠, 시나가와구, 고토구):
 * the Korean standard for Japanese (외래어 표기법), built from a table of syllables. No maintained npm
 * library does katakana → hangul (docs/adr/0002-retrieval-libraries.md), and the table is small.
 */

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];
const SYLLABLE_BASE = 0xac00;

/** One kana (or kana + small ya/yu/yo) as [initial consonant at the start of a word, elsewhere, vowel]. */
type Sound = [string, string, string];

const VOWEL_ROW: Record<string, string> = { a: 'ㅏ', i: 'ㅣ', u: 'ㅜ', e: 'ㅔ', o: 'ㅗ', ya: 'ㅑ', yu: 'ㅠ', yo: 'ㅛ', wa: 'ㅘ' };

/** Rows of the kana table: consonant at a word start, consonant elsewhere, and the kana of the row. */
const ROWS: Array<[string, string, string, string[]]> = [
  ['ㅇ', 'ㅇ', 'アイウエオ', ['a', 'i', 'u', 'e', 'o']],
  ['ㄱ', 'ㅋ', 'カキクケコ', ['a', 'i', 'u', 'e', 'o']],
  ['ㄱ', 'ㄱ', 'ガギグゲゴ', ['a', 'i', 'u', 'e', 'o']],
  ['ㅅ', 'ㅅ', 'サシスセソ', ['a', 'i', 'ㅡ', 'e', 'o']],
  ['ㅈ', 'ㅈ', 'ザジズゼゾ', ['a', 'i', 'ㅡ', 'e', 'o']],
  ['ㄷ', 'ㅌ', 'タテト', ['a', 'e', 'o']],
  ['ㄷ', 'ㄷ', 'ダデド', ['a', 'e', 'o']],
  ['ㅈ', 'ㅊ', 'チ', ['i']],
  ['ㅆ', 'ㅆ', 'ツ', ['ㅡ']],
  ['ㅈ', 'ㅈ', 'ヂヅ', ['i', 'ㅡ']],
  ['ㄴ', 'ㄴ', 'ナニヌネノ', ['a', 'i', 'u', 'e', 'o']],
  ['ㅎ', 'ㅎ', 'ハヒフヘホ', ['a', 'i', 'u', 'e', 'o']],
  ['ㅂ', 'ㅂ', 'バビブベボ', ['a', 'i', 'u', 'e', 'o']],
  ['ㅍ', 'ㅍ', 'パピプペポ', ['a', 'i', 'u', 'e', 'o']],
  ['ㅁ', 'ㅁ', 'マミムメモ', ['a', 'i', 'u', 'e', 'o']],
  ['ㅇ', 'ㅇ', 'ヤユヨ', ['ya', 'yu', 'yo']],
  ['ㄹ', 'ㄹ', 'ラリルレロ', ['a', 'i', 'u', 'e', 'o']],
  ['ㅇ', 'ㅇ', 'ワヲ', ['wa', 'o']],
];

/**
 * Contracted sounds (キャ, シュ, チョ …): the i-column kana followed by a small ャュョ. After ㅈ/ㅊ the standard
 * writes a plain vowel (ジャ → 자, チョ → 초), elsewhere a y-vowel (キャ → 갸, シュ → 슈).
 */
const CONTRACTED_ROWS: Array<[string, string, string, boolean]> = [
  ['キ', 'ㄱ', 'ㅋ', false],
  ['ギ', 'ㄱ', 'ㄱ', false],
  ['シ', 'ㅅ', 'ㅅ', false],
  ['ジ', 'ㅈ', 'ㅈ', true],
  ['チ', 'ㅈ', 'ㅊ', true],
  ['ニ', 'ㄴ', 'ㄴ', false],
  ['ヒ', 'ㅎ', 'ㅎ', false],
  ['ビ', 'ㅂ', 'ㅂ', false],
  ['ピ', 'ㅍ', 'ㅍ', false],
  ['ミ', 'ㅁ', 'ㅁ', false],
  ['リ', 'ㄹ', 'ㄹ', false],
];

const SOUNDS = buildSounds();

function buildSounds(): Map<string, Sound> {
  const sounds = new Map<string, Sound>();
  for (const [start, middle, kana, vowels] of ROWS) {
    [...kana].forEach((char, i) => {
      const vowel = vowels[i] as string;
      sounds.set(char, [start, middle, VOWEL_ROW[vowel] ?? vowel]);
    });
  }
  for (const [kana, start, middle, plain] of CONTRACTED_ROWS) {
    sounds.set(`${kana}ャ`, [start, middle, plain ? 'ㅏ' : 'ㅑ']);
    sounds.set(`${kana}ュ`, [start, middle, plain ? 'ㅜ' : 'ㅠ']);
    sounds.set(`${kana}ョ`, [start, middle, plain ? 'ㅗ' : 'ㅛ']);
  }
  return sounds;
}

function compose(initial: string, vowel: string, final = ''): string {
  const i = INITIALS.indexOf(initial);
  const v = VOWELS.indexOf(vowel);
  const f = FINALS.indexOf(final);
  if (i < 0 || v < 0 || f < 0) return '';
  return String.fromCharCode(SYLLABLE_BASE + (i * VOWELS.length + v) * FINALS.length + f);
}

function addFinal(syllable: string, final: string): string {
  const code = syllable.charCodeAt(0) - SYLLABLE_BASE;
  if (code < 0 || code % FINALS.length !== 0) return syllable;
  return String.fromCharCode(syllable.charCodeAt(0) + FINALS.indexOf(final));
}

/**
 * A Japanese reading (katakana or hiragana) in Hangul by the Korean standard: long vowels are not written
 * (トウキョウ → 도쿄), ン and ッ close the previous syllable (シンジュク → 신주쿠, ハッチョウボリ → 핫초보리).
 * Characters outside the table (kanji, Latin) are dropped.
 */
export function kanaToHangul(reading: string): string {
  const kana = toKatakana(reading);
  const out: string[] = [];
  let previousVowel = '';
  for (let i = 0; i < kana.length; i += 1) {
    const char = kana.charAt(i);
    const pair = kana.slice(i, i + 2);
    if (char === 'ン' || char === 'ッ') {
      const last = out.at(-1);
      if (last) out[out.length - 1] = addFinal(last, char === 'ン' ? 'ㄴ' : 'ㅅ');
      continue;
    }
    if (char === 'ー' || isLongVowel(char, previousVowel)) continue;
    const sound = SOUNDS.get(pair) ?? SOUNDS.get(char);
    if (!sound) {
      previousVowel = '';
      if (/\s/.test(char)) out.push(' ');
      continue;
    }
    if (SOUNDS.has(pair)) i += 1;
    const atStart = out.length === 0 || out.at(-1) === ' ';
    out.push(compose(atStart ? sound[0] : sound[1], sound[2]));
    previousVowel = sound[2];
  }
  return out.join('').trim();
}

/** ウ after an o- or u-sound and オ after an o-sound lengthen the vowel (コウトウ → 고토, オオイ → 오이). */
function isLongVowel(char: string, previousVowel: string): boolean {
  const oSound = previousVowel === 'ㅗ' || previousVowel === 'ㅛ';
  if (char === 'ウ') return oSound || previousVowel === 'ㅜ' || previousVowel === 'ㅠ';
  if (char === 'オ') return oSound;
  return false;
}

/**
 * A municipality in Hangul from its reading: 区 is 구 in Korean (こうとうく → 고토구); 市 reads 시 either way,
 * and 町 and 村 are transcribed (みずほまち → 미즈호마치), as Korean writes Tokyo's towns.
 */
export function municipalityToHangul(ja: string, reading: string): string {
  const kana = toKatakana(reading);
  return ja.endsWith('区') && kana.endsWith('ク') ? `${kanaToHangul(kana.slice(0, -1))}구` : kanaToHangul(kana);
}

/** ン is written ㄴ by the rule, ㅇ as people say it (さん → 상: 도라상 for 寅さん); ッ (ㅅ) is often left out (햐카엔). */
const FINAL_FOLD: Record<string, string> = { ㅇ: 'ㄴ', ㅅ: '' };
const INITIAL_FOLD: Record<string, string> = { ㅋ: 'ㄱ', ㄲ: 'ㄱ', ㅌ: 'ㄷ', ㄸ: 'ㄷ', ㅍ: 'ㅂ', ㅃ: 'ㅂ', ㅊ: 'ㅈ', ㅉ: 'ㅈ', ㅆ: 'ㅈ' };

/**
 * A loose key of Hangul text for matching: initials folded to one series (ㅋ/ㄲ → ㄱ, ㅌ/ㄸ → ㄷ, ㅍ/ㅃ → ㅂ,
 * ㅊ/ㅉ/ㅆ → ㅈ: ツ is written 쓰 or 츠), the final ㅇ to ㄴ (ン) and the final ㅅ (ッ) left out, so 코토구 finds 고토구,
 * 츠키지 finds 쓰키지, 도라상 finds 토라산 and 햐카엔 finds 햣카엔. Non-Hangul characters are dropped.
 */
export function hangulKey(text: string): string {
  let key = '';
  for (const char of text) {
    const jamo = jamoOf(char);
    if (!jamo) continue;
    key += compose(INITIAL_FOLD[jamo.initial] ?? jamo.initial, jamo.vowel, FINAL_FOLD[jamo.final] ?? jamo.final);
  }
  return key;
}

/** A Hangul syllable's letters (실 → ㅅ, ㅣ, ㄹ; the final '' when there is none); undefined for anything else. */
export function jamoOf(char: string): { initial: string; vowel: string; final: string } | undefined {
  const code = char.charCodeAt(0) - SYLLABLE_BASE;
  if (code < 0 || code >= INITIALS.length * VOWELS.length * FINALS.length) return undefined;
  const rest = code % (VOWELS.length * FINALS.length);
  return { initial: INITIALS.charAt(Math.floor(code / (VOWELS.length * FINALS.length))), vowel: VOWELS.charAt(Math.floor(rest / FINALS.length)), final: FINALS[rest % FINALS.length] as string };
}

/** True for a Hangul syllable. */
export function isHangulSyllable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= SYLLABLE_BASE && code <= 0xd7a3;
}
