import * as OpenCC from 'opencc-js';

const simplifiedToJapanese = OpenCC.Converter({ from: 'cn', to: 'jp' });
const traditionalToJapanese = OpenCC.Converter({ from: 'tw', to: 'jp' });
const simplifiedToTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const traditionalToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Chinese text (either script) rewritten in Japanese kanji forms, so 涩谷 / 澀谷 find 渋谷. */
export function chineseToJapaneseKanji(text: string): string {
  return traditionalToJapanese(simplifiedToJapanese(text));
}

/** Which Chinese script a Han-only text is written in, when its characters tell. */
export function chineseScript(text: string): 'zh-Hans' | 'zh-Hant' | undefined {
  const hasSimplified = simplifiedToTraditional(text) !== text;
  const hasTraditional = traditionalToSimplified(text) !== text;
  if (hasSimplified && !hasTraditional) return 'zh-Hans';
  if (hasTraditional && !hasSimplified) return 'zh-Hant';
  return undefined;
}
