import type { TranslationLang } from '../../src/i18n/translation-languages.ts';
import type { TranslatedPageText } from '../../src/i18n/page-text-translated.ts';


/** The source of src/i18n/page-text-translated.ts for these texts (what `npm run i18n:translate` writes). */
export function pageTextSource(texts: Record<TranslationLang, TranslatedPageText>, note: string): string {
  return `import type { TranslationLang } from './translation-languages.ts';
import type { UiStrings } from './ui-strings.ts';

/** The error messages the page writes itself (a 429 or 503 from a proxy, a failure with no message). */
export type PageErrorCode = 'internal' | 'rate_limited' | 'maintenance';

/** The page's text in a language answered through machine translation. */
export interface TranslatedPageText {
  /** UI strings translated from the English ones (the page shows English for the others). */
  ui: Partial<UiStrings>;
  /** The error messages the page writes itself. */
  errors: Partial<Record<PageErrorCode, string>>;
  /** Keys (\`ui.<key>\`, \`errors.<code>\`) a person has reviewed: kept as they are when this file is written again. */
  reviewed: string[];
}

/**
 * Written by \`npm run i18n:translate\` (scripts/translate-ui-strings.ts): the English UI strings through Cloud
 * Translation at build time, placeholders and names protected, reviewed keys kept. Machine-translated: the page
 * says so in each language. ${note}
 */
export const TRANSLATED_PAGE_TEXT: Record<TranslationLang, TranslatedPageText> = ${JSON.stringify(texts, null, 2).replace(/"([A-Za-z_]+)":/g, '$1:')};
`;
}
