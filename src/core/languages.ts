/** The six conversation languages. `ja-easy` is やさしい日本語 (easy Japanese). */
export const LANGS = ['ja', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'ja-easy'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'ja';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** BCP-47 tag for speech engines and the `lang` attribute of the page. */
export const LANG_TAGS: Record<Lang, string> = {
  ja: 'ja-JP',
  en: 'en',
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hant',
  ko: 'ko-KR',
  'ja-easy': 'ja-JP',
};

/** Native name of each language, for the language selector. */
export const LANG_NAMES: Record<Lang, string> = {
  ja: '日本語',
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ko: '한국어',
  'ja-easy': 'やさしい にほんご',
};

/** Picks the best supported language from an Accept-Language header, or undefined. */
export function langFromAcceptLanguage(header: string | undefined | null): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const lang = langFromTag(tag);
    if (lang) return lang;
  }
  return undefined;
}

function langFromTag(tag: string): Lang | undefined {
  if (tag.startsWith('ja')) return 'ja';
  if (tag.startsWith('en')) return 'en';
  if (tag.startsWith('ko')) return 'ko';
  if (tag.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  }
  return undefined;
}
