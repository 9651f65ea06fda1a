import { describe, expect, it } from 'vitest';
import { WordTable } from './word-table.ts';

const table = new WordTable<string>([
  ['hours', ['what time', 'hours', '何時', 'なんじ', '몇 시']],
  ['now', ['now', 'いま']],
  ['near', ['そば', 'near']],
  ['free', ['free of charge', 'free']],
  ['conditions', ['조건']],
  ['ages', ['나이']],
  ['fee', ['요금']],
]);
const keys = (text: string) => table.find(text).map((hit) => `${hit.key}:${text.slice(hit.start, hit.end)}`);

describe('WordTable', () => {
  it('finds Latin words as words, with a plural, and phrases across any spaces', () => {
    expect(keys('what  time does it open')).toEqual(['hours:what  time']);
    expect(keys('opening hours?')).toEqual(['hours:hours']);
    expect(keys('is it free of charge')).toEqual(['free:free of charge']);
    expect(keys('freedom')).toEqual([]);
    expect(keys('nearby')).toEqual([]);
  });

  it('finds other scripts anywhere, with spaces between their characters optional', () => {
    expect(keys('深川図書館は何時まで')).toEqual(['hours:何時']);
    expect(keys('몇시에 열어요')).toEqual(['hours:몇시']);
    expect(keys('몇 시에 열어요')).toEqual(['hours:몇 시']);
  });

  it('takes a short kana word only where it stands apart, a particle beside it allowed', () => {
    expect(keys('ふかがわとしょかんは なんじまで あいていますか')).toEqual(['hours:なんじ']); // not いま in あいています
    expect(keys('いま あいてる？')).toEqual(['now:いま']);
    expect(keys('いまは あいてる？')).toEqual(['now:いま']);
    expect(keys('品川学園のそばの避難所')).toEqual(['near:そば']);
  });

  it('reads Korean words within its spaces, and a short one not at the end of a long run (a name in Hangul)', () => {
    expect(keys('벤조 건물')).toEqual([]); // 조건 does not run across the space
    expect(keys('이용 조건은?')).toEqual(['conditions:조건']);
    expect(keys('고토쿠리쓰코엔나이 화장실')).toEqual([]); // 나이 ends a name said in Hangul
    expect(keys('나이 제한')).toEqual(['ages:나이']);
    expect(keys('주차요금 얼마')).toEqual(['fee:요금']); // a compound's second noun is a word
  });
});
