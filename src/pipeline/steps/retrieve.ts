import { RETRIEVAL } from '../../config/tunables.ts';
import type { Category, Place } from '../../core/place.ts';
import type { CorpusIndex } from '../../retrieval/corpus-index.ts';
import { haversineMeters } from '../../geo/geo.ts';
import { LANDMARK_CATEGORIES } from '../../retrieval/landmarks.ts';
import { normaliseQuery } from '../../text/text-keys.ts';
import { findTopic } from '../../retrieval/topics.ts';
import type { RankedPlace } from '../../core/chat.ts';
import type { Status } from '../../core/status.ts';
import type { Step } from '../step.ts';
import type { AnswerScope, Understanding } from '../../core/understanding.ts';

export interface Retrieval {
  status: Status;
  places: RankedPlace[];
  /** Places that matched before the cut to `answerSize`. */
  matched: number;
  scope?: AnswerScope;
}

/** Topics whose answer is the office of the municipality one is in, not the nearest office across a border. */
const OWN_OFFICE_TOPICS = new Set(['municipal_office', 'hazard_map']);

const nothing = (status: Status): Retrieval => ({ status, places: [], matched: 0 });

/**
 * Finds the places that answer the question: nearest to an anchor (the user's location, a named station or
 * landmark), within a named municipality, or by name. Says why when there is nothing to answer from.
 */
export function retrievePlaces(index: CorpusIndex, u: Understanding, size: number = RETRIEVAL.answerSize): Retrieval {
  if (u.intent === 'greeting' || u.intent === 'thanks') return nothing('greeting');
  if (u.beyondData) {
    // The contact is the office of the municipality named, stood in, or of the facility named.
    const named = u.namedPlaceIds?.map((id) => index.places.get(id)?.ward).find(Boolean);
    const ward = u.ward ?? u.anchor?.ward ?? named ?? (u.anchor ? index.wardAt(u.anchor) : undefined);
    return { ...nothing('unanswerable_out_of_scope'), scope: ward ? { mode: 'ward', ward } : undefined };
  }
  const named = (u.namedPlaceIds ?? []).flatMap((id) => index.places.get(id) ?? []).filter((place) => !u.ward || place.ward === u.ward);
  if (named.length > 0) {
    // The record of what the name says it is first (練馬区役所: the office, not the shelter of the same name; a
    // park, not the Wi-Fi spot named after it), so the twin kept by dedupe is that one; distances only from the user.
    const ordered = [...named].sort((a, b) => canonicalRank(a) - canonicalRank(b));
    const places = dedupe(ordered.map((place) => (u.anchor?.kind === 'user' ? withDistance(place, u) : { place })));
    return answered(places.slice(0, size), places.length, { mode: 'name' });
  }
  if (!u.topic) return byName(u);
  const primary = u.categories.filter((category) => index.hasCategory(category));
  const fallback = (u.fallbackCategories ?? []).filter((category) => index.hasCategory(category));
  if (primary.length === 0 && fallback.length === 0) return nothing('unanswerable_no_sources');

  if (OWN_OFFICE_TOPICS.has(u.topic) && (u.ward || u.anchor)) return ownOffice(index, u);

  if (u.anchor) {
    const located = [...primary, ...fallback].every((category) => index.mostlyLocated(category));
    if (located) return nearAnchor(index, u, primary, fallback, size);
    // Too few of this kind have coordinates (the hospital list): "nearest" would skip the ones without, so the
    // answer lists the municipality's instead; when it has none, the nearest of those with a point, said as such.
    const ward = u.ward ?? u.anchor.ward ?? index.wardAt(u.anchor);
    const local = ward ? inWard(index, ward, primary, fallback, size, !u.ward) : nothing('unanswerable_no_sources');
    if (local.status === 'answered' || u.ward) return local;
    const near = nearAnchor(index, u, primary, fallback, size);
    return near.status === 'answered' ? { ...near, scope: { mode: 'near', ward, partial: true } } : local;
  }
  if (u.ward) return inWard(index, u.ward, primary, fallback, size, false);
  return nothing('clarification_needed');
}

function nearAnchor(index: CorpusIndex, u: Understanding, primary: Category[], fallback: Category[], size: number): Retrieval {
  const anchor = u.anchor as NonNullable<Understanding['anchor']>;
  // A landmark is not its own answer, nor is its twin in another dataset (the same name within a few hundred metres).
  const accept = (place: Place) => (!u.ward || place.ward === u.ward) && place.id !== anchor.placeId && !(anchor.placeId && anchor.ja && nameKey(place.name.ja) === nameKey(anchor.ja));
  for (const [categories, isFallback] of [
    [primary, false],
    [fallback, true],
  ] as const) {
    if (categories.length === 0) continue;
    const hits = index.nearest(anchor, categories, RETRIEVAL.candidatePool, RETRIEVAL.maxNearMeters, accept);
    const places = dedupe(hits.map(({ item, meters }) => ({ place: item as Place, distanceMeters: meters })));
    if (places.length > 0) return answered(places.slice(0, size), places.length, { mode: 'near', fallback: isFallback });
  }
  // Nothing near: the contact is the office of the municipality the anchor lies in.
  return { ...nothing('unanswerable_no_sources'), scope: { mode: 'near', ward: u.ward ?? anchor.ward ?? index.wardAt(anchor), inferred: !u.ward } };
}

function inWard(index: CorpusIndex, ward: string, primary: Category[], fallback: Category[], size: number, inferred: boolean): Retrieval {
  for (const [categories, isFallback] of [
    [primary, false],
    [fallback, true],
  ] as const) {
    const pool = categories.flatMap((category) => index.inCategory(category, ward));
    if (pool.length === 0) continue;
    const places = dedupe(orderFrom(index.officeOf(ward), pool));
    return answered(places.slice(0, size), places.length, { mode: 'ward', ward, inferred, fallback: isFallback });
  }
  return { ...nothing('unanswerable_no_sources'), scope: { mode: 'ward', ward, inferred } };
}

/** The office of the municipality asked about or stood in (a station's, the user's): the official contact itself. */
function ownOffice(index: CorpusIndex, u: Understanding): Retrieval {
  const anchor = u.anchor;
  const ward = u.ward ?? anchor?.ward ?? (anchor ? index.wardAt(anchor) : undefined);
  const office = index.officeOf(ward);
  // An office without hazard-map links does not answer "the hazard map of X": that is "no data", with its contact.
  if (!office || (u.topic === 'hazard_map' && !office.details?.hazardMaps)) {
    return { ...nothing('unanswerable_no_sources'), scope: ward ? { mode: 'ward', ward } : undefined };
  }
  return answered([withDistance(office, u)], 1, { mode: 'ward', ward, inferred: !u.ward });
}

/** No topic and no facility named: a place alone ("What about Shinjuku?") asks what to look for there. */
function byName(u: Understanding): Retrieval {
  if (u.ward || (u.anchor && u.anchor.kind !== 'user')) return nothing('clarification_needed');
  return nothing('unanswerable_out_of_scope');
}

/** 0: the category the name itself says (…区役所, …公園); 1: a landmark; 2: anything else named the same. */
function canonicalRank(place: Place): number {
  const said = findTopic(normaliseQuery(place.name.ja))?.topic;
  if (said?.categories.includes(place.category)) return 0;
  return LANDMARK_CATEGORIES.has(place.category) ? 1 : 2;
}

function withDistance(place: Place, u: Understanding): RankedPlace {
  const a = u.anchor;
  if (!a || place.lat === undefined || place.lon === undefined) return { place };
  return { place, distanceMeters: Math.round(haversineMeters(a.lat, a.lon, place.lat, place.lon)) };
}

function answered(places: RankedPlace[], matched: number, scope: AnswerScope): Retrieval {
  return { status: 'answered', places, matched, scope };
}

/** Sorted by distance from the municipal office, so a ward-wide list starts near its centre. */
function orderFrom(office: Place | undefined, pool: Place[]): RankedPlace[] {
  if (office?.lat === undefined || office.lon === undefined) return pool.map((place) => ({ place }));
  const { lat, lon } = office;
  return pool
    .map((place) => ({ place, d: place.lat !== undefined && place.lon !== undefined ? haversineMeters(lat, lon, place.lat, place.lon) : Infinity }))
    .sort((a, b) => a.d - b.d)
    .map(({ place }) => ({ place }));
}

/** The same facility listed by two datasets (東京都 and 国土地理院) is said once. Compared by name first: a ward's
 * whole list (hundreds of shelters) in linear time. */
function dedupe(list: RankedPlace[]): RankedPlace[] {
  const kept: RankedPlace[] = [];
  const byName = new Map<string, Place[]>();
  for (const candidate of list) {
    const key = nameKey(candidate.place.name.ja);
    const namesakes = byName.get(key) ?? [];
    const twin = namesakes.some(
      (place) =>
        place.lat === undefined ||
        candidate.place.lat === undefined ||
        haversineMeters(place.lat, place.lon as number, candidate.place.lat, candidate.place.lon as number) < 300,
    );
    if (twin) continue;
    kept.push(candidate);
    namesakes.push(candidate.place);
    byName.set(key, namesakes);
  }
  return kept;
}

function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/^(東京都立|都立|区立|市立|町立|村立)/, '');
}

export const retrieve: Step = {
  name: 'retrieve',
  run(ctx) {
    const result = retrievePlaces(ctx.deps.index, ctx.understanding);
    ctx.places = result.places;
    ctx.matchedCount = result.matched;
    ctx.understanding = { ...ctx.understanding, scope: result.scope };
    ctx.setStatus(result.status);
  },
};
