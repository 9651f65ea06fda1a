import { ENGLISH_WORDS } from '../../i18n/language-words.ts';

/** Latin words a residue keeps that say nothing about the places wanted. */
const EMPTY_WORDS = new Set([...ENGLISH_WORDS, 'tokyo', 'city', 'ward', 'list', 'which', 'some', 'good']);

/**
 * How much a question says beyond its kind of place, area and conditions (the frame's `residue`): letters of
 * kanji, katakana and hangul, and of Latin words that are not function words. Hiragana is left out: in a residue
 * it is particles and endings (の, で, ところ). "Parks in Shinagawa with cherry blossoms" keeps "cherry blossoms";
 * "品川区の公園" keeps nothing.
 */
export function residueContent(residue: string): number {
  const scripts = residue.match(/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = residue.toLowerCase().match(/[\p{Script=Latin}][\p{Script=Latin}'-]*/gu) ?? [];
  return scripts + words.filter((word) => !EMPTY_WORDS.has(word)).reduce((sum, word) => sum + word.length, 0);
}
