import type { Lang } from '../../core/languages.ts';
import type { Day } from '../../core/question-frame.ts';
import { ANSWER_PHRASES, formatDate, type AnswerPhrases } from '../../i18n/answer-phrases.ts';
import { fill } from '../../i18n/phrasebook.ts';
import type { Hours, Interval } from '../../retrieval/opening-hours.ts';
import type { Fact } from '../../retrieval/place-facts.ts';

/** Publisher's free text longer than this is cut in a sentence (the card and the record have it whole). */
const MAX_TEXT = 140;
const WEEK: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A fact as a short value in the answer's language (`09:00–20:00 (closed on Mondays)`, `12 beds`). */
export function factText(fact: Fact, lang: Lang): string {
  const p = ANSWER_PHRASES[lang];
  switch (fact.kind) {
    case 'hours':
      return hoursText(fact.hours, p);
    case 'fee':
      return fact.text ?? (fact.free === 'yes' ? p.labels.free : '');
    case 'phone':
    case 'url':
      return fact.value;
    case 'address':
      return fact.building ? `${fact.value} ${fact.building}` : fact.value;
    case 'text':
      return cut(fact.value);
    case 'floor':
      return [fact.where, fact.floors.length > 0 && !fact.floors.every((floor) => fact.where?.includes(floor)) ? fact.floors.join(p.separator) : undefined].filter(Boolean).join(' ');
    case 'flag':
      return fact.note ? cut(fact.note) : '';
    case 'toilets': {
      const parts = (['men', 'women', 'unisex', 'accessible'] as const).filter((key) => fact[key] !== undefined && (fact[key] as number) > 0);
      return parts.map((key) => p.toilets[key].replace('{n}', String(fact[key]))).join(p.toilets.separator);
    }
    case 'count':
      return String(fact.value);
    case 'role':
      return '';
    case 'dates':
      return datesText(fact.start, fact.end, lang);
    case 'hazards':
      return fact.hazards.map((hazard) => p.hazardNames[hazard]).join(p.separator);
    case 'admits':
      return fact.who ?? '';
  }
}

/** Opening hours in one line: the usual hours, then the days that differ. */
export function hoursText(hours: Hours, p: AnswerPhrases): string {
  if (hours.allDay) return p.hours.allDay;
  if (hours.trainHours) return p.hours.trains;
  const usual = mostCommon(WEEK.map((day) => hours.week[day]?.[0]).filter((interval): interval is Interval => interval !== undefined));
  if (!usual) return openDaysText(hours, p);
  const parts: string[] = [];
  // days (and holidays) that close at another time, grouped by that time: "日曜・祝日は19:00まで"
  const other = new Map<number, Array<Day | 'hol'>>();
  for (const day of WEEK) {
    const interval = hours.week[day]?.[0];
    if (interval && interval[1] !== usual[1]) other.set(interval[1], [...(other.get(interval[1]) ?? []), day]);
  }
  if (Array.isArray(hours.holidays) && hours.holidays[0] && hours.holidays[0][1] !== usual[1]) {
    const close = hours.holidays[0][1];
    other.set(close, [...(other.get(close) ?? []), 'hol']);
  }
  for (const [close, days] of other) parts.push(p.hours.untilOn.replace('{days}', daysText(days, p)).replace('{time}', clock(close)));
  const closed = WEEK.filter((day) => hours.week[day]?.length === 0);
  if (closed.length > 0) parts.push(p.hours.closedOn.replace('{days}', daysText(closed, p)));
  if (hours.holidays === 'closed') parts.push(p.hours.holidaysClosed);
  const range = rangeText(usual, p);
  return parts.length > 0 ? `${range}${p.hours.brackets[0]}${parts.join(p.separator)}${p.hours.brackets[1]}` : range;
}

/**
 * The days a place is open or closed, when the record gives no hours ("closed on Mondays"), with the holidays;
 * the publisher's note when it says nothing else.
 */
export function openDaysText(hours: Hours, p: AnswerPhrases): string {
  const closed = WEEK.filter((day) => hours.week[day]?.length === 0);
  const parts = [closed.length > 0 ? p.hours.closedOn.replace('{days}', daysText(closed, p)) : '', hours.holidays === 'closed' ? p.hours.holidaysClosed : ''].filter(Boolean);
  if (parts.length === 0 && hours.openDays?.length === 7) return p.hours.everyDay;
  return parts.length > 0 ? parts.join(p.separator) : (hours.note ?? '');
}

export function rangeText(interval: Interval, p: AnswerPhrases): string {
  return p.hours.range.replace('{open}', clock(interval[0])).replace('{close}', clock(interval[1]));
}

export function daysText(days: ReadonlyArray<Day | 'hol'>, p: AnswerPhrases): string {
  return days.map((day) => p.hours.days[day]).join(p.hours.daySeparator);
}

/**
 * The days closed in some weeks of the month: "毎月第3火曜は休みです", "the 2nd and 4th Monday of each month" when the
 * note says which weeks, else "some Tuesdays of the month".
 */
export function weeksClosedText(hours: Hours, p: AnswerPhrases, lang: Lang): string {
  const days = hours.someWeeksClosed;
  if (!days.every((day) => (hours.closedWeeks[day]?.length ?? 0) > 0)) return fill(p.someWeeksClosed, { days: daysText(days, p) });
  const one = (day: Day) => {
    const weeks = (hours.closedWeeks[day] ?? []).map((week) => (lang === 'en' ? `${week}${EN_ORDINAL[week] ?? 'th'}` : String(week))).join(p.weekJoin);
    const name = p.hours.days[day];
    return fill(p.nthDay, { weeks, day: lang === 'en' ? name.replace(/s$/, '') : name });
  };
  return fill(p.nthClosed, { days: days.map(one).join(p.hours.daySeparator) });
}

const EN_ORDINAL: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** Minutes after midnight as `09:00` (`24:30` past midnight, as timetables write it). */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function datesText(start: string | undefined, end: string | undefined, lang: Lang): string {
  const p = ANSWER_PHRASES[lang];
  if (start && end && start !== end) return p.dateRange.replace('{from}', formatDate(start, lang)).replace('{to}', formatDate(end, lang));
  return formatDate((start ?? end) as string, lang);
}

function mostCommon(intervals: Interval[]): Interval | undefined {
  const counts = new Map<string, { interval: Interval; n: number }>();
  for (const interval of intervals) {
    const key = interval.join('-');
    const entry = counts.get(key) ?? { interval, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.interval;
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
