import type { Category, Corpus, Place } from '../src/core/place.ts';
import { haversineMeters } from '../src/geo/geo.ts';
import { LANDMARK_CATEGORIES } from '../src/retrieval/landmarks.ts';
import type { EvalCase, Origin } from './cases.ts';
import { type ApiSource, InventionChecker, TOKYO_CONTACT_URL } from './invention-checker.ts';

/** The API's JSON answer (PRODUCT.md). */
export interface ApiAnswer {
  sessionId: string;
  lang: string;
  status: string;
  answer: string;
  sources: ApiSource[];
}

export interface Verdict {
  correct: boolean;
  /** Why not, when not. */
  reasons: string[];
}

/** Distances are rounded to the metre by the API; the expected one is exact. */
const DISTANCE_TOLERANCE_M = 1.5;
const UNANSWERED = new Set(['unanswerable_no_sources', 'unanswerable_out_of_scope', 'clarification_needed']);

/** Judges answers by rules computed from the snapshot: true nearest by haversine, municipality, name, honesty. */
export class Judge {
  private readonly corpus: Corpus;
  private readonly checker: InventionChecker;
  private readonly places: ReadonlyMap<string, Place>;
  private readonly contactUrls: readonly string[];

  constructor(corpus: Corpus) {
    this.corpus = corpus;
    this.checker = new InventionChecker(corpus);
    this.places = new Map(corpus.places.map((place) => [place.id, place]));
    this.contactUrls = [TOKYO_CONTACT_URL, ...corpus.places.flatMap((place) => (place.category === 'municipal_office' && place.url ? [place.url] : []))];
  }

  judge(item: EvalCase, httpStatus: number, body: ApiAnswer): Verdict {
    const reasons: string[] = [];
    if (httpStatus !== 200) return { correct: false, reasons: [`HTTP ${httpStatus}`] };
    if (body.lang !== item.lang) reasons.push(`answered in ${body.lang}, asked in ${item.lang}`);
    for (const invention of this.checker.check(body.answer, body.sources)) reasons.push(`invented ${invention.kind}: ${invention.value}`);
    reasons.push(...this.expectationFailures(item, body));
    return { correct: reasons.length === 0, reasons };
  }

  private expectationFailures(item: EvalCase, body: ApiAnswer): string[] {
    const e = item.expect;
    const sources = body.sources;
    const places = sources.map((source) => this.places.get(source.id));
    switch (e.kind) {
      case 'greeting':
        return body.status === 'greeting' ? [] : [`status ${body.status}, expected greeting`];
      case 'clarification':
        return body.status === 'clarification_needed' && sources.length === 0 ? [] : [`status ${body.status}, expected clarification_needed`];
      case 'unanswerable': {
        const out: string[] = [];
        if (!UNANSWERED.has(body.status)) out.push(`status ${body.status}, expected unanswerable`);
        if (body.status !== 'clarification_needed') out.push(...this.contactFailures(e, body.answer));
        return out;
      }
      default:
        break;
    }
    if (body.status !== 'answered') return [`status ${body.status}, expected answered`];
    if (sources.length === 0) return ['answered without sources'];
    const out: string[] = [];
    // the answer's text answers in a few sentences; the places are its cards (the sources), not a list in the text
    for (const source of sources) if (!source.dataset || !source.publisher || !source.license) out.push(`source ${source.id} lacks dataset, publisher or licence`);
    if (places.some((place) => place === undefined)) out.push('a source is not a record of the snapshot');
    const known = places.filter((place): place is Place => place !== undefined);
    switch (e.kind) {
      case 'nearest':
        out.push(...this.nearestFailures(item, e.categories, e.from, sources[0] as ApiSource, known[0]));
        break;
      case 'in-ward':
        for (const place of known) {
          if (place.ward !== e.ward) out.push(`${place.name.ja} is in ${place.ward}, not ${e.ward}`);
          if (!e.categories.includes(place.category)) out.push(`${place.name.ja} is a ${place.category}`);
        }
        break;
      case 'named':
        if (!known.some((place) => place.name.ja.includes(e.name) && (!e.category || place.category === e.category))) out.push(`${e.name} not among the sources`);
        break;
      case 'hazard-map': {
        const office = this.corpus.places.find((place) => place.category === 'municipal_office' && place.ward === e.ward);
        const links = (office?.details?.hazardMaps ?? '').match(/https?:\/\/\S+/g) ?? [];
        if (links.length === 0 || !links.some((link) => body.answer.includes(link))) out.push(`no hazard-map link of ${e.ward}`);
        break;
      }
    }
    return out;
  }

  private nearestFailures(item: EvalCase, categories: Category[], from: Origin, first: ApiSource, place: Place | undefined): string[] {
    const origin = this.originOf(item, from);
    if (!origin) return [`unknown origin ${JSON.stringify(from)}`];
    const wanted = new Set(categories);
    let best = Infinity;
    let bestName = '';
    for (const candidate of this.corpus.places) {
      if (!wanted.has(candidate.category) || candidate.lat === undefined || candidate.lon === undefined || candidate.name.ja === origin.excludeName) continue;
      if (candidate.details?.accepts) continue; // a shelter for people the ward designates is not a general one
      const d = haversineMeters(origin.lat, origin.lon, candidate.lat, candidate.lon);
      if (d < best) [best, bestName] = [d, candidate.name.ja];
    }
    const out: string[] = [];
    if (!place || !wanted.has(place.category)) out.push(`first place is a ${place?.category ?? 'unknown'}, expected ${categories.join('/')}`);
    if (first.distanceMeters === undefined || Math.abs(first.distanceMeters - best) > DISTANCE_TOLERANCE_M) {
      out.push(`first place at ${first.distanceMeters ?? '?'} m, true nearest ${bestName} at ${Math.round(best)} m`);
    }
    return out;
  }

  /** The origin point; a place named as the origin is not an answer, nor is its twin in another dataset. */
  private originOf(item: EvalCase, from: Origin): { lat: number; lon: number; excludeName?: string } | undefined {
    if ('location' in from) return item.location;
    if ('station' in from) return this.corpus.gazetteer.find((entry) => entry.kind === 'station' && entry.ja === from.station);
    const named = this.corpus.places.filter((candidate) => candidate.name.ja === from.place && candidate.lat !== undefined);
    const place = named.find((candidate) => LANDMARK_CATEGORIES.has(candidate.category)) ?? named[0];
    return place ? { lat: place.lat as number, lon: place.lon as number, excludeName: place.name.ja } : undefined;
  }

  /** The official contact the answer must give: the municipality's office, the Tokyo Metropolitan Government, or any. */
  private contactFailures(e: { contactWard?: string; anyContact?: boolean }, answer: string): string[] {
    if (e.anyContact) return this.contactUrls.some((url) => answer.includes(url)) ? [] : ['no official contact'];
    const contact = e.contactWard ? this.officeUrl(e.contactWard) : TOKYO_CONTACT_URL;
    return contact && !answer.includes(contact) ? [`no official contact ${contact}`] : [];
  }

  private officeUrl(ward: string): string | undefined {
    return this.corpus.places.find((place) => place.category === 'municipal_office' && place.ward === ward)?.url;
  }
}
