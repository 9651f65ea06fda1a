import type { Lang } from '../../../core/languages.ts';

/**
 * Language codes of the Google speech APIs. Speech-to-Text names Chinese by script and region
 * (cmn-Hans-CN, cmn-Hant-TW); Text-to-Speech by region (cmn-CN, cmn-TW). Traditional Chinese is Taiwanese
 * Mandarin, as with the offline voice (espeak-synthesizer.ts says why).
 */
export const GOOGLE_STT_LANGUAGE: Record<Lang, string> = {
  ja: 'ja-JP',
  'ja-easy': 'ja-JP',
  en: 'en-US',
  'zh-Hans': 'cmn-Hans-CN',
  'zh-Hant': 'cmn-Hant-TW',
  ko: 'ko-KR',
};

export const GOOGLE_TTS_LANGUAGE: Record<Lang, string> = {
  ja: 'ja-JP',
  'ja-easy': 'ja-JP',
  en: 'en-US',
  'zh-Hans': 'cmn-CN',
  'zh-Hant': 'cmn-TW',
  ko: 'ko-KR',
};
