import { francAll } from 'franc-min';
import { TRANSLATION } from '../../config/tunables.ts';
import { FOREIGN_SCRIPTS } from '../../i18n/language-words.ts';
import { FRANC_TO_BCP47, STRONG_ENGLISH_WORDS } from '../../i18n/translation-languages.ts';

const CANDIDATES = [...Object.keys(FRANC_TO_BCP47), 'eng'];

/**
 * The language of a question that the six-language detector took for English (Latin letters) or left open, when
 * it is one that can be translated: its script (Thai, Devanagari, Vietnamese letters…), else franc's ranking of
 * the Latin-script languages people in Tokyo write, taken only for a text long enough to tell and with no word
 * that only English writes. Used only when translation is configured: without it, a question misread as foreign
 * would lose the English answer it gets today.
 */
export function otherLanguageOf(text: string): string | undefined {
  for (const [script, code] of FOREIGN_SCRIPTS) if (script.test(text)) return code;
  const words = text.toLowerCase().match(/[\p{Script=Latin}']+/gu) ?? [];
  if (words.some((word) => STRONG_ENGLISH_WORDS.has(word))) return undefined;
  if (words.length < TRANSLATION.minLatinWords || words.join('').length < TRANSLATION.minLatinLetters) return undefined;
  const ranking = francAll(text, { only: CANDIDATES, minLength: TRANSLATION.minLatinLetters });
  const [best] = ranking;
  if (!best || best[0] === 'eng' || best[0] === 'und') return undefined;
  const english = ranking.find(([code]) => code === 'eng')?.[1] ?? 0;
  return english <= TRANSLATION.maxEnglishScore ? FRANC_TO_BCP47[best[0]] : undefined;
}
