import { toRomaji } from 'wanakana';
import { describe, expect, it } from 'vitest';
import { kanaToRomaji, toHiragana, toKatakana } from './kana.ts';

describe('kana conversions', () => {
  it('romanises by Hepburn, like wanakana on ordinary readings', () => {
    const readings = ['しんじゅく', 'キチジョウジ', 'りょうごく', 'ハッチョウボリ', 'おちゃのみず', 'きんしちょう', 'しながわ', 'ろっぽんぎ', 'じゆうがおか'];
    for (const reading of readings) expect(kanaToRomaji(reading), reading).toBe(toRomaji(reading).replace(/'/g, ''));
  });

  it('handles the small vowels of loanwords and keeps other characters', () => {
    expect(kanaToRomaji('パーティー')).toBe('pati');
    expect(kanaToRomaji('ファミリー')).toBe('famiri');
    expect(kanaToRomaji('3ちょうめ')).toBe('3choume');
  });

  it('switches scripts one character for one, long-vowel mark kept', () => {
    expect(toHiragana('スポーツセンター')).toBe('すぽーつせんたー');
    expect(toKatakana('おおいまち')).toBe('オオイマチ');
  });
});
