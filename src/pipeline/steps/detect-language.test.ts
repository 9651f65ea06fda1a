import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('tells the six languages apart by script and grammar words', () => {
    expect(detectLanguage('大井町駅の近くの避難所')).toBe('ja');
    expect(detectLanguage('品川区 避難所')).toBe('ja');
    expect(detectLanguage('ひなんじょ どこ')).toBe('ja-easy');
    expect(detectLanguage('Where is the nearest shelter?')).toBe('en');
    expect(detectLanguage('附近的避难所在哪里')).toBe('zh-Hans');
    expect(detectLanguage('附近的避難所在哪裡')).toBe('zh-Hant');
    expect(detectLanguage('고토구 AED 어디 있어요?')).toBe('ko');
  });

  it('reads Chinese written without grammar words by its characters, Japanese names copied in included', () => {
    expect(detectLanguage('江东区 厕所')).toBe('zh-Hans');
    expect(detectLanguage('澀谷站 廁所')).toBe('zh-Hant');
    expect(detectLanguage('渋谷站附近的厕所')).toBe('zh-Hans');
    expect(detectLanguage('台東區的避難所')).toBe('zh-Hant');
    expect(detectLanguage('日暮里駅 避難所')).toBe('ja');
    expect(detectLanguage('東京都知事是誰')).toBe('zh-Hant');
    expect(detectLanguage('謝謝')).toBe('zh-Hant');
    expect(detectLanguage('谢谢你')).toBe('zh-Hans');
  });

  it('lets the session settle what the script leaves open', () => {
    expect(detectLanguage('品川区 避難所', 'zh-Hant')).toBe('zh-Hant');
    expect(detectLanguage('品川駅 避難所', 'zh-Hant')).toBe('ja');
    expect(detectLanguage('避難所はどこ', 'ja-easy')).toBe('ja-easy');
  });
});
