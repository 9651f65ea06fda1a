import { RETRIEVAL } from '../../config/tunables.ts';
import type { Category, Place } from '../../opendata/types.ts';
import type { CorpusIndex } from '../../retrieval/corpus-index.ts';
import { haversineMeters } from '../../retrieval/geo.ts';
import type { RankedPlace } from '../context.ts';
import type { Status } from '../status.ts';
import type { Step } from '../step.ts';
import type { Understanding } from '../understanding.ts';

export interface Retrieval {
  status: Status;
  places: RankedPlace[];
  /** Places that matched before the cut to `answerSize`. */
  matched: number;
}

/**
 * Finds the places that answer the question: nearest to an anchor (the user's location or a named station),
 * within a named municipality, or by name. Says why when there is nothing to answer from.
 */
export function retrievePlaces(index: CorpusIndex, u: Understanding, size: number = RETRIEVAL.answerSize): Retrieval {
  if (u.intent === 'greeting' || u.intent === 'thanks') return { status: 'greeting', places: [], matched: 0 };
  if (!u.topic) return byNameOnly(index, u, size);
  const categories = u.categories.filter((category) => index.hasCategory(category));
  if (categories.length === 0) return { status: 'unanswerable_no_sources', places: [], matched: 0 };

  if (u.anchor) {
    const hits = index
      .nearest(u.anchor, categories, RETRIEVAL.candidatePool, RETRIEVAL.maxNearMeters)
      .filter(({ item }) => !u.ward || item.ward === u.ward)
      .map(({ item, meters }) => ({ place: item as Place, distanceMeters: meters }));
    const places = dedupe(preferFirstCategory(hits, categories));
    return places.length > 0
      ? { status: 'answered', places: places.slice(0, size), matched: places.length }
      : { status: 'unanswerable_no_sources', places: [], matched: 0 };
  }

  const pool = u.ward ? categories.flatMap((category) => index.inCategory(category, u.ward)) : [];
  if (u.ward) {
    if (pool.length === 0) return { status: 'unanswerable_no_sources', places: [], matched: 0 };
    const inWard = new Set(pool.map((place) => place.id));
    const named = index.searchNames(u.residue, (place) => inWard.has(place.id), size).filter(({ score }) => score > 5);
    const office = index.officeOf(u.ward);
    const ordered = named.length > 0 ? named.map(({ place }) => ({ place })) : orderFrom(office, pool);
    const places = dedupe(ordered);
    return { status: 'answered', places: places.slice(0, size), matched: pool.length };
  }

  const wanted = new Set<Category>(categories);
  const named = index.searchNames(u.residue, (place) => wanted.has(place.category), size).filter(({ score }) => score > 8);
  if (named.length > 0) return { status: 'answered', places: named.map(({ place }) => ({ place })), matched: named.length };
  return { status: 'clarification_needed', places: [], matched: 0 };
}

/** A question with no topic may still name a facility ("品川学園はどこ？"). */
function byNameOnly(index: CorpusIndex, u: Understanding, size: number): Retrieval {
  const hits = index.searchNames(u.residue, () => true, size).filter(({ place }) => namedInFull(place, u.residue));
  return hits.length > 0
    ? { status: 'answered', places: hits.map(({ place }) => ({ place })), matched: hits.length }
    : { status: 'unanswerable_out_of_scope', places: [], matched: 0 };
}

function namedInFull(place: Place, text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return (place.name.ja.length >= 3 && t.includes(place.name.ja)) || (place.name.en !== undefined && text.includes(place.name.en.toLowerCase()));
}

/** Keeps the preferred category first when several answer a topic (a 避難所 before a 避難場所), nearest within each. */
function preferFirstCategory(hits: RankedPlace[], categories: Category[]): RankedPlace[] {
  const first = categories[0];
  const preferred = hits.filter(({ place }) => place.category === first);
  return preferred.length >= RETRIEVAL.answerSize ? preferred : hits;
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

/** The same facility listed by two datasets (東京都 and 国土地理院) is said once. */
function dedupe(list: RankedPlace[]): RankedPlace[] {
  const kept: RankedPlace[] = [];
  for (const candidate of list) {
    const key = nameKey(candidate.place.name.ja);
    const twin = kept.some(
      ({ place }) =>
        nameKey(place.name.ja) === key &&
        (place.lat === undefined ||
          candidate.place.lat === undefined ||
          haversineMeters(place.lat, place.lon as number, candidate.place.lat, candidate.place.lon as number) < 300),
    );
    if (!twin) kept.push(candidate);
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
    ctx.setStatus(result.status);
  },
};
