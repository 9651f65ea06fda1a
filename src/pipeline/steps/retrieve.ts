import { RETRIEVAL } from '../../config/tunables.ts';
import type { RankedPlace } from '../../core/chat.ts';
import { CATEGORIES, type Category, type Place } from '../../core/place.ts';
import type { AnswerScope, Attribute, QuestionFrame } from '../../core/question-frame.ts';
import type { Status } from '../../core/status.ts';
import { haversineMeters } from '../../geo/geo.ts';
import type { CorpusIndex } from '../../retrieval/corpus-index.ts';
import { generalUse, PlaceFilter, type Today } from '../../retrieval/filter-places.ts';
import { LANDMARK_CATEGORIES } from '../../retrieval/landmarks.ts';
import { hasFact } from '../../retrieval/place-facts.ts';
import { findTopic } from '../../retrieval/topics.ts';
import { normaliseQuery } from '../../text/text-keys.ts';
import type { Step } from '../step.ts';
import { tokyoTime } from '../understand/read-conditions.ts';

export interface Retrieval {
  status: Status;
  places: RankedPlace[];
  /** Places that matched before the cut to the answer's size. */
  matched: number;
  scope?: AnswerScope;
  /** For a municipality's or Tokyo's list: every place that matched, in order, before the cut (semantic fusion re-ranks it). */
  pool?: RankedPlace[];
}

/** Topics whose answer is the office of the municipality one is in, not the nearest office across a border. */
const OWN_OFFICE_TOPICS = new Set(['municipal_office', 'hazard_map']);

const nothing = (status: Status, scope?: AnswerScope): Retrieval => ({ status, places: [], matched: 0, scope });

/**
 * Finds the places that answer the question, as its frame says: the places it names (lookup), the nearest to an
 * anchor, a municipality's, or Tokyo's (list, count), each kept to the question's conditions before ranking.
 * Says why when there is nothing to answer from: no data there, nothing meets the condition, not covered.
 */
export function retrievePlaces(index: CorpusIndex, frame: QuestionFrame, today: Today = { date: tokyoTime(Date.now()).date }): Retrieval {
  const filter = new PlaceFilter(frame.filters, today, index.judged);
  switch (frame.intent) {
    case 'smalltalk':
      return nothing('greeting');
    case 'clarify':
      // "museums open on Monday?" lists Tokyo's; "the hospital's phone number?" asks which hospital
      return frame.topic && (frame.filters.length > 0 || !frame.attribute) ? tokyoWide(index, frame, filter) : nothing('clarification_needed');
    case 'decline':
      return declined(index, frame);
    case 'lookup':
      return lookup(index, frame);
    default: {
      const result = bySubject(index, frame, filter);
      // the company named has no such place there: any company's ("the Keikyu toilet" at a station it does not serve);
      // no site there is designated wide-area in the data: the evacuation sites
      return (frame.operator || frame.wideArea) && result.status !== 'answered' ? bySubject(index, { ...frame, operator: undefined, wideArea: undefined }, filter) : result;
    }
  }
}

/**
 * A place of the kind the frame narrows to: a station's run by the railway company named (銀座線 → 東京地下鉄), a
 * site designated wide-area (広域避難場所).
 */
function runBy(frame: QuestionFrame, place: Place): boolean {
  return (!frame.operator || place.details?.operator === frame.operator) && (!frame.wideArea || place.details?.designation === '広域避難場所');
}

function declined(index: CorpusIndex, frame: QuestionFrame): Retrieval {
  const place = frame.placeIds?.map((id) => index.places.get(id)).find((found): found is Place => found !== undefined);
  const ward = frame.ward ?? place?.ward ?? frame.anchor?.ward ?? (frame.anchor ? index.wardAt(frame.anchor) : undefined);
  const scope: AnswerScope | undefined = ward ? { mode: 'ward', ward } : undefined;
  // a fact no record holds of a named place: its card still gives what the record has (phone, website)
  return place ? { status: 'unanswerable_out_of_scope', places: [{ place }], matched: 1, scope } : nothing('unanswerable_out_of_scope', scope);
}

/** The places the question names: the record of what the name says it is first; the fact asked, or "not in the data". */
function lookup(index: CorpusIndex, frame: QuestionFrame): Retrieval {
  const named = (frame.placeIds ?? []).flatMap((id) => index.places.get(id) ?? []).filter((place) => !frame.ward || place.ward === frame.ward);
  if (named.length === 0) return nothing('clarification_needed');
  const ordered = [...named].sort((a, b) => canonicalRank(a, frame.attribute) - canonicalRank(b, frame.attribute));
  const places = dedupe(ordered.map((place) => withDistance(place, frame))).map(withTwinHazards);
  const shown = places.slice(0, RETRIEVAL.answerSize);
  const attribute = frame.attribute;
  if (attribute && !shown.some(({ place }) => hasFact(place, attribute))) {
    // the fact may be in another record of the same place: 木場公園一帯, the evacuation site, lists its hazards
    const area = shown[0] ? sameAreaWith(index, shown[0].place, attribute) : undefined;
    if (area) return answered([{ ...withDistance(area, frame), merged: [shown[0]?.place as Place] }], 1, { mode: 'name' });
    // "where exactly is it?" of a place no floor is given for (a historic site, a park): where it is
    // (the answer then says the address, as for a place named alone)
    if (attribute === 'floor' && shown[0]?.place.address) return answered(shown, places.length, { mode: 'name' });
    return { status: 'unanswerable_no_sources', places: shown.slice(0, 1), matched: 1, scope: { mode: 'name', missing: attribute, ward: shown[0]?.place.ward } };
  }
  return answered(shown, places.length, { mode: 'name' });
}

/** Another record of the named place, within a few hundred metres, named after it, that holds the fact asked. */
function sameAreaWith(index: CorpusIndex, place: Place, attribute: Attribute): Place | undefined {
  const key = nameKey(place.name.ja);
  // a record with no point (a municipal office in the list of local governments): the same name in its municipality
  if (place.lat === undefined || place.lon === undefined) {
    return [...index.places.values()].find((other) => other.id !== place.id && other.ward === place.ward && nameKey(other.name.ja) === key && hasFact(other, attribute));
  }
  const hits = index.nearest({ lat: place.lat, lon: place.lon }, CATEGORIES, 20, SAME_AREA_METERS, (other) => other.id !== place.id && nameKey(other.name.ja).startsWith(key));
  return hits.map(({ item }) => item as Place).find((other) => hasFact(other, attribute));
}

/**
 * The hazards a site serves, as all its records in the datasets say them together: the metropolitan list names a
 * site for earthquakes and fires, the national one the same site for a tsunami (港南図書館).
 */
function withTwinHazards(ranked: RankedPlace): RankedPlace {
  const lists = [ranked.place, ...(ranked.merged ?? [])].map((place) => place.details?.hazards).filter((hazards): hazards is string => Boolean(hazards));
  if (lists.length < 2) return ranked;
  const hazards = [...new Set(lists.flatMap((list) => list.split(',')))].join(',');
  return hazards === ranked.place.details?.hazards ? ranked : { ...ranked, place: { ...ranked.place, details: { ...ranked.place.details, hazards } } };
}

/** Records named after a place within this distance of it are about the same place (a park and the site around it). */
const SAME_AREA_METERS = 500;

/** Nearest, list or count: places of the kind asked, in the scope, meeting the conditions. */
function bySubject(index: CorpusIndex, frame: QuestionFrame, filter: PlaceFilter): Retrieval {
  const primary = frame.categories.filter((category) => index.hasCategory(category));
  const fallback = frame.fallbackCategories.filter((category) => index.hasCategory(category));
  if (primary.length === 0 && fallback.length === 0) return nothing('unanswerable_no_sources');
  if (frame.topic && OWN_OFFICE_TOPICS.has(frame.topic) && (frame.ward || frame.anchor)) return ownOffice(index, frame);
  // every shelter takes people after an earthquake or a fire; the designations differ for water and landslides
  const hazardAsked = frame.filters.some((f) => f.kind === 'hazard' && f.hazard !== 'earthquake' && f.hazard !== 'large_fire');
  // only emergency sites list the hazards they serve: "shelters for a tsunami" are the sites designated for one
  const [first, second] = hazardAsked && primary.includes('shelter') ? [['evacuation_site' as Category], primary] : [primary, hazardAsked ? primary.filter((c) => c === 'shelter') : fallback];
  // (a kind standing in for them counts only where its record says so: a shelter that does not say is not one "for a tsunami")
  const fallbackFilter = hazardAsked ? filter.strict() : filter;
  const size = frame.intent === 'nearest' ? RETRIEVAL.answerSize : RETRIEVAL.listSize;
  const anchor = frame.anchor;
  // the events of a museum are the events held there, not the nearest ones
  if (anchor?.kind === 'landmark' && first.includes('event')) return eventsAt(index, frame, anchor, filter);
  if ((anchor?.kind === 'station' || anchor?.kind === 'town') && (frame.intent === 'count' || frame.inTown) && !frame.ward) {
    const town = inTown(index, frame, anchor, first, filter);
    if (town) return withCoverage(index, frame, town);
  }
  if (anchor && frame.intent !== 'count') {
    const located = [...first, ...second].every((category) => index.mostlyLocated(category));
    if (located) return withCoverage(index, frame, nearAnchor(index, frame, first, second, size, filter, fallbackFilter));
    // Too few of this kind have coordinates (the hospital list): "nearest" would skip the ones without, so the
    // answer lists the municipality's instead; when it has none, the nearest of those with a point, said as such.
    const ward = frame.ward ?? anchor.ward ?? index.wardAt(anchor);
    const local = ward ? inWard(index, frame, ward, first, second, size, !frame.ward, filter, fallbackFilter) : nothing('unanswerable_no_sources');
    if (local.status === 'answered' || frame.ward) return local;
    const near = nearAnchor(index, frame, first, second, size, filter, fallbackFilter);
    return near.status === 'answered' ? { ...near, scope: { ...near.scope, mode: 'near', ward, partial: true } } : local;
  }
  const ward = frame.ward ?? anchor?.ward ?? (anchor ? index.wardAt(anchor) : undefined);
  if (ward) return withCoverage(index, frame, inWard(index, frame, ward, first, second, size, !frame.ward, filter, fallbackFilter));
  return tokyoWide(index, frame, filter);
}

function nearAnchor(index: CorpusIndex, frame: QuestionFrame, primary: Category[], fallback: Category[], size: number, filter: PlaceFilter, fallbackFilter = filter): Retrieval {
  const anchor = frame.anchor as NonNullable<QuestionFrame['anchor']>;
  // A landmark is not its own answer, nor is its twin in another dataset (the same name within a few hundred metres).
  const inScope = (place: Place) =>
    (!frame.ward || place.ward === frame.ward) && place.id !== anchor.placeId && !(anchor.placeId && anchor.ja && nameKey(place.name.ja) === nameKey(anchor.ja)) && generalUse(place, frame.filters) && runBy(frame, place);
  for (const [categories, isFallback] of [
    [primary, false],
    [fallback, true],
  ] as const) {
    if (categories.length === 0) continue;
    const test = isFallback ? fallbackFilter : filter;
    const hits = index.nearest(anchor, categories, RETRIEVAL.candidatePool, RETRIEVAL.maxNearMeters, (place) => inScope(place) && test.accepts(place));
    const places = dedupe(filter.preferConfirmed(hits, ({ item }) => item as Place).map(({ item, meters }) => ({ place: item as Place, distanceMeters: meters })));
    if (places.length > 0) return answered(places.slice(0, size), places.length, { mode: 'near', fallback: isFallback });
  }
  const scope: AnswerScope = { mode: 'near', ward: frame.ward ?? anchor.ward ?? index.wardAt(anchor), inferred: !frame.ward };
  if (filter.filters.length === 0) return nothing('unanswerable_no_sources', scope);
  // Nothing meets the condition: the nearest that do not, with the condition they fail
  const hits = index.nearest(anchor, primary, RETRIEVAL.alternatives * 4, RETRIEVAL.maxNearMeters, inScope);
  const alternatives = dedupe(hits.map(({ item, meters }) => ({ place: item as Place, distanceMeters: meters }))).slice(0, RETRIEVAL.alternatives);
  const unmet = alternatives[0] ? filter.failed(alternatives[0].place) : undefined;
  return { status: 'unanswerable_no_sources', places: alternatives, matched: 0, scope: { ...scope, unmet: unmet ?? filter.filters[0] } };
}

function inWard(index: CorpusIndex, frame: QuestionFrame, ward: string, primary: Category[], fallback: Category[], size: number, inferred: boolean, filter: PlaceFilter, fallbackFilter = filter): Retrieval {
  let unfiltered: Place[] = [];
  for (const [categories, isFallback] of [
    [primary, false],
    [fallback, true],
  ] as const) {
    // (a municipality's wide-area sites may lie in the next one: those it designates count as its own)
    const designated = frame.wideArea ? categories.flatMap((category) => index.inCategory(category)).filter((place) => place.ward !== ward && place.details?.designatedBy === ward) : [];
    const all = [...categories.flatMap((category) => index.inCategory(category, ward)), ...designated].filter((place) => generalUse(place, frame.filters) && runBy(frame, place));
    if (unfiltered.length === 0) unfiltered = all;
    const test = isFallback ? fallbackFilter : filter;
    const pool = test.preferConfirmed(all.filter((place) => test.accepts(place)), (place) => place);
    if (pool.length === 0) continue;
    const places = dedupe(order(index, frame, ward, pool));
    const scope: AnswerScope = { mode: 'ward', ward, inferred, fallback: isFallback, ...(frame.intent === 'count' ? countScope(index, places) : {}) };
    return answered(size === RETRIEVAL.listSize ? listed(places, frame) : places.slice(0, size), places.length, scope, places);
  }
  if (unfiltered.length > 0 && filter.filters.length > 0) {
    const alternatives = dedupe(order(index, frame, ward, unfiltered)).slice(0, RETRIEVAL.alternatives);
    const unmet = alternatives[0] ? filter.failed(alternatives[0].place) : undefined;
    return { status: 'unanswerable_no_sources', places: alternatives, matched: 0, scope: { mode: 'ward', ward, inferred, unmet: unmet ?? filter.filters[0], count: 0 } };
  }
  return nothing('unanswerable_no_sources', { mode: 'ward', ward, inferred, ...(frame.intent === 'count' ? { count: 0 } : {}) });
}

/**
 * "How many AEDs in Toyosu?": a station's name is also its town's (江東区豊洲), and the places counted are those
 * whose address is in that town; undefined when none is, and the municipality's are counted instead.
 */
function inTown(index: CorpusIndex, frame: QuestionFrame, anchor: NonNullable<QuestionFrame['anchor']>, categories: Category[], filter: PlaceFilter): Retrieval | undefined {
  const ward = anchor.ward ?? index.wardAt(anchor);
  const town = anchor.ja?.replace(/駅$/, '');
  if (!ward || !town) return undefined;
  const prefix = `${ward}${town}`;
  const candidates = categories.flatMap((category) => index.inCategory(category, ward)).filter((place) => generalUse(place, frame.filters) && runBy(frame, place) && filter.accepts(place));
  // a station's own places, where the data names the station (its toilets: 亀戸駅に車いすトイレいくつ), else the town's
  const atStation = anchor.kind === 'station' ? candidates.filter((place) => place.details?.station === town) : [];
  const pool = atStation.length > 0 ? atStation : candidates.filter((place) => place.address?.replace(/\s+/g, '').replace(/^東京都/, '').startsWith(prefix));
  if (pool.length === 0) return undefined;
  const places = dedupe(order(index, frame, ward, pool));
  return answered(listed(places, frame), places.length, { mode: 'ward', ward, inferred: true, area: town, ...countScope(index, places) }, places);
}

/** Events held at a named place: the venue the record names, or a point within a few dozen metres. */
function eventsAt(index: CorpusIndex, frame: QuestionFrame, anchor: NonNullable<QuestionFrame['anchor']>, filter: PlaceFilter): Retrieval {
  const venue = anchor.ja ? nameKey(anchor.ja) : undefined;
  const held = index.inCategory('event').filter((event) => {
    const named = venue !== undefined && event.details?.venue !== undefined && nameKey(event.details.venue).includes(venue);
    const there = event.lat !== undefined && event.lon !== undefined && haversineMeters(anchor.lat, anchor.lon, event.lat, event.lon) < EVENT_VENUE_METERS;
    return named || there;
  });
  const pool = held.filter((event) => filter.accepts(event)).sort((a, b) => (b.details?.startDate ?? '').localeCompare(a.details?.startDate ?? ''));
  const scope: AnswerScope = { mode: 'near', at: true, ...(frame.intent === 'count' ? { count: pool.length } : {}) };
  if (pool.length === 0) return nothing('unanswerable_no_sources', scope);
  return answered(listed(pool, frame).map((place) => ({ place })), pool.length, scope);
}

/** An event's point within this distance of a place is held there. */
const EVENT_VENUE_METERS = 80;

/**
 * How many places a list of `total` shows: up to RETRIEVAL.listAll when the question asks for all of them (一覧,
 * 全部, "list all"); the whole list when a list is asked ("which children's centres are in Koto?", 有哪些) and it
 * is no longer than that; else all of a short list or the first listSize (the rest are counted: twenty of Shinagawa's
 * 69 shelters would be no more complete than five, and cost four times the cards).
 */
export function listedSize(total: number, frame?: Pick<QuestionFrame, 'listAll' | 'intent'>): number {
  if (frame?.listAll || (frame?.intent === 'list' && total <= RETRIEVAL.listAll)) return Math.min(total, RETRIEVAL.listAll);
  return total <= RETRIEVAL.listWhole ? total : RETRIEVAL.listSize;
}

function listed<T>(places: readonly T[], frame?: Pick<QuestionFrame, 'listAll' | 'intent'>): T[] {
  return places.slice(0, listedSize(places.length, frame));
}

/** No area named: a rare kind (museums, events, historic sites) is answered for all of Tokyo; else ask where. */
function tokyoWide(index: CorpusIndex, frame: QuestionFrame, filter: PlaceFilter): Retrieval {
  const all = frame.categories.flatMap((category) => index.inCategory(category)).filter((place) => generalUse(place, frame.filters) && runBy(frame, place));
  const local = frame.categories.some((category) => RETRIEVAL.askWhere.includes(category));
  // (records that confirm the condition before those that do not say, as a municipality's list keeps them)
  const pool = filter.preferConfirmed(all.filter((place) => filter.accepts(place)), (place) => place);
  // a kind asked near a place (parks) is listed for all of Tokyo when a condition leaves a short list (都立庭園: nine)
  const short = frame.filters.length > 0 && pool.length > 0 && pool.length <= RETRIEVAL.listAll;
  if (all.length === 0 || (frame.intent !== 'count' && !short && (local || all.length > RETRIEVAL.tokyoWideMax))) return nothing('clarification_needed');
  const scope: AnswerScope = { mode: 'tokyo', ...(frame.intent === 'count' ? { count: pool.length } : {}) };
  if (pool.length === 0) {
    if (frame.intent === 'count') return nothing('unanswerable_no_sources', scope);
    const alternatives = all.slice(0, RETRIEVAL.alternatives).map((place) => ({ place }));
    return { status: 'unanswerable_no_sources', places: alternatives, matched: 0, scope: { ...scope, unmet: (alternatives[0] && filter.failed(alternatives[0].place)) ?? filter.filters[0] } };
  }
  const places = dedupe(pool.map((place) => ({ place })));
  if (frame.intent === 'count') Object.assign(scope, countScope(index, places));
  // (a kind with a condition and no place, "museums open on Monday?", asks for the list: nothing is nearest to nowhere)
  return answered(listed(places, { ...frame, intent: frame.intent === 'count' ? 'count' : 'list' }), places.length, scope, places);
}

/** A list from a point when there is one, else from the municipal office, so a ward-wide list starts near its centre. */
function order(index: CorpusIndex, frame: QuestionFrame, ward: string, pool: Place[]): RankedPlace[] {
  const from = frame.anchor ?? index.officeOf(ward);
  if (from?.lat === undefined || from.lon === undefined) return pool.map((place) => ({ place }));
  const { lat, lon } = from;
  const user = frame.anchor !== undefined;
  return pool
    .map((place) => ({ place, d: place.lat !== undefined && place.lon !== undefined ? haversineMeters(lat, lon, place.lat, place.lon) : Infinity }))
    .sort((a, b) => a.d - b.d)
    .map(({ place, d }) => (user && Number.isFinite(d) ? { place, distanceMeters: Math.round(d) } : { place }));
}

/** An empty answer where the data does not cover the municipality says so, rather than "none within 5 km". */
function withCoverage(index: CorpusIndex, frame: QuestionFrame, result: Retrieval): Retrieval {
  if (result.status === 'answered') {
    // answered from another municipality's data: say that the one asked from is not covered
    const there = frame.anchor && result.scope?.mode === 'near' ? (frame.anchor.ward ?? index.wardAt(frame.anchor)) : undefined;
    const uncovered = there && !index.coverage.covers(frame.categories, there) && result.places[0]?.place.ward !== there;
    return uncovered && result.scope ? { ...result, scope: { ...result.scope, uncoveredWard: there } } : result;
  }
  if (!result.scope?.ward || result.scope.unmet) return result;
  const covered = index.coverage.covers(frame.categories, result.scope.ward);
  return covered ? result : { ...result, scope: { ...result.scope, uncovered: true } };
}

/** The office of the municipality asked about or stood in (a station's, the user's): the official contact itself. */
function ownOffice(index: CorpusIndex, frame: QuestionFrame): Retrieval {
  const anchor = frame.anchor;
  const ward = frame.ward ?? anchor?.ward ?? (anchor ? index.wardAt(anchor) : undefined);
  const office = index.officeOf(ward);
  // An office without hazard-map links does not answer "the hazard map of X": that is "no data", with its contact.
  if (!office || (frame.topic === 'hazard_map' && !office.details?.hazardMaps)) return nothing('unanswerable_no_sources', ward ? { mode: 'ward', ward } : undefined);
  return answered([withDistance(office, frame)], 1, { mode: 'ward', ward, inferred: !frame.ward });
}

/**
 * 0: the record that holds the fact asked; then the category the name itself says (…区役所, …公園); a landmark; else.
 * A library's own record answers its hours, not the AED installed in it.
 */
function canonicalRank(place: Place, attribute: Attribute | undefined): number {
  const holds = attribute && hasFact(place, attribute) ? 0 : 4;
  const said = findTopic(normaliseQuery(place.name.ja))?.topic;
  if (said?.categories.includes(place.category)) return holds;
  return holds + (LANDMARK_CATEGORIES.has(place.category) ? 1 : 2);
}

function withDistance(place: Place, frame: QuestionFrame): RankedPlace {
  const a = frame.anchor;
  if (!a || place.lat === undefined || place.lon === undefined) return { place };
  return { place, distanceMeters: Math.round(haversineMeters(a.lat, a.lon, place.lat, place.lon)) };
}

function answered(places: RankedPlace[], matched: number, scope: AnswerScope, pool?: RankedPlace[]): Retrieval {
  return { status: 'answered', places, matched, scope, ...(pool ? { pool } : {}) };
}

/**
 * A count with what it is made of: how many records each publisher's data holds, when more than one publisher's
 * was counted (the datasets may overlap or list different things: a ward's public toilets, the stations' accessible
 * toilets), and the rows a dataset counted whole had in its file before the ingest left some out.
 */
function countScope(index: CorpusIndex, places: readonly RankedPlace[]): Pick<AnswerScope, 'count' | 'bySource' | 'rows'> {
  const perDataset = new Map<string, number>();
  const records = new Map<string, number>();
  for (const { place, merged } of places) {
    for (const record of [place, ...(merged ?? [])]) {
      perDataset.set(record.datasetId, (perDataset.get(record.datasetId) ?? 0) + unitsOf(record));
      records.set(record.datasetId, (records.get(record.datasetId) ?? 0) + 1);
    }
  }
  const perOwner = new Map<string, number>();
  for (const [id, n] of perDataset) {
    const owner = ownerOf(index.datasets.get(id)?.publisher.ja ?? id);
    perOwner.set(owner, (perOwner.get(owner) ?? 0) + n);
  }
  const bySource = perOwner.size > 1 ? [...perOwner].map(([owner, count]) => ({ owner, count })).sort((a, b) => b.count - a.count) : undefined;
  const [whole] = records.size === 1 ? [...records] : [];
  const report = whole ? index.corpus.reports.find((candidate) => candidate.datasetId === whole[0]) : undefined;
  const rows = report && report.rejected > 0 && report.loaded === whole?.[1] ? { rows: report.rows, left: report.rejected } : undefined;
  return { count: recordCount(places), ...(bySource ? { bySource } : {}), ...(rows ? { rows } : {}) };
}

/** How many of the kind one record stands for: a station's identical toilets side by side are one record with a count. */
function unitsOf(place: Place): number {
  const units = Number(place.details?.count ?? 1);
  return Number.isInteger(units) && units > 0 ? units : 1;
}

/** The publisher as people know it: the metropolitan government's bureaus are 東京都; the GSI's lists, 国土地理院. */
function ownerOf(publisher: string): string {
  if (publisher.startsWith('東京都')) return '東京都';
  if (publisher.startsWith('国土地理院')) return '国土地理院';
  return publisher;
}

/**
 * How many the data lists: a facility in two datasets (a shelter in the GSI's and the TMG's list) counts once,
 * but records of one dataset at one facility (two AEDs in one building) count each.
 */
function recordCount(places: readonly RankedPlace[]): number {
  let count = 0;
  for (const { place, merged } of places) {
    const perDataset = new Map<string, number>();
    for (const record of [place, ...(merged ?? [])]) perDataset.set(record.datasetId, (perDataset.get(record.datasetId) ?? 0) + unitsOf(record));
    count += Math.max(...perDataset.values());
  }
  return count;
}

/** Records this close, of one kind of place and at one address, are one facility listed twice. */
const SAME_SPOT_METERS = 40;

/**
 * The same facility listed twice is one answer: by two datasets (東京都 and 国土地理院 both list a shelter), or as
 * two entries at one address (商工会館 and 商工会館・消費者センター). The first is kept and the others merged into
 * it, so its card cites every source. Compared by name first: a ward's whole list in linear time.
 */
function dedupe(list: RankedPlace[]): RankedPlace[] {
  const kept: RankedPlace[] = [];
  const byName = new Map<string, RankedPlace[]>();
  const byAddress = new Map<string, RankedPlace[]>();
  for (const candidate of list) {
    const { place } = candidate;
    const { name: key, address } = keysOf(place);
    const namesake = (byName.get(key) ?? []).find(
      ({ place: other }) => other.lat === undefined || place.lat === undefined || haversineMeters(other.lat, other.lon as number, place.lat, place.lon as number) < 300,
    );
    const sameSpot = address ? (byAddress.get(address) ?? []).find(({ place: other }) => sameFacility(other, place)) : undefined;
    const twin = namesake ?? sameSpot;
    if (twin) {
      twin.merged = [...(twin.merged ?? []), place];
      continue;
    }
    const entry: RankedPlace = { ...candidate };
    kept.push(entry);
    byName.set(key, [...(byName.get(key) ?? []), entry]);
    if (address) byAddress.set(address, [...(byAddress.get(address) ?? []), entry]);
  }
  return kept;
}

/** Two records at one address are one facility when they are of one kind, stand within a few metres, or one names the other. */
function sameFacility(a: Place, b: Place): boolean {
  const near = a.lat !== undefined && b.lat !== undefined && haversineMeters(a.lat, a.lon as number, b.lat, b.lon as number) < SAME_SPOT_METERS;
  const [ka, kb] = [keysOf(a).name, keysOf(b).name];
  return (a.category === b.category && near) || ka.startsWith(kb) || kb.startsWith(ka);
}

/** The keys a place is compared by, computed once per record (a ward's whole list is deduplicated on most turns). */
const KEYS = new WeakMap<Place, { name: string; address?: string }>();

function keysOf(place: Place): { name: string; address?: string } {
  let keys = KEYS.get(place);
  if (!keys) {
    keys = { name: nameKey(place.name.ja), address: place.address ? addressKey(place.address) : undefined };
    KEYS.set(place, keys);
  }
  return keys;
}

function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(東京都立|都立|区立|市立|町立|村立)/, '')
    .replace(/高等学校/g, '高校');
}

/** An address as compared: NFKC, no spaces, 東京都 and the 丁目/番/号 forms made dashes. */
function addressKey(address: string): string {
  return address
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^東京都/, '')
    .replace(/(\d)(?:丁目|番地|番)/g, '$1-')
    .replace(/号$/, '')
    .replace(/-$/, '');
}

export const retrieve: Step = {
  name: 'retrieve',
  run(ctx) {
    const result = retrievePlaces(ctx.deps.index, ctx.frame, { date: tokyoTime(ctx.deps.now()).date });
    ctx.places = result.places;
    ctx.matchedCount = result.matched;
    ctx.candidates = result.pool;
    // a kind asked with no area, answered for all of Tokyo, was a list: a follow-up narrows it ("只看町田市的")
    const intent = ctx.frame.intent === 'clarify' && result.places.length > 0 ? 'list' : ctx.frame.intent;
    ctx.frame = { ...ctx.frame, intent, scope: result.scope };
    ctx.setStatus(result.status);
  },
};
