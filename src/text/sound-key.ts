import { jamoOf } from './hangul.ts';
import { kanaToRomaji } from './kana.ts';

/**
 * A loose key of how a foreign name sounds, the same whether it is written in Latin letters, in katakana or in
 * Hangul (Egon Schiele, エゴン・シーレ, 에곤 실레 → "knsr"; Hockney, ホックニー, 호크니 → "hkn"): the consonants
 * only, with the pairs the three scripts do not tell apart folded together (voiced and voiceless, l and r, b and v,
 * f and p), doubles collapsed, an r closing a syllable dropped. The vowels the katakana and Hangul spellings add (bosuton, 보스턴) drop out.
 */
export function soundKey(latin: string): string {
  const folded = latin
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/sch|sh/g, 's')
    .replace(/tch|ch|ts|j/g, 'C')
    .replace(/ph/g, 'p')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ng/g, 'n')
    .replace(/x/g, 'ks')
    // an r that ends a syllable is not heard in katakana or Hangul (art: アート, 아트; fair: フェア, 페어)
    .replace(/r(?![aeiouy])/g, '');
  let key = '';
  let previous = '';
  for (const char of folded) {
    const mapped = FOLD[char] ?? char;
    // h after a consonant is part of it (th, kh); vowels, w and y are dropped
    if (/[aeiouwy]/.test(mapped) || (mapped === 'h' && previous !== '' && !/[aeiouwy]/.test(previous))) {
      previous = mapped === 'h' ? previous : mapped;
      continue;
    }
    if (mapped !== key.at(-1)) key += mapped;
    previous = mapped;
  }
  return key;
}

const FOLD: Record<string, string> = { c: 'k', q: 'k', v: 'p', b: 'p', f: 'p', d: 't', g: 'k', z: 's', l: 'r' };

/** A katakana or hiragana run's sound key (its romaji's). */
export function kanaSoundKey(kana: string): string {
  return soundKey(kanaToRomaji(kana));
}

/** Each initial and final letter of Hangul in Latin letters (ㅇ silent as an initial, ng as a final). */
const JAMO_LATIN: Record<string, string> = {
  ㄱ: 'g', ㄲ: 'k', ㄴ: 'n', ㄷ: 'd', ㄸ: 't', ㄹ: 'r', ㅁ: 'm', ㅂ: 'b', ㅃ: 'p', ㅅ: 's', ㅆ: 's', ㅇ: '', ㅈ: 'j', ㅉ: 'j', ㅊ: 'ch', ㅋ: 'k', ㅌ: 't', ㅍ: 'p', ㅎ: 'h',
};
const FINAL_LATIN: Record<string, string> = {
  ㄱ: 'k', ㄲ: 'k', ㄳ: 'k', ㄴ: 'n', ㄵ: 'n', ㄶ: 'n', ㄷ: 't', ㄹ: 'l', ㄺ: 'k', ㄻ: 'm', ㄼ: 'l', ㄽ: 'l', ㄾ: 'l', ㄿ: 'p', ㅀ: 'l', ㅁ: 'm', ㅂ: 'p', ㅄ: 'p', ㅅ: 't', ㅆ: 't', ㅇ: 'ng', ㅈ: 't', ㅊ: 't', ㅋ: 'k', ㅌ: 't', ㅍ: 'p', ㅎ: 't',
};

/** A Hangul syllable in Latin letters, its vowel written "a" (soundKey drops vowels): 실 → "sal". */
export function hangulSyllableLatin(char: string): string {
  const jamo = jamoOf(char);
  if (!jamo) return '';
  return `${JAMO_LATIN[jamo.initial] ?? ''}a${FINAL_LATIN[jamo.final] ?? ''}`;
}
