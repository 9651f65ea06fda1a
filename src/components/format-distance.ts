import { type Lang, LANG_TAGS } from '../core/languages.ts';

/**
 * A distance in the reader's language and conventions (Intl): metres rounded to 10 under 1 km, then km with one
 * decimal. Easy Japanese spells the unit out ("メートル"), since "m" is one more thing to decode.
 */
export function formatDistance(meters: number, lang: Lang): string {
  const km = meters >= 1000;
  const format = new Intl.NumberFormat(LANG_TAGS[lang], {
    style: 'unit',
    unit: km ? 'kilometer' : 'meter',
    unitDisplay: lang === 'ja-easy' ? 'long' : 'short',
    maximumFractionDigits: km ? 1 : 0,
  });
  return format.format(km ? meters / 1000 : Math.max(10, Math.round(meters / 10) * 10));
}
