import { describe, expect, it } from 'vitest';
import { readPeriod } from './read-conditions.ts';

describe('readPeriod', () => {
  it('reads a month or a year asked in any of the languages', () => {
    expect(readPeriod('2023年8月の展覧会')).toEqual({ kind: 'during', from: '2023-08-01', to: '2023-08-31', year: 2023, month: 8 });
    expect(readPeriod('2022년 2월 전시')).toEqual({ kind: 'during', from: '2022-02-01', to: '2022-02-28', year: 2022, month: 2 });
    expect(readPeriod('exhibitions in Sept 2023')).toMatchObject({ from: '2023-09-01', to: '2023-09-30' });
    expect(readPeriod('東京都美術館2023年辦過哪些特別展')).toEqual({ kind: 'during', from: '2023-01-01', to: '2023-12-31', year: 2023 });
  });

  it('takes no number of a title or an address for a period', () => {
    expect(readPeriod('TOKYO ART BOOK FAIR 2022')).toBeUndefined();
    expect(readPeriod('江東区豊洲2-1')).toBeUndefined();
  });
});
