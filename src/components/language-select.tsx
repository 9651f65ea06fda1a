'use client';

import { type Lang, LANG_NAMES, LANG_TAGS, LANGS } from '../core/languages.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import { GlobeIcon } from './icons.tsx';

/**
 * The six languages by their own names. The label also says "Language" in English, so someone who cannot read
 * the current language still finds the control; on a phone only the globe shows, to keep the header one line.
 */
export function LanguageSelect({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = UI_STRINGS[lang];
  return (
    <div className="language-select">
      <label htmlFor="language">
        <GlobeIcon />
        <span className="language-label-text">
          {t.languageLabel}
          {lang !== 'en' && <span lang="en"> / Language</span>}
        </span>
      </label>
      <select id="language" value={lang} onChange={(event) => onChange(event.target.value as Lang)}>
        {LANGS.map((value) => (
          <option key={value} value={value} lang={LANG_TAGS[value]}>
            {LANG_NAMES[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
