import holidays from '@holiday-jp/holiday_jp';
import { RETRIEVAL } from '../config/tunables.ts';
import type { Category, Place } from '../core/place.ts';
import type { Filter } from '../core/question-frame.ts';
import { admitsEveryone, meets, type Verdict } from './place-conditions.ts';

/** The day the question is asked, in Tokyo (`YYYY-MM-DD`). */
export interface Today {
  date: string;
}

/** Whether a date (`YYYY-MM-DD`) is a Japanese public holiday (@holiday-jp/holiday_jp's calendar). */
export function isPublicHoliday(date: string): boolean {
  return holidays.isHoliday(new Date(`${date}T00:00:00Z`));
}

/**
 * The conditions of a question, as a test on places. A condition a kind of place cannot be judged on (shelters
 * have no hours; only emergency sites list hazards) is left out for that kind rather than emptying the answer;
 * everywhere else a place passes only when its record says yes.
 */
export class PlaceFilter {
  readonly filters: readonly Filter[];
  private readonly today: string;
  private readonly judged: (category: Category, filter: Filter) => boolean;

  constructor(filters: readonly Filter[], today: Today, judged: (category: Category, filter: Filter) => boolean) {
    this.filters = filters;
    this.today = today.date;
    this.judged = judged;
  }

  /** The first condition the place fails, or undefined when it meets them all. */
  failed(place: Place): Filter | undefined {
    for (const filter of this.filters) {
      const verdict = this.verdict(place, filter);
      if (verdict === 'no' || (verdict === 'unknown' && this.judged(place.category, filter))) return filter;
    }
    return undefined;
  }

  accepts(place: Place): boolean {
    return this.failed(place) === undefined;
  }

  /** The same conditions, judged on every kind: a record that does not say fails (a shelter not listed for a tsunami). */
  strict(): PlaceFilter {
    return new PlaceFilter(this.filters, { date: this.today }, () => true);
  }

  /** Whether the record says yes to every condition (not only that it does not say no). */
  confirms(place: Place): boolean {
    return this.filters.every((filter) => this.verdict(place, filter) === 'yes');
  }

  /**
   * The places whose records say yes, when some do: a record that does not say (a site listed without its hazards)
   * is offered only when no record confirms the condition.
   */
  preferConfirmed<T>(items: readonly T[], placeOf: (item: T) => Place): T[] {
    if (this.filters.length === 0) return [...items];
    const confirmed = items.filter((item) => this.confirms(placeOf(item)));
    return confirmed.length > 0 ? confirmed : [...items];
  }

  verdict(place: Place, filter: Filter): Verdict {
    return meets(place, filter, this.today, isPublicHoliday);
  }
}

/**
 * Which conditions each kind of place can be judged on: most of its records give a yes or no. Computed once per
 * kind and condition, over the corpus, and kept.
 */
export function createJudgedTest(placesOf: (category: Category) => readonly Place[]): (category: Category, filter: Filter) => boolean {
  const memo = new Map<string, boolean>();
  return (category, filter) => {
    const key = `${category}|${JSON.stringify({ ...filter, days: undefined, minute: undefined, now: undefined })}`;
    let known = memo.get(key);
    if (known === undefined) {
      const places = placesOf(category);
      const sample = places.length > 400 ? places.filter((_, i) => i % Math.ceil(places.length / 400) === 0) : places;
      // whether a record says yes or no does not depend on the day asked: any date will do
      const decided = sample.filter((place) => meets(place, filter, '2000-01-01', () => false) !== 'unknown').length;
      known = sample.length > 0 && decided / sample.length >= RETRIEVAL.knownShare;
      memo.set(key, known);
    }
    return known;
  };
}

/** A shelter only some may use (要支援者) is never offered as a general one: it is answered only when named. */
export function generalUse(place: Place, filters: readonly Filter[] = []): boolean {
  // (unless the question asks for shelters for a group of people: those are its answer)
  return admitsEveryone(place) !== 'no' || filters.some((filter) => filter.kind === 'admits_group');
}
