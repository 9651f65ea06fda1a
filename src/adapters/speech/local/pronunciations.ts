import { readFile } from 'node:fs/promises';
import { romajiPhones } from './romaji-phones.ts';

/** Letters as the CMU dictionary spells them (AED → EY IY D IY): for short words it does not know. */
const LETTERS: Record<string, string> = {
  a: 'EY', b: 'B IY', c: 'S IY', d: 'D IY', e: 'IY', f: 'EH F', g: 'JH IY', h: 'EY CH', i: 'AY', j: 'JH EY', k: 'K EY',
  l: 'EH L', m: 'EH M', n: 'EH N', o: 'OW', p: 'P IY', q: 'K Y UW', r: 'AA R', s: 'EH S', t: 'T IY', u: 'Y UW',
  v: 'V IY', w: 'D AH B AH L Y UW', x: 'EH K S', y: 'W AY', z: 'Z IY',
};

/**
 * The pronunciation dictionary for a vocabulary, in pocketsphinx's format (`word PH ON ES`, alternatives as
 * `word(2)`): the CMU dictionary's entries, plus Japanese names said as romaji (also when the CMU dictionary has an
 * English way of saying them, such as tokyo), plus short unknown words spelled out. Words with no way to say them
 * are returned apart, so the caller can drop the sentences that use them.
 */
export async function buildPronunciations(
  cmuDictionaryPath: string,
  vocabulary: ReadonlySet<string>,
  romajiWords: ReadonlySet<string>,
): Promise<{ dictionary: string; unknown: Set<string> }> {
  const known = new Map<string, string[]>();
  for (const line of (await readFile(cmuDictionaryPath, 'utf8')).split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space).replace(/\(\d+\)$/, '');
    if (!vocabulary.has(word)) continue;
    const list = known.get(word) ?? [];
    list.push(line.slice(space + 1).trim());
    known.set(word, list);
  }
  const lines: string[] = [];
  const unknown = new Set<string>();
  for (const word of [...vocabulary].sort()) {
    const variants = [...(known.get(word) ?? [])];
    if (romajiWords.has(word)) variants.push(romajiPhones(word));
    else if (variants.length === 0 && /^[a-z]{2,3}$/.test(word)) variants.push([...word].map((letter) => LETTERS[letter]).join(' '));
    else if (variants.length === 0 && isRomaji(word)) variants.push(romajiPhones(word));
    const unique = [...new Set(variants.filter(Boolean))];
    if (unique.length === 0) unknown.add(word);
    unique.forEach((phones, i) => lines.push(`${i === 0 ? word : `${word}(${i + 1})`} ${phones}`));
  }
  return { dictionary: `${lines.join('\n')}\n`, unknown };
}

const ROMAJI_SYLLABLE = /(?:sh|ch|ts|[kgsztdnhbpmyrwfj])?y?[aeiou]|n/y;

/** True for a word made only of romaji syllables (hinanjo, toshokan, jidokan): said as romaji. */
function isRomaji(word: string): boolean {
  ROMAJI_SYLLABLE.lastIndex = 0;
  while (ROMAJI_SYLLABLE.lastIndex < word.length) {
    if (!ROMAJI_SYLLABLE.exec(word)) return false;
  }
  return word.length > 0;
}
