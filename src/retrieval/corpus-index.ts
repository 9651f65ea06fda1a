import MiniSearch from 'minisearch';
import type { Category, Corpus, DatasetInfo, Place } from '../opendata/types.ts';
import { GeoIndex } from './geo.ts';
import { PlaceFinder } from './place-finder.ts';
import { tokenise } from './tokenise.ts';

export type LocatedPlace = Place & { lat: number; lon: number };

/** Everything retrieval needs, built once from the snapshot at start. */
export class CorpusIndex {
  readonly corpus: Corpus;
  readonly places: ReadonlyMap<string, Place>;
  readonly datasets: ReadonlyMap<string, DatasetInfo>;
  readonly placeFinder: PlaceFinder;
  private readonly geo: GeoIndex<LocatedPlace>;
  private readonly byCategory = new Map<Category, Place[]>();
  private readonly text: MiniSearch<Place>;

  constructor(corpus: Corpus) {
    this.corpus = corpus;
    this.places = new Map(corpus.places.map((place) => [place.id, place]));
    this.datasets = new Map(corpus.datasets.map((dataset) => [dataset.id, dataset]));
    this.placeFinder = new PlaceFinder(corpus.gazetteer);
    this.geo = new GeoIndex(corpus.places.filter((p): p is LocatedPlace => p.lat !== undefined && p.lon !== undefined));
    for (const place of corpus.places) {
      const list = this.byCategory.get(place.category) ?? [];
      list.push(place);
      this.byCategory.set(place.category, list);
    }
    this.text = new MiniSearch<Place>({
      fields: ['ja', 'en', 'kana', 'address'],
      extractField: (place, field) => {
        if (field === 'id') return place.id;
        if (field === 'address') return place.address ?? '';
        return place.name[field as 'ja' | 'en' | 'kana'] ?? '';
      },
      tokenize: tokenise,
      processTerm: (term) => term,
      searchOptions: { boost: { ja: 3, en: 3, kana: 2 }, tokenize: tokenise, processTerm: (term) => term },
    });
    this.text.addAll(corpus.places);
  }

  /** Places of the categories nearest to the point, nearest first. */
  nearest(point: { lat: number; lon: number }, categories: readonly Category[], limit: number, maxMeters: number) {
    const wanted = new Set(categories);
    return this.geo.nearest(point, limit, maxMeters, (place) => wanted.has(place.category));
  }

  /** Places of a category, optionally in one municipality. */
  inCategory(category: Category, ward?: string): Place[] {
    const all = this.byCategory.get(category) ?? [];
    return ward ? all.filter((place) => place.ward === ward) : all;
  }

  /** Whether the corpus holds any place of the category (else the answer is "no data"). */
  hasCategory(category: Category): boolean {
    return (this.byCategory.get(category)?.length ?? 0) > 0;
  }

  /** Places whose name matches the words, best first, restricted by a predicate. */
  searchNames(query: string, accept: (place: Place) => boolean, limit: number): Array<{ place: Place; score: number }> {
    if (!query.trim()) return [];
    const hits = this.text.search(query, { filter: (hit) => accept(this.places.get(hit.id) as Place), combineWith: 'OR' });
    return hits.slice(0, limit).map((hit) => ({ place: this.places.get(hit.id) as Place, score: hit.score }));
  }

  /** The municipal office of a municipality (its official contact), when the data has it. */
  officeOf(ward: string | undefined): Place | undefined {
    if (!ward) return undefined;
    return this.inCategory('municipal_office', ward)[0];
  }
}
