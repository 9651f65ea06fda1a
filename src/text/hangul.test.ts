import { describe, expect, it } from 'vitest';
import { hangulKey, kanaToHangul, municipalityToHangul } from './hangul.ts';

describe('kanaToHangul (Korean standard for Japanese)', () => {
  it('writes Tokyo names the way Korean speakers do', () => {
    expect(kanaToHangul('シンジュク')).toBe('신주쿠');
    expect(kanaToHangul('シブヤ')).toBe('시부야');
    expect(kanaToHangul('イケブクロ')).toBe('이케부쿠로');
    expect(kanaToHangul('ロッポンギ')).toBe('롯폰기');
    expect(kanaToHangul('ギンザ')).toBe('긴자');
  });

  it('leaves long vowels unwritten and voices nothing at the start of a word', () => {
    expect(kanaToHangul('トウキョウ')).toBe('도쿄');
    expect(kanaToHangul('コウトウク')).toBe('고토쿠');
    expect(kanaToHangul('オオイマチ')).toBe('오이마치');
    expect(kanaToHangul('きちじょうじ')).toBe('기치조지');
  });
});

describe('hangulKey', () => {
  it('folds the spellings people mix up (코토구 / 고토구, 쓰키지 / 츠키지)', () => {
    expect(hangulKey('코토구')).toBe(hangulKey('고토구'));
    expect(hangulKey('쓰키지')).toBe(hangulKey('츠키지'));
    expect(hangulKey('신주쿠 역')).toBe(hangulKey('신주쿠역'));
    expect(hangulKey('신주쿠')).not.toBe(hangulKey('시부야'));
  });
});

describe('municipalityToHangul', () => {
  it('writes 区 as 구 and transcribes 市, 町 and 村', () => {
    expect(municipalityToHangul('江東区', 'こうとうく')).toBe('고토구');
    expect(municipalityToHangul('八王子市', 'はちおうじし')).toBe('하치오지시');
    expect(municipalityToHangul('瑞穂町', 'みずほまち')).toBe('미즈호마치');
    expect(municipalityToHangul('檜原村', 'ひのはらむら')).toBe('히노하라무라');
  });
});
