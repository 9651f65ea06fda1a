import { kanaToRomaji } from './kana.ts';

/** NFKC, lower case, white space folded: the form every matcher compares. */
export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A romanisation key that forgives how people spell Japanese names in Latin letters:
 * long vowels collapsed (Ōimachi, Ooimachi, Oimachi), hyphens, spaces and macrons dropped. `keepDigits` keeps
 * the numbers that tell facility names apart (Minamisuna1-Park, Minamisuna3-Park).
 */
export function romajiKey(text: string, keepDigits = false): string {
  const latin = /[ぁ-んァ-ヶー]/.test(text) ? kanaToRomaji(text) : text;
  // NFKD only when there is something to decompose (Ō, é): most keys are plain ASCII, and NFKD is costly.
  const ascii = /^[\x20-\x7e]*$/.test(latin) ? latin : latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(keepDigits ? /[^a-z0-9]/g : /[^a-z]/g, '')
    .replace(/oh(?=[^aeiouy]|$)/g, 'o')
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/nn(?=[^aeiouy]|$)/g, 'n')
    .replace(/m(?=[bmp])/g, 'n');
}
