import { describe, expect, it } from 'vitest';
import { hangulSyllableLatin, kanaSoundKey, soundKey } from './sound-key.ts';

const hangulKey = (text: string) => soundKey([...text].map(hangulSyllableLatin).join(''));

describe('soundKey', () => {
  it('gives a foreign name the same key in Latin letters, katakana and Hangul', () => {
    for (const [latin, kana, hangul] of [
      ['Egon Schiele', 'エゴン・シーレ', '에곤 실레'],
      ['Hockney', 'ホックニー', '호크니'],
      ['Boston', 'ボストン', '보스턴'],
      ['Memento Mori', 'メメント・モリ', '메멘토 모리'],
      ['Matisse', 'マティス', '마티스'],
      ['art book fair', 'アートブックフェア', '아트 북 페어'],
    ] as const) {
      expect(kanaSoundKey(kana), latin).toBe(soundKey(latin));
      expect(hangulKey(hangul.replace(/\s+/g, '')), latin).toBe(soundKey(latin));
    }
  });

  it('keeps names that sound different apart', () => {
    expect(soundKey('Matisse')).not.toBe(soundKey('Monet'));
    expect(kanaSoundKey('ボストン')).not.toBe(kanaSoundKey('ボタン'));
  });
});
