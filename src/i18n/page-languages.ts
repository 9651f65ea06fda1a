import { isLang, type Lang, LANG_NAMES, LANG_TAGS, langFromAcceptLanguage, LANGS } from '../core/languages.ts';
import { ERROR_MESSAGES } from './error-messages.ts';
import { type PageErrorCode, TRANSLATED_PAGE_TEXT } from './page-text-translated.ts';
import { FOREIGN_LANGUAGE_WORDS, isTranslationLang, TRANSLATION_LANGS, type TranslationLang } from './translation-languages.ts';
import { UI_STRINGS, type UiStrings } from './ui-strings.ts';

/**
 * The languages the page can be shown in: the six answered natively, first and first-class, then those answered
 * through machine translation (issue 17), whose page text is machine-translated and marked so.
 */
export type PageLang = Lang | TranslationLang;
export const PAGE_LANGS: readonly PageLang[] = [...LANGS, ...TRANSLATION_LANGS];

export type { PageErrorCode };

export function isPageLang(value: unknown): value is PageLang {
  return isLang(value) || isTranslationLang(value);
}

/** The page's text in a language: a translated language's own strings where it has them, English for the rest. */
export function uiStrings(lang: PageLang): UiStrings {
  return isLang(lang) ? UI_STRINGS[lang] : { ...UI_STRINGS.en, ...TRANSLATED_PAGE_TEXT[lang].ui };
}

export function pageErrorMessage(lang: PageLang, code: PageErrorCode): string {
  return isLang(lang) ? ERROR_MESSAGES[lang][code] : (TRANSLATED_PAGE_TEXT[lang].errors[code] ?? ERROR_MESSAGES.en[code]);
}

/** The language the server answers a page in this language in (before translation): itself, or English. */
export function answerLangOf(lang: PageLang): Lang {
  return isLang(lang) ? lang : 'en';
}

/** The `lang` attribute of text in the language; machine-translated text as Cloud Translation asks (`vi-x-mtfrom-en`). */
export function pageLangTag(lang: PageLang, machineFrom?: Lang): string {
  if (isLang(lang)) return LANG_TAGS[lang];
  return machineFrom ? `${lang}-x-mtfrom-${LANG_TAGS[machineFrom].split('-')[0] as string}` : lang;
}

/** The language's own name, for the language menu. */
export function pageLangName(lang: PageLang): string {
  return isLang(lang) ? LANG_NAMES[lang] : FOREIGN_LANGUAGE_WORDS[lang].name;
}

/** The first of the browser's languages the page can be shown in. */
export function pageLangFromAcceptLanguage(header: string | undefined | null): PageLang | undefined {
  const native = langFromAcceptLanguage(header);
  if (native || !header) return native;
  const tags = header.split(',').map((part) => part.trim().split(';')[0]?.toLowerCase().split('-')[0]);
  return tags.find((tag): tag is TranslationLang => isTranslationLang(tag));
}
