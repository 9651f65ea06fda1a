import type { Place } from '../core/place.ts';
import { DAYS, type Day } from '../core/question-frame.ts';

/** Minutes after midnight, open to close (a close after 24:00 runs past midnight). */
export type Interval = readonly [number, number];

/** A place's opening hours, as far as the record says them. */
export interface Hours {
  /** Per day: when it is open; an empty list is closed. Days the record does not cover are absent. */
  week: Partial<Record<Day, Interval[]>>;
  /** On public holidays: closed, or other hours; absent when the record does not say. */
  holidays?: 'closed' | Interval[];
  /** Days closed in some weeks of the month only (第2・4月曜日): open on most such days. */
  someWeeksClosed: Day[];
  /** Which weeks of the month those days close, when the note says (第2・4月曜日: mon → [2, 4]). */
  closedWeeks: Partial<Record<Day, number[]>>;
  /** Days it is open when the record gives days but no times (a museum open Tuesday to Sunday). */
  openDays?: Day[];
  /** Open all day, every day (parks, public toilets). */
  allDay: boolean;
  /** From the first train to the last (station toilets). */
  trainHours: boolean;
  /** The publisher's own note on the hours (Japanese), for the card. */
  note?: string;
}

/** Whether a place is open at a time, as far as the record says. */
export type OpenState = 'open' | 'closed' | 'unknown';

const WEEK_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
const JA_DAYS: Record<string, Day> = { 日: 'sun', 月: 'mon', 火: 'tue', 水: 'wed', 木: 'thu', 金: 'fri', 土: 'sat' };
/** The first train leaves about 5:00 and the last arrives about 0:30 (station toilets follow the trains). */
const FIRST_TRAIN = 5 * 60;
const LAST_TRAIN = 24 * 60 + 30;

/** The hours of a place, from its `details` (days, opens, closes, hours, hoursNote); undefined when it has none. */
export function hoursOf(place: Place): Hours | undefined {
  const d = place.details ?? {};
  const note = d.hoursNote;
  const interval = intervalOf(d.opens, d.closes) ?? trainInterval(d.hours) ?? plainInterval(d.hours);
  if (!interval && !note && !d.days) return undefined;
  const days = d.days ? (d.days.split(',').filter((day) => (DAYS as readonly string[]).includes(day)) as Day[]) : [...DAYS];
  const week: Partial<Record<Day, Interval[]>> = {};
  if (interval) for (const day of DAYS) week[day] = days.includes(day) ? [interval] : [];
  else if (d.days) for (const day of DAYS) if (!days.includes(day)) week[day] = [];
  const hours: Hours = {
    week,
    someWeeksClosed: [],
    closedWeeks: {},
    allDay: interval !== undefined && interval[0] === 0 && interval[1] >= 23 * 60 + 59 && days.length === 7,
    trainHours: d.hours?.startsWith('first-train') ?? false,
    note,
    ...(!interval && d.days ? { openDays: days } : {}),
  };
  if (d.days?.includes('hol') && interval) hours.holidays = [interval];
  if (note) applyNote(hours, note, interval);
  // a day the days column leaves out but the note closes only in some weeks (第一・第三・第五日曜日は利用不可: open
  // on the 2nd and 4th) opens in the other weeks, at hours the note may give: open that day, its times unknown
  for (const day of hours.someWeeksClosed) {
    if (hours.week[day]?.length !== 0) continue;
    delete hours.week[day];
    hours.openDays = [...(hours.openDays ?? []), day];
  }
  // "常時開園", "24時間": a park open at all hours, whatever its facilities do
  if (note && /常時開園|終日開放|24時間(?:開放|開園|利用可)/.test(note)) hours.allDay = true;
  return hours;
}

/** Whether the place is open on a day (any of `days`; `hol`: a public holiday) at a minute (any time when absent). */
export function openAt(hours: Hours | undefined, day: Day | 'hol', minute?: number): OpenState {
  if (!hours) return 'unknown';
  if (hours.allDay) return 'open';
  const intervals = day === 'hol' ? (hours.holidays === 'closed' ? [] : hours.holidays) : hours.week[day];
  if (!intervals) return day !== 'hol' && hours.openDays?.includes(day) && minute === undefined ? 'open' : 'unknown';
  if (intervals.length === 0) return 'closed';
  if (minute === undefined) return 'open';
  // an interval past midnight (04:45–25:15) holds the small hours too
  return intervals.some(([open, close]) => (minute >= open && minute < close) || (minute + 24 * 60 >= open && minute + 24 * 60 < close)) ? 'open' : 'closed';
}

/** `08:30`, `17:00` → an interval; `00:00`–`23:59` reads as all day. */
function intervalOf(opens: string | undefined, closes: string | undefined): Interval | undefined {
  const open = minutesOf(opens);
  const close = minutesOf(closes);
  if (open === undefined || close === undefined) return undefined;
  if (close === 23 * 60 + 59) return [open, 24 * 60];
  return [open, close <= open ? close + 24 * 60 : close];
}

function trainInterval(hours: string | undefined): Interval | undefined {
  const match = hours ? /^first-train–(last-train|\d{2}:\d{2})$/.exec(hours) : null;
  if (!match) return undefined;
  return [FIRST_TRAIN, match[1] === 'last-train' ? LAST_TRAIN : (minutesOf(match[1]) as number)];
}

function plainInterval(hours: string | undefined): Interval | undefined {
  const match = hours ? /^(\d{2}:\d{2})–(\d{2}:\d{2})$/.exec(hours) : null;
  return match ? intervalOf(match[1], match[2] === '24:00' ? '23:59' : match[2]) : undefined;
}

function minutesOf(time: string | undefined): number | undefined {
  const match = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/**
 * The publisher's note, read for what it says often and plainly: days it is closed (毎週月曜日休館, 月曜日…利用不可,
 * 祝日・年末年始除く), days closed in some weeks (第2・4月曜日), and other closing times on some days
 * (日曜日・祝日は19時まで, 土・日曜日、祝日は~PM5:30). Anything else stays in the note, which the card shows.
 */
function applyNote(hours: Hours, note: string, base: Interval | undefined): void {
  // each sentence, and each bracketed aside of one ("(土・日曜日、祝日は~PM5:30)"), read on its own
  const clauses = note.split(/[。;；]/).flatMap((sentence) => [sentence.replace(/\([^)]*\)/g, (aside) => (/は\s*[~〜～]?\s*(?:pm|午後)?\s*\d/i.test(aside) ? '' : aside)), ...[...sentence.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] as string).filter((aside) => /は\s*[~〜～]?\s*(?:pm|午後)?\s*\d/i.test(aside))]);
  for (const clause of clauses) {
    // a closing in one month only (12月の第3火曜日から木曜日まで休館) is no weekly closing: it stays in the note
    if (/^\s*\d{1,2}月/.test(clause)) continue;
    // "(祝日の場合は翌日)", "(こどもの日を除く)": conditions on a closing, not closed days
    let text = clause.replace(/\((?:[^)]*)(?:場合|除く)[^)]*\)/g, '');
    // eslint-disable-next-line security/detect-unsafe-regex -- no nested unbounded repeats; notes are a few hundred characters
    const until = /は\s*(?:~|〜|～)?\s*(?:(pm|午後)\s*)?(\d{1,2})(?:時|:(\d{2}))\s*(?:まで)?/i.exec(text);
    if (until) {
      const scope = text.slice(0, until.index);
      if (base) {
        const hour = Number(until[2]) + (until[1] && Number(until[2]) < 12 ? 12 : 0);
        const close = hour * 60 + Number(until[3] ?? 0);
        for (const { day, nth } of daysIn(scope)) if (!nth && hours.week[day]?.length) hours.week[day] = [[base[0], close]];
        if (/祝日|休日/.test(scope) && hours.holidays !== 'closed') hours.holidays = [[base[0], close]];
      }
      text = text.slice(until.index + until[0].length); // the days it names close later, they are not closed
    }
    const closing = /(除く|休館|休園|休み|休業|利用不可|休室)/.test(text) && !/場合は開館|場合は開園/.test(text);
    if (!closing) continue;
    for (const { day, nth, weeks } of daysIn(text)) {
      if (!nth) hours.week[day] = [];
      else if (!hours.someWeeksClosed.includes(day)) {
        hours.someWeeksClosed.push(day);
        if (weeks.length > 0) hours.closedWeeks[day] = weeks;
      }
    }
    if (/祝日|祝休日|休日/.test(text)) hours.holidays = 'closed';
  }
}

/** Days of the week a clause names: 月曜日, 土・日曜日, 第2・4月曜 (nth), 毎週月曜日. */
function daysIn(text: string): Array<{ day: Day; nth: boolean; weeks: number[] }> {
  const found: Array<{ day: Day; nth: boolean; weeks: number[] }> = [];
  // 第2・4月曜日, 第一・第三・第五日曜日, 第3金曜
  // eslint-disable-next-line security/detect-unsafe-regex -- as above
  const nthPattern = /第[0-9一二三四五](?:[・、][第]?[0-9一二三四五])*\s*([月火水木金土日])曜/g;
  const nthSpans: Array<[number, number]> = [];
  for (const match of text.matchAll(nthPattern)) {
    const weeks = [...match[0].matchAll(/[0-9一二三四五]/g)].map((digit) => WEEK_NUMBERS[digit[0]] ?? Number(digit[0]));
    found.push({ day: JA_DAYS[match[1] as string] as Day, nth: true, weeks });
    nthSpans.push([match.index, match.index + match[0].length]);
  }
  // 土・日曜日, 月曜日, 日曜 (not inside an nth span; not 日 of 日曜 counted twice)
  for (const match of text.matchAll(/((?:[月火水木金土日][・、])*[月火水木金土日])曜/g)) {
    if (nthSpans.some(([s, e]) => match.index >= s && match.index < e)) continue;
    for (const char of (match[1] as string).replace(/[・、]/g, '')) found.push({ day: JA_DAYS[char] as Day, nth: false, weeks: [] });
  }
  return found;
}
