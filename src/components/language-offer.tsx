'use client';

import { type Lang, LANG_TAGS } from '../core/languages.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import { chooseLanguage } from './use-language.ts';

/**
 * Offered on an answer the server wrote in another language than the page's (the question's language wins, so a
 * Korean question typed on an English page is answered in Korean): switch the page to it. Written in the answer's
 * language, which is the one the person asking reads.
 */
export function LanguageOffer({ lang }: { lang: Lang }) {
  const t = UI_STRINGS[lang];
  return (
    <p className="language-offer" lang={LANG_TAGS[lang]}>
      <span>{t.switchLanguagePrompt}</span>{' '}
      <button type="button" className="secondary-button" onClick={() => chooseLanguage(lang)}>
        {t.switchLanguageButton}
      </button>
    </p>
  );
}
