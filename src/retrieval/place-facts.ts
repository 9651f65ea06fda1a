import type { Place } from '../core/place.ts';
import { HAZARDS, type Attribute, type Hazard } from '../core/question-frame.ts';
import { hoursOf, type Hours } from './opening-hours.ts';
import { admitsEveryone, hasFeature, isFree } from './place-conditions.ts';

/**
 * One fact of a place, typed, as the record holds it: the answer says it in the user's language (facts that are
 * the publisher's free text stay in Japanese, marked `ja`). Never more than the record says.
 */
export type Fact =
  | { kind: 'hours'; hours: Hours }
  | { kind: 'fee'; free?: 'yes' | 'no'; text?: string }
  | { kind: 'phone'; value: string }
  | { kind: 'url'; value: string }
  | { kind: 'address'; value: string; building?: string }
  | { kind: 'text'; value: string; lang: 'ja' | 'en' }
  | { kind: 'floor'; floors: string[]; where?: string }
  | { kind: 'flag'; value: 'yes' | 'no'; note?: string }
  | { kind: 'toilets'; men?: number; women?: number; unisex?: number; accessible?: number }
  | { kind: 'count'; value: number }
  | { kind: 'role'; tertiary: boolean; role?: string }
  | { kind: 'dates'; start?: string; end?: string }
  | { kind: 'hazards'; hazards: Hazard[] }
  | { kind: 'admits'; everyone: boolean; who?: string };

/** The fact of a place the question asks for; undefined when the record does not hold it. */
export function factOf(place: Place, attribute: Attribute, englishText = false): Fact | undefined {
  const d = place.details ?? {};
  switch (attribute) {
    case 'hours': {
      // times, or else the days it opens and the publisher's note on its hours ("土曜日は9:30~19:30")
      const hours = hoursOf(place);
      const known = hours && (isTimed(hours) || hours.openDays || hours.note);
      return known ? { kind: 'hours', hours } : undefined;
    }
    case 'open_days': {
      const hours = hoursOf(place);
      const known = hours && (hours.allDay || hours.openDays || hours.holidays || hours.someWeeksClosed.length > 0 || Object.keys(hours.week).length > 0);
      return known ? { kind: 'hours', hours } : undefined;
    }
    case 'fee':
    case 'free': {
      const free = isFree(place);
      const text = d.fee && !/^https?:/.test(d.fee) ? d.fee : undefined;
      return free === 'unknown' && !text ? undefined : { kind: 'fee', ...(free !== 'unknown' ? { free } : {}), ...(text ? { text } : {}) };
    }
    case 'phone':
      return place.phone ? { kind: 'phone', value: place.phone } : undefined;
    case 'website':
      return place.url ? { kind: 'url', value: place.url } : undefined;
    case 'address':
      return place.address ? { kind: 'address', value: place.address, ...(d.building ? { building: d.building } : {}) } : undefined;
    case 'access':
      return d.access ? { kind: 'text', value: d.access, lang: 'ja' } : undefined;
    case 'floor': {
      const floors = d.floor ? d.floor.split(',') : [];
      const where = d.location ?? d.building;
      return floors.length > 0 || where ? { kind: 'floor', floors, ...(where ? { where } : {}) } : undefined;
    }
    case 'wheelchair':
    case 'ostomate':
    case 'baby':
    case 'parking': {
      const verdict = hasFeature(place, attribute);
      if (verdict === 'unknown') return undefined;
      // (a parking note's capacity first, which a quoted note must not lose to its fees: 駐車台数181台)
      const note = attribute === 'parking' ? capacityFirst(d.parkingNote) : d.accessibility;
      return { kind: 'flag', value: verdict, ...(note ? { note } : {}) };
    }
    case 'childcare':
      return d.childcare ? { kind: 'flag', value: d.childcare as 'yes' | 'no', ...(d.childcareNote ? { note: d.childcareNote } : {}) } : undefined;
    case 'toilets': {
      const n = (value: string | undefined) => (value === undefined ? undefined : Number(value));
      const counts = { men: n(d.toiletsMen), women: n(d.toiletsWomen), unisex: n(d.toiletsUnisex), accessible: n(d.multipurposeToilets) };
      return Object.values(counts).some((value) => value !== undefined) ? { kind: 'toilets', ...counts } : undefined;
    }
    case 'beds':
      return d.beds ? { kind: 'count', value: Number(d.beds) } : undefined;
    case 'capacity':
      return d.capacity ? { kind: 'count', value: Number(d.capacity) } : undefined;
    case 'emergency_role':
      return place.category === 'hospital' ? { kind: 'role', tertiary: d.tertiaryEmergency === 'yes', ...(d.disasterRole ? { role: d.disasterRole } : {}) } : undefined;
    case 'ssid':
      return d.ssid ? { kind: 'text', value: d.ssid, lang: 'en' } : undefined;
    case 'event_dates':
      return d.startDate || d.endDate ? { kind: 'dates', start: d.startDate, end: d.endDate } : undefined;
    case 'venue':
      return d.venue ? { kind: 'text', value: d.venue, lang: 'ja' } : undefined;
    case 'hazards': {
      const hazards = (d.hazards ?? '').split(',').filter((key): key is Hazard => (HAZARDS as readonly string[]).includes(key));
      return hazards.length > 0 ? { kind: 'hazards', hazards } : undefined;
    }
    case 'admits': {
      const verdict = admitsEveryone(place);
      return verdict === 'unknown' ? undefined : { kind: 'admits', everyone: verdict === 'yes', ...(d.accepts ? { who: d.accepts } : {}) };
    }
    case 'description': {
      if (englishText && d.descriptionEn) return { kind: 'text', value: d.descriptionEn, lang: 'en' };
      const text = d.description ?? d.propertyClass ?? d.nickname;
      return text ? { kind: 'text', value: text, lang: 'ja' } : undefined;
    }
    case 'conditions':
      return d.conditions ? { kind: 'text', value: d.conditions, lang: 'ja' } : undefined;
    case 'ages':
      return undefined;
    case 'designated':
      return d.designatedOn ? { kind: 'text', value: d.propertyClass ? `${d.designatedOn}（${d.propertyClass}）` : d.designatedOn, lang: d.propertyClass ? 'ja' : 'en' } : undefined;
  }
}

/** A note's sentences that give a number of cars (181台) before the others. */
function capacityFirst(note: string | undefined): string | undefined {
  if (!note) return note;
  const sentences = note.split(/(?<=。)/);
  const capacity = sentences.filter((sentence) => /\d+\s*台/.test(sentence));
  return capacity.length === 0 || sentences[0] === capacity[0] ? note : [...capacity, ...sentences.filter((sentence) => !capacity.includes(sentence))].join('');
}

/** Whether the record holds the fact asked. */
export function hasFact(place: Place, attribute: Attribute): boolean {
  return factOf(place, attribute) !== undefined;
}

/** Whether the hours say times (or all day, or the trains' hours), not only days. */
export function isTimed(hours: Hours): boolean {
  return hours.allDay || hours.trainHours || Object.values(hours.week).some((intervals) => intervals !== undefined && intervals.length > 0);
}
