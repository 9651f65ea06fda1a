import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { chineseScript, chineseToJapaneseKanji } from './chinese.ts';

describe('Chinese script tables (built from OpenCC)', () => {
  it('maps Chinese place names to their Japanese forms', () => {
    expect(chineseToJapaneseKanji('涩谷站')).toBe('渋谷站');
    expect(chineseToJapaneseKanji('澀谷站')).toBe('渋谷站');
    expect(chineseToJapaneseKanji('品川區')).toBe('品川区');
  });

  it('tells simplified from traditional text', () => {
    expect(chineseScript('避难所在哪里')).toBe('zh-Hans');
    expect(chineseScript('避難所在哪裡')).toBe('zh-Hant');
    expect(chineseScript('品川')).toBeUndefined();
  });

  it('agrees with the OpenCC converter on every place-name character it maps', () => {
    const fromTraditional = OpenCC.Converter({ from: 'tw', to: 'jp' });
    const fromSimplified = OpenCC.Converter({ from: 'cn', to: 'jp' });
    const toJp = (text: string) => fromTraditional(fromSimplified(text));
    const sample = '东京涩谷新宿站池袋浅草上野秋叶原银座筑地台场横滨区驿澀谷龍鳳';
    for (const char of sample) expect(chineseToJapaneseKanji(char), char).toBe(toJp(char));
  });
});
