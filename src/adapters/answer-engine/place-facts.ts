import type { Lang } from '../../core/languages.ts';
import type { FactPhrases } from '../../i18n/phrasebook.ts';
import type { Place } from '../../core/place.ts';

/** Free text longer than this is not read out (it is in the source record, which the answer links to). */
const MAX_FREE_TEXT = 60;

/**
 * The facts of a record worth saying, one short line each, in the user's language: opening hours, floor,
 * wheelchair access, SSID, event dates. Only what the record holds (its `details`), translated where the data
 * is language-neutral (days, times, yes/no flags, hazard keys); free text the publisher wrote in Japanese is
 * said in Japanese answers only.
 */
export function placeFacts(place: Place, lang: Lang, f: FactPhrases): string[] {
  const d = place.details ?? {};
  const japanese = lang === 'ja' || lang === 'ja-easy';
  const facts: string[] = [];
  const hours = hoursOf(d, f);
  if (hours) facts.push(`${f.hours}: ${hours}`);
  if (japanese && d.hoursNote && d.hoursNote.length <= MAX_FREE_TEXT) facts.push(`${f.hours}: ${d.hoursNote}`);
  if (d.floor) facts.push(`${f.floor}: ${d.floor}`);
  if (japanese && d.location && d.location.length <= MAX_FREE_TEXT) facts.push(`${f.location}: ${d.location}`);
  const access = [d.wheelchair === 'yes' ? f.wheelchair : '', d.ostomate === 'yes' ? f.ostomate : '', isYes(d.babyFacilities, d.diaperTable) ? f.baby : '']
    .filter(Boolean)
    .join(f.separator);
  if (access) facts.push(access);
  if (place.category === 'aed' && d.childPads === 'yes') facts.push(f.childPads);
  if (d.ssid) facts.push(`SSID: ${d.ssid}`);
  if (d.startDate || d.endDate) facts.push(`${f.dates}: ${[d.startDate, d.endDate].filter(Boolean).join(' – ')}`);
  if (d.venue && d.venue !== place.name.ja) facts.push(`${f.venue}: ${d.venue}`);
  if (d.beds) facts.push(`${f.beds}: ${d.beds}`);
  if (d.tertiaryEmergency === 'yes') facts.push(f.tertiary);
  const hazards = (d.hazards ?? '').split(',').filter((key) => f.hazardNames[key]);
  if (hazards.length > 0) facts.push(`${f.hazards}: ${hazards.map((key) => f.hazardNames[key]).join(f.separator)}`);
  if (d.designatedOn) facts.push(`${f.designatedOn}: ${d.designatedOn}`);
  return facts;
}

/** Hazard-map links of a municipal office (`kozui=https://…`), labelled by hazard. */
export function hazardMapLinks(place: Place, f: FactPhrases): string[] {
  const names: Record<string, string> = { kozui: 'flood', dosya: 'landslide', hanran: 'inland_flood', takashio: 'storm_surge', tsunami: 'tsunami', kazan: 'volcano' };
  return (place.details?.hazardMaps ?? '')
    .split(/\s+/)
    .map((pair) => /^(\w+)=(https?:\/\/\S+)$/.exec(pair))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, hazard, url]) => `${f.hazardNames[names[hazard as string] ?? ''] ?? hazard}: ${url}`);
}

function hoursOf(d: Record<string, string>, f: FactPhrases): string | undefined {
  const days = d.days ? d.days.split(',').map((day) => f.days[day] ?? day) : [];
  const time = d.opens && d.closes ? `${d.opens}–${d.closes}` : d.hours?.replaceAll('first-train', f.firstTrain).replaceAll('last-train', f.lastTrain);
  if (!time) return undefined;
  const everyDay = days.length === 0 || ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].every((day) => d.days?.includes(day));
  return everyDay ? time : `${days.join(f.separator)} ${time}`;
}

function isYes(...flags: Array<string | undefined>): boolean {
  return flags.some((flag) => flag === 'yes');
}
