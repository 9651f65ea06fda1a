import { describe, expect, it } from 'vitest';
import { japaneseToChinese } from './chinese-from-japanese.ts';

describe('japaneseToChinese', () => {
  it('writes Japanese kanji in the forms of each Chinese script', () => {
    expect(japaneseToChinese('渋谷駅', 'zh-Hans')).toBe('涩谷驿');
    expect(japaneseToChinese('渋谷駅', 'zh-Hant')).toBe('澀谷驛');
    expect(japaneseToChinese('東京都立中央図書館', 'zh-Hans')).toBe('东京都立中央图书馆');
    expect(japaneseToChinese('東京都立中央図書館', 'zh-Hant')).toBe('東京都立中央圖書館');
    expect(japaneseToChinese('亀戸', 'zh-Hant')).toBe('龜戶');
  });

  it('keeps the characters Chinese writers keep in Japanese place names, and kana', () => {
    expect(japaneseToChinese('台東区', 'zh-Hant')).toBe('台東區');
    expect(japaneseToChinese('麹町', 'zh-Hans')).toBe('麹町');
    expect(japaneseToChinese('ひかり苑', 'zh-Hans')).toBe('ひかり苑');
  });
});
