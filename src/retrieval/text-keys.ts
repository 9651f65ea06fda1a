import { toRomaji } from 'wanakana';

/** NFKC, lower case, white space folded: the form every matcher compares. */
export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A romanisation key that forgives how people spell Japanese names in Latin letters:
 * long vowels collapsed (Ōimachi, Ooimachi, Oimachi), hyphens, spaces and macrons dropped.
 */
export function romajiKey(text: string): string {
  const latin = /[ぁ-んァ-ヶー]/.test(text) ? toRomaji(text) : text;
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/nn(?=[^aeiouy]|$)/g, 'n')
    .replace(/m(?=[bmp])/g, 'n');
}

/** True when the text is mostly Latin letters (English or romanised Japanese). */
export function isLatinText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  return letters.replace(/[^a-zA-Z\u00c0-\u024f]/g, '').length / letters.length > 0.8;
}
