import type { Day, Filter } from '../../core/question-frame.ts';
import { DAYS } from '../../core/question-frame.ts';
import type { QuestionWords } from '../../retrieval/read-words.ts';

/** The day and minute in Tokyo, which the service answers for, whatever the server's time zone. */
export interface TokyoTime {
  day: Day;
  /** Minutes after midnight. */
  minute: number;
  /** `YYYY-MM-DD`. */
  date: string;
}

const TOKYO_OFFSET_MS = 9 * 3_600_000;

export function tokyoTime(epochMs: number): TokyoTime {
  const local = new Date(epochMs + TOKYO_OFFSET_MS);
  return { day: DAYS[local.getUTCDay()] as Day, minute: local.getUTCHours() * 60 + local.getUTCMinutes(), date: local.toISOString().slice(0, 10) };
}

const WEEKDAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A month or a year the question asks events in: 2023年8月, 2023년 8월, "August 2023", "Aug 2023", 2023年, "in 2023".
 * A year alone counts only as 20xx followed by 年/년 or after "in".
 */
export function readPeriod(text: string): Extract<Filter, { kind: 'during' }> | undefined {
  const lower = text.normalize('NFKC').toLowerCase();
  let year: number | undefined;
  let month: number | undefined;
  const cjk = /(20\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]/.exec(lower);
  const english = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(20\d{2})\b/.exec(lower);
  const yearOnly = /(20\d{2})\s*[年년]|\bin (20\d{2})\b/.exec(lower);
  if (cjk) [year, month] = [Number(cjk[1]), Number(cjk[2])];
  else if (english) [year, month] = [Number(english[2]), MONTHS.findIndex((name) => name.startsWith((english[1] as string).slice(0, 3))) + 1];
  else if (yearOnly) year = Number(yearOnly[1] ?? yearOnly[2]);
  if (!year || (month !== undefined && (month < 1 || month > 12))) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!month) return { kind: 'during', from: `${year}-01-01`, to: `${year}-12-31`, year };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { kind: 'during', from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}`, year, month };
}

/** The conditions a question puts on its places ("open on Sunday evening", "free", "for tsunami"). */
export function readConditions(words: QuestionWords, now: TokyoTime): Filter[] {
  // "now" asks what is open now only beside an hours word ("open now", "今開いてる"); alone it is urgency
  const openNow = words.now && words.attributes.includes('hours');
  const filters: Filter[] = [];
  const days = new Set<Day | 'hol'>();
  for (const word of words.days) {
    if (word === 'weekend') ['sat', 'sun'].forEach((day) => days.add(day as Day));
    else if (word === 'weekday') WEEKDAYS.forEach((day) => days.add(day));
    else if (word === 'today') days.add(now.day);
    else if (word === 'tomorrow') days.add(DAYS[(DAYS.indexOf(now.day) + 1) % 7] as Day);
    else days.add(word);
  }
  if (openNow) filters.push({ kind: 'open', days: [now.day], minute: now.minute, now: true });
  else if (days.size > 0 || words.minute !== undefined) filters.push({ kind: 'open', ...(days.size > 0 ? { days: [...days] } : {}), ...(words.minute !== undefined ? { minute: words.minute, ...(words.until ? { until: true } : {}) } : {}) });
  if (words.fee) filters.push({ kind: words.fee });
  for (const feature of words.features) filters.push({ kind: 'has', feature });
  for (const hazard of words.hazards) filters.push({ kind: 'hazard', hazard });
  if (words.admitsEveryone) filters.push({ kind: 'admits_everyone' });
  if (words.upcoming) filters.push({ kind: 'upcoming' });
  for (const sight of words.sights) filters.push({ kind: 'sight', sight });
  // (a welfare shelter is any group's: a group named says which)
  const groups = words.groups.length > 1 ? words.groups.filter((group) => group !== 'welfare') : words.groups;
  for (const group of groups) filters.push({ kind: 'admits_group', group });
  return filters;
}
