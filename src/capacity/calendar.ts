import holidayJp from '@holiday-jp/holiday_jp';

/** Tokyo has no daylight saving time: JST is always UTC+9. */
const JST_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * How a day's traffic is shaped. People use the concierge on their way to work and at lunch on a workday, later
 * and more evenly on a rest day: weekends, national holidays and the year-end break (12/29–1/3, when offices and
 * most of the city stop) look alike, so they share one seasonal profile.
 */
export type DayType = 'workday' | 'restday';

/** The calendar date in Tokyo, `YYYY-MM-DD`. */
export function tokyoDate(epochMs: number): string {
  return new Date(epochMs + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds since Tokyo's midnight. */
export function msSinceTokyoMidnight(epochMs: number): number {
  return (((epochMs + JST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}

/** The name of the Japanese national holiday on that Tokyo date, if it is one (holiday_jp's table, 1970–2050). */
export function holidayName(epochMs: number): string | undefined {
  const holidays = holidayJp.holidays as Record<string, { name: string } | undefined>;
  return holidays[tokyoDate(epochMs)]?.name;
}

function isYearEndBreak(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-29' || monthDay <= '01-03';
}

const dayTypes = new Map<number, DayType>();

/** Workday or rest day, by the Tokyo date of the instant (remembered per day: a fit asks thousands of times a day). */
export function dayTypeOf(epochMs: number): DayType {
  const day = Math.floor((epochMs + JST_OFFSET_MS) / DAY_MS);
  let type = dayTypes.get(day);
  if (type === undefined) {
    type = computeDayType(epochMs);
    dayTypes.set(day, type);
  }
  return type;
}

function computeDayType(epochMs: number): DayType {
  const weekday = new Date(epochMs + JST_OFFSET_MS).getUTCDay();
  if (weekday === 0 || weekday === 6) return 'restday';
  const date = tokyoDate(epochMs);
  if (isYearEndBreak(date) || holidayName(epochMs) !== undefined) return 'restday';
  return 'workday';
}

/**
 * The seasonal slot of an instant: the time of day in steps of `stepMs`, in the profile of its day type. Two
 * day types × slots per day: 576 slots at 5-minute steps.
 */
export function seasonalSlotOf(epochMs: number, stepMs: number): number {
  const slotsPerDay = Math.round(DAY_MS / stepMs);
  const slot = Math.floor(msSinceTokyoMidnight(epochMs) / stepMs);
  return (dayTypeOf(epochMs) === 'workday' ? 0 : slotsPerDay) + slot;
}

/** The number of seasonal slots at that step. */
export function seasonalSlotCount(stepMs: number): number {
  return 2 * Math.round(DAY_MS / stepMs);
}
