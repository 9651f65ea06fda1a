'use client';

import { type PageLang, pageLangTag, uiStrings } from '../i18n/page-languages.ts';
import { chooseLanguage } from './use-language.ts';

/**
 * Offered on an answer the server wrote in another language than the page's (the question's language wins, so a
 * Korean question typed on an English page is answered in Korean): switch the page to it. Written in the answer's
 * language, which is the one the person asking reads.
 */
export function LanguageOffer({ lang }: { lang: PageLang }) {
  const t = uiStrings(lang);
  return (
    <p className="language-offer" lang={pageLangTag(lang)}>
      <span>{t.switchLanguagePrompt}</span>{' '}
      <button type="button" className="secondary-button" onClick={() => chooseLanguage(lang)}>
        {t.switchLanguageButton}
      </button>
    </p>
  );
}
