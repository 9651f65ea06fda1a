import type { Place } from '../core/place.ts';
import type { Feature, Filter } from '../core/question-frame.ts';
import { hoursOf, openAt } from './opening-hours.ts';
import { SHELTER_GROUP_TEXT, SIGHT_NAME_PARTS } from './question-words/condition-words.ts';

/** Whether a place meets a condition, as far as its record says. */
export type Verdict = 'yes' | 'no' | 'unknown';

/** Words of the publishers' accessibility notes (バリアフリー情報) that say a feature is there. */
const FEATURE_NOTES: Record<Feature, RegExp> = {
  wheelchair: /多目的トイレ|多機能トイレ|車いす|車椅子|スロープ|エレベー[タ]|バリアフリー|障害者用トイレ/,
  ostomate: /オストメイト/,
  baby: /ベビー|おむつ|オムツ|授乳|乳幼児/,
  parking: /駐車場有|駐車場あり|優先駐車場|障害者用駐車場/,
  accessible_parking: /障害者用駐車|身障者用駐車|車いす使用者用駐車|車椅子使用者用駐車|車いす用駐車|優先駐車|思いやり駐車/,
  elevator: /エレベー[タ]/,
  child_pads: /小児/,
  tertiary: /救命救急/,
  wide_area_core: /広域基幹/,
  regional_core: /地域災害拠点中核/,
};

/** Whether a place has a feature: its flags first, then the publisher's accessibility note. */
export function hasFeature(place: Place, feature: Feature): Verdict {
  const d = place.details ?? {};
  const flags: Record<Feature, Array<string | undefined>> = {
    wheelchair: [d.wheelchair],
    ostomate: [d.ostomate],
    baby: [d.babyFacilities, d.diaperTable, d.babyChair],
    parking: [d.parking],
    accessible_parking: [],
    elevator: [],
    child_pads: [d.childPads],
    // a disaster base hospital with a critical care centre (救命救急センター, tertiary emergency care)
    tertiary: place.category === 'hospital' ? [d.tertiaryEmergency] : [],
    // its role among them (★ 広域基幹災害拠点病院, ☆ 地域災害拠点中核病院 in the list)
    wide_area_core: place.category === 'hospital' ? [d.disasterRole === 'wide-area-core' ? 'yes' : 'no'] : [],
    regional_core: place.category === 'hospital' ? [d.disasterRole === 'regional-core' ? 'yes' : 'no'] : [],
  };
  if (flags[feature].includes('yes')) return 'yes';
  // a parking column that says no is not overruled by a note on accessible parking (障害者用駐車場有): that is
  // accessible_parking, not parking for everyone
  if (feature === 'parking' && flags.parking.includes('no')) return 'no';
  if (feature === 'parking' && d.parkingNote && !/なし|無し|ありません|不可/.test(d.parkingNote)) return 'yes';
  if (d.accessibility && FEATURE_NOTES[feature].test(d.accessibility)) return 'yes';
  if (flags[feature].includes('no')) return 'no';
  if (feature === 'wheelchair' && place.category === 'toilet' && Number(d.multipurposeToilets) > 0) return 'yes';
  return 'unknown';
}

/** Whether entry is free: the free-or-paid flag, then the fee text. */
export function isFree(place: Place): Verdict {
  const d = place.details ?? {};
  if (d.free === 'yes' || d.free === 'no') return d.free;
  if (d.fee) return /無料/.test(d.fee) && !/円/.test(d.fee) ? 'yes' : /円|有料/.test(d.fee) ? 'no' : 'unknown';
  return 'unknown';
}

/** A shelter some people only may use (要支援者, 高齢者): the municipality names whom it admits. */
export function admitsEveryone(place: Place): Verdict {
  if (place.category !== 'shelter' && place.category !== 'evacuation_site') return 'unknown';
  const accepts = place.details?.accepts;
  if (!accepts) return 'yes';
  return /誰でも|全員|どなたでも|一般/.test(accepts) ? 'yes' : 'no';
}

/** Whether a place meets a condition of the question (`today`: `YYYY-MM-DD` in Tokyo, for events). */
export function meets(place: Place, filter: Filter, today: string, isHoliday: (date: string) => boolean): Verdict {
  switch (filter.kind) {
    case 'open': {
      const hours = hoursOf(place);
      if (!hours) return 'unknown';
      const days = filter.days ?? [];
      const asked = filter.now && isHoliday(today) ? ['hol' as const] : days;
      if (asked.length === 0) return filter.minute === undefined ? 'unknown' : anyDay(hours, filter.until ? filter.minute - 1 : filter.minute);
      // "open until 21:00": open in the minute before it
      const minute = filter.minute !== undefined && filter.until ? filter.minute - 1 : filter.minute;
      const states = asked.map((day) => openAt(hours, day, minute));
      return states.includes('open') ? 'yes' : states.every((state) => state === 'closed') ? 'no' : 'unknown';
    }
    case 'free':
      return isFree(place);
    case 'paid': {
      const free = isFree(place);
      return free === 'unknown' ? free : free === 'yes' ? 'no' : 'yes';
    }
    case 'has':
      return hasFeature(place, filter.feature);
    case 'hazard': {
      const hazards = place.details?.hazards;
      if (!hazards) return 'unknown';
      return hazards.split(',').includes(filter.hazard) ? 'yes' : 'no';
    }
    case 'admits_everyone':
      return admitsEveryone(place);
    case 'during': {
      if (place.category !== 'event') return 'unknown';
      const start = place.details?.startDate;
      const end = place.details?.endDate ?? start;
      if (!start || !end) return 'unknown';
      return start <= filter.to && end >= filter.from ? 'yes' : 'no';
    }
    case 'admits_group': {
      if (place.category !== 'shelter' && place.category !== 'evacuation_site') return 'unknown';
      // whom the record says it is for (受入対象者), or its name ((高齢者優先), 福祉避難所)
      const said = `${place.details?.accepts ?? ''} ${/[（(][^）)]*(?:優先|専用)[^）)]*[）)]|福祉避難所/.test(place.name.ja) ? place.name.ja : ''}`;
      if (filter.group === 'welfare') return admitsEveryone(place) === 'no' || said.trim() !== '' ? 'yes' : 'no';
      return SHELTER_GROUP_TEXT[filter.group].test(said) ? 'yes' : 'no';
    }
    case 'region': {
      const region = place.details?.medicalRegion;
      return region ? (region === filter.region ? 'yes' : 'no') : 'unknown';
    }
    case 'sight':
      // (a garden also by the kind of park its record gives: 六義園, 向島百花園)
      return SIGHT_NAME_PARTS[filter.sight].some((part) => place.name.ja.includes(part)) || (filter.sight === 'garden' && place.details?.parkKind === '庭園') ? 'yes' : 'no';
    case 'upcoming': {
      if (place.category !== 'event') return 'unknown';
      const end = place.details?.endDate ?? place.details?.startDate;
      return end ? (end >= today ? 'yes' : 'no') : 'unknown';
    }
  }
}

/** Open at that minute on some day of the week (a time asked without a day: "open at 9 pm?"). */
function anyDay(hours: NonNullable<ReturnType<typeof hoursOf>>, minute: number): Verdict {
  const states = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => openAt(hours, day, minute));
  return states.includes('open') ? 'yes' : states.every((state) => state === 'closed') ? 'no' : 'unknown';
}
