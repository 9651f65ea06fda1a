import type { Lang } from '../../../core/languages.ts';

const ENGLISH_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
const KOREAN_ORDINALS = ['첫째', '둘째', '셋째', '넷째', '다섯째', '여섯째', '일곱째', '여덟째', '아홉째', '열째'];

/** How a numbered list item is introduced aloud ("1." is read "one dot" by some engines, and sounds like a sum). */
export function listItemIntro(n: number, lang: Lang): string {
  switch (lang) {
    case 'en':
      return `${ENGLISH_ORDINALS[n - 1] ?? `Number ${n}`}, `;
    case 'ko':
      return `${KOREAN_ORDINALS[n - 1] ?? `${n}번`}, `;
    case 'zh-Hans':
    case 'zh-Hant':
      return `第${n}，`;
    default:
      return `${n}つめ、`;
  }
}

const UNITS: Record<Lang, { m: string; km: string }> = {
  en: { m: ' meters', km: ' kilometers' },
  ja: { m: 'メートル', km: 'キロメートル' },
  'ja-easy': { m: 'メートル', km: 'キロメートル' },
  'zh-Hans': { m: '米', km: '公里' },
  'zh-Hant': { m: '公尺', km: '公里' },
  ko: { m: '미터', km: '킬로미터' },
};

/** "290 m", "約1.2km" → the unit as a word, which every engine reads (Open JTalk reads "m" as "エム"). */
export function spellUnits(text: string, lang: Lang): string {
  const units = UNITS[lang];
  return text.replace(/(\d[\d,.]*)\s?(km|m)(?![a-zA-Z])/g, (_, value: string, unit: 'km' | 'm') => `${value}${units[unit]}`);
}
