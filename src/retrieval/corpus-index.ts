import type { Category, Corpus, DatasetInfo, Place } from '../core/place.ts';
import { Coverage } from './coverage.ts';
import { createJudgedTest } from './filter-places.ts';
import type { Filter } from '../core/question-frame.ts';
import { ServedAreas } from './served-areas.ts';
import { CrossLingualNames } from './cross-lingual-names.ts';
import { EventTitles } from './event-titles.ts';
import { GeoIndex, type GeoPoint } from '../geo/geo.ts';
import { landmarkEntries } from './landmarks.ts';
import { NameIndex, type NamedHit } from './name-index.ts';
import { PlaceFinder } from './place-finder.ts';

export type LocatedPlace = Place & { lat: number; lon: number };

/** How far the places that tell which municipality a point lies in may be. */
const WARD_PROBE_METERS = 3_000;
const WARD_PROBE_COUNT = 7;
/** Share of a category's places that must have coordinates for "nearest" to be a true answer. */
const MOSTLY_LOCATED = 0.9;

/** Everything retrieval needs, built once from the snapshot at start. */
export class CorpusIndex {
  readonly corpus: Corpus;
  readonly places: ReadonlyMap<string, Place>;
  readonly datasets: ReadonlyMap<string, DatasetInfo>;
  readonly placeFinder: PlaceFinder;
  /** All located places (which municipality a point is in), and one index per category: a filter on a rare
   * category over the shared tree would walk most of it (bench/retrieval.ts). */
  private readonly geo: GeoIndex<LocatedPlace>;
  private readonly geoByCategory = new Map<Category, GeoIndex<LocatedPlace>>();
  private readonly byCategory = new Map<Category, Place[]>();
  private readonly located = new Map<Category, number>();
  private readonly offices = new Map<string, Place>();
  private readonly byCategoryWard = new Map<Category, Map<string, Place[]>>();
  readonly names: NameIndex;
  /** Facility names said in translation (cross-lingual-names.ts), built here so no question waits for it. */
  private crossLingualNames: CrossLingualNames | undefined;
  private served: ServedAreas | undefined;
  private titles: EventTitles | undefined;
  private towns: PlaceFinder | undefined;
  private lastNamed: { text: string; hits: NamedHit[] } | undefined;
  /** Which municipalities each category's data covers. */
  readonly coverage: Coverage;
  /** The medical regions the hospital data names (区東部, 北多摩南部), longest first. */
  readonly medicalRegions: readonly string[];
  /** Whether most places of a category can be judged on a condition (filter-places.ts), learnt once per pair. */
  readonly judged: (category: Category, filter: Filter) => boolean = createJudgedTest((category) => this.inCategory(category));

  constructor(corpus: Corpus) {
    this.corpus = corpus;
    this.places = new Map(corpus.places.map((place) => [place.id, place]));
    this.datasets = new Map(corpus.datasets.map((dataset) => [dataset.id, dataset]));
    this.placeFinder = new PlaceFinder([...corpus.gazetteer.filter((entry) => entry.kind !== 'town'), ...landmarkEntries(corpus.places)]);
    const located = corpus.places.filter((p): p is LocatedPlace => p.lat !== undefined && p.lon !== undefined);
    this.geo = new GeoIndex(located);
    const byCategory = new Map<Category, LocatedPlace[]>();
    for (const place of located) {
      const list = byCategory.get(place.category);
      if (list) list.push(place);
      else byCategory.set(place.category, [place]);
    }
    for (const [category, list] of byCategory) this.geoByCategory.set(category, new GeoIndex(list));
    for (const place of corpus.places) {
      const list = this.byCategory.get(place.category) ?? [];
      list.push(place);
      this.byCategory.set(place.category, list);
      if (place.lat !== undefined) this.located.set(place.category, (this.located.get(place.category) ?? 0) + 1);
      if (place.category === 'municipal_office' && place.ward && !this.offices.has(place.ward)) this.offices.set(place.ward, place);
    }
    this.names = new NameIndex(corpus.places, corpus.derivedNames);
    this.corpus = corpus;
    this.coverage = new Coverage(corpus);
    const regions = new Set<string>();
    for (const place of this.byCategory.get('hospital') ?? []) if (place.details?.medicalRegion) regions.add(place.details.medicalRegion);
    this.medicalRegions = [...regions].sort((a, b) => b.length - a.length);
  }

  /**
   * Names said in translation (cross-lingual-names.ts): built on first use, or by `warmUp()` once the server
   * listens, so that start-up does not wait for its ~0.3 s.
   */
  /** The districts and associations shelters and assembly points serve (served-areas.ts), built on first use. */
  get servedAreas(): ServedAreas {
    this.served ??= new ServedAreas(this.corpus.places);
    return this.served;
  }

  /** Events by their title said in another script or in part (event-titles.ts), built on first use. */
  get eventTitles(): EventTitles {
    this.titles ??= new EventTitles(this.corpus.places);
    return this.titles;
  }

  /**
   * Towns no station is named after (塩浜, 八潮), looked up only when a question names no other place: built on
   * first use or by `warmUp()`, not in the start-up path.
   */
  get townFinder(): PlaceFinder {
    this.towns ??= new PlaceFinder(this.corpus.gazetteer.filter((entry) => entry.kind === 'town'));
    return this.towns;
  }

  get crossLingual(): CrossLingualNames {
    this.crossLingualNames ??= new CrossLingualNames(this.corpus.places, this.corpus.gazetteer);
    return this.crossLingualNames;
  }

  /** Builds what is built on first use, ahead of the first question. */
  warmUp(): void {
    void this.crossLingual;
    void this.eventTitles;
    void this.townFinder;
  }

  /** Places of the categories nearest to the point, nearest first, with their distance in metres. */
  nearest(point: GeoPoint, categories: readonly Category[], limit: number, maxMeters: number, accept: (place: Place) => boolean = () => true) {
    return categories
      .flatMap((category) => this.geoByCategory.get(category)?.nearest(point, limit, maxMeters, accept) ?? [])
      .sort((a, b) => a.meters - b.meters)
      .slice(0, limit);
  }

  /** Places of a category, optionally in one municipality. */
  inCategory(category: Category, ward?: string): Place[] {
    const all = this.byCategory.get(category) ?? [];
    if (!ward) return all;
    // a municipality's places of a kind, grouped once per kind (a ward-wide list is asked on most turns)
    let byWard = this.byCategoryWard.get(category);
    if (!byWard) {
      const grouped = new Map<string, Place[]>();
      for (const place of all) {
        const list = grouped.get(place.ward ?? '');
        if (list) list.push(place);
        else grouped.set(place.ward ?? '', [place]);
      }
      byWard = grouped;
      this.byCategoryWard.set(category, grouped);
    }
    return byWard.get(ward) ?? [];
  }

  /** Whether the corpus holds any place of the category (else the answer is "no data"). */
  hasCategory(category: Category): boolean {
    return (this.byCategory.get(category)?.length ?? 0) > 0;
  }

  /**
   * Whether nearly every place of the category has coordinates: "nearest" over the others would pass over the
   * ones without (34 of the 84 disaster hospitals have a point), so only then is it answered by distance.
   */
  mostlyLocated(category: Category): boolean {
    const all = this.byCategory.get(category)?.length ?? 0;
    return all > 0 && (this.located.get(category) ?? 0) / all >= MOSTLY_LOCATED;
  }

  /** Places the text names in full ("品川学園はどこ？", "Where is Kiba Park?"), longest name first. */
  findNamed(text: string, accept?: (place: Place) => boolean): NamedHit[] {
    if (accept) return this.names.find(text, accept);
    // the same question is read by the language step and then by understanding: its names are found once
    if (this.lastNamed?.text !== text) this.lastNamed = { text, hits: this.names.find(text) };
    return this.lastNamed.hits;
  }

  /** The municipality a point lies in, as the places around it say (the most common among the nearest few). */
  wardAt(point: GeoPoint): string | undefined {
    const votes = new Map<string, number>();
    for (const { item } of this.geo.nearest(point, WARD_PROBE_COUNT, WARD_PROBE_METERS, (place) => place.ward !== undefined)) {
      votes.set(item.ward as string, (votes.get(item.ward as string) ?? 0) + 1);
    }
    return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /** The municipal office of a municipality (its official contact), when the data has it. */
  officeOf(ward: string | undefined): Place | undefined {
    return ward ? this.offices.get(ward) : undefined;
  }
}
