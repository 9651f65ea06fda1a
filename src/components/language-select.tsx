'use client';

import { LANGS } from '../core/languages.ts';
import { type PageLang, pageLangName, pageLangTag, uiStrings } from '../i18n/page-languages.ts';
import { TRANSLATION_LANGS } from '../i18n/translation-languages.ts';
import { GlobeIcon } from './icons.tsx';

/**
 * The six languages by their own names, then, in a group of their own, the languages answered through machine
 * translation (issue 17). The label also says "Language" in English, so someone who cannot read the current
 * language still finds the control; on a phone only the globe shows, to keep the header one line.
 */
export function LanguageSelect({ lang, onChange }: { lang: PageLang; onChange: (lang: PageLang) => void }) {
  const t = uiStrings(lang);
  return (
    <div className="language-select">
      <label htmlFor="language">
        <GlobeIcon />
        <span className="language-label-text">
          {t.languageLabel}
          {lang !== 'en' && <span lang="en"> / Language</span>}
        </span>
      </label>
      <select id="language" value={lang} onChange={(event) => onChange(event.target.value as PageLang)}>
        {LANGS.map((value) => (
          <option key={value} value={value} lang={pageLangTag(value)}>
            {pageLangName(value)}
          </option>
        ))}
        <optgroup label={t.moreLanguages}>
          {TRANSLATION_LANGS.map((value) => (
            <option key={value} value={value} lang={pageLangTag(value)}>
              {pageLangName(value)}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
