/**
 * CMU (ARPAbet) phones for a romanised Japanese word, the way an English speaker says it (Shinagawa →
 * SH IY N AA G AA W AA), for words the CMU dictionary lacks: station and ward names, hinanjo. Romaji is regular
 * enough for a table: consonant (or cluster), then a vowel; a doubled consonant is one; n before a consonant is N.
 */
const CONSONANTS: Record<string, string> = {
  ch: 'CH', sh: 'SH', ts: 'T S', ky: 'K Y', gy: 'G Y', ny: 'N Y', hy: 'HH Y', my: 'M Y', ry: 'R Y', by: 'B Y', py: 'P Y',
  j: 'JH', k: 'K', g: 'G', s: 'S', z: 'Z', t: 'T', d: 'D', n: 'N', h: 'HH', f: 'F', b: 'B', p: 'P', m: 'M', y: 'Y',
  r: 'R', w: 'W', v: 'V', l: 'L', c: 'K', q: 'K', x: 'K S',
};
const VOWELS: Record<string, string> = { a: 'AA', i: 'IY', u: 'UW', e: 'EH', o: 'OW' };
/** Two vowels said as one sound. */
const DIPHTHONGS: Record<string, string> = { ei: 'EY', ou: 'OW', oo: 'OW', uu: 'UW', aa: 'AA', ii: 'IY', ee: 'EY' };

export function romajiPhones(word: string): string {
  const text = word.toLowerCase().replace(/[^a-z]/g, '');
  const phones: string[] = [];
  for (let i = 0; i < text.length; ) {
    const pair = text.slice(i, i + 2);
    const diphthong = DIPHTHONGS[pair];
    if (diphthong) {
      phones.push(diphthong);
      i += 2;
      continue;
    }
    const char = text[i] as string;
    const vowel = VOWELS[char];
    if (vowel) {
      phones.push(vowel);
      i += 1;
      continue;
    }
    // っ: a doubled consonant (kk, tt, tch) is said once
    if (text[i + 1] === char || (char === 't' && text[i + 1] === 'c')) {
      i += 1;
      continue;
    }
    // ny is one sound only before a vowel (nyu); otherwise n ends a syllable (shin-yokohama is close enough)
    const cluster = CONSONANTS[pair] && (pair !== 'ny' || VOWELS[text[i + 2] ?? '']) ? pair : char;
    const consonant = CONSONANTS[cluster];
    if (consonant) phones.push(consonant);
    i += cluster.length;
  }
  return phones.join(' ');
}
