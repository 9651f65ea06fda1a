import { describe, expect, it } from 'vitest';
import { dayTypeOf, holidayName, msSinceTokyoMidnight, seasonalSlotCount, seasonalSlotOf, tokyoDate } from './calendar.ts';

const at = (iso: string) => Date.parse(iso);

describe('the Tokyo calendar', () => {
  it('reads the date and time of day in JST, whatever the machine zone', () => {
    expect(tokyoDate(at('2026-10-11T15:30:00Z'))).toBe('2026-10-12'); // 00:30 JST the next day
    expect(msSinceTokyoMidnight(at('2026-10-11T15:30:00Z'))).toBe(30 * 60_000);
  });

  it('knows weekends, national holidays and the year-end break as rest days', () => {
    expect(dayTypeOf(at('2026-10-09T03:00:00Z'))).toBe('workday'); // Friday
    expect(dayTypeOf(at('2026-10-10T03:00:00Z'))).toBe('restday'); // Saturday
    expect(dayTypeOf(at('2026-10-12T03:00:00Z'))).toBe('restday'); // Monday, スポーツの日
    expect(holidayName(at('2026-10-12T03:00:00Z'))).toBe('スポーツの日');
    expect(dayTypeOf(at('2026-09-22T03:00:00Z'))).toBe('restday'); // Tuesday, 国民の休日 between two holidays
    expect(dayTypeOf(at('2026-12-29T03:00:00Z'))).toBe('restday'); // Tuesday, year-end break
    expect(dayTypeOf(at('2027-01-04T03:00:00Z'))).toBe('workday'); // Monday, offices open again
  });

  it('gives workday and rest-day slots their own range', () => {
    const step = 5 * 60_000;
    expect(seasonalSlotCount(step)).toBe(576);
    expect(seasonalSlotOf(at('2026-10-09T00:05:00Z'), step)).toBe(109); // Friday 09:05 JST
    expect(seasonalSlotOf(at('2026-10-10T00:05:00Z'), step)).toBe(288 + 109); // Saturday 09:05 JST
  });
});
