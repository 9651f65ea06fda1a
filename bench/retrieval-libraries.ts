/**
 * The libraries retrieval could be built on, measured against each other on the loaded snapshot
 * (docs/adr/0002-retrieval-libraries.md):
 *
 * 1. Facility names in a question ("品川学園はどこ？", "Where is Kiba Park?"): our name dictionary (NameIndex)
 *    against MiniSearch, FlexSearch and a plain bigram inverted index, each followed by the same exact-name
 *    check; build time, heap, query time, and how often the named place comes first.
 * 2. Nearest places of a category: kdbush + geokdbush (one tree per category) against brute-force haversine and
 *    rbush + rbush-knn (planar); query time and agreement with the exact great-circle nearest.
 * 3. Kana → romaji: our table (retrieval/kana.ts) against wanakana and hepburn; time and agreement.
 *
 *   node --expose-gc bench/retrieval-libraries.ts
 */
import hepburn from 'hepburn';
import { Index as FlexIndex } from 'flexsearch';
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import MiniSearch from 'minisearch';
import RBush from 'rbush';
import knn from 'rbush-knn';
import { toRomaji } from 'wanakana';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import type { Category, Place } from '../src/core/place.ts';
import { latinNameOf } from '../src/text/english-names.ts';
import { haversineMeters } from '../src/geo/geo.ts';
import { kanaToRomaji } from '../src/text/kana.ts';
import { NameIndex } from '../src/retrieval/name-index.ts';
import { nameFormsOf, questionForms } from '../src/retrieval/name-match.ts';
import { romajiKey } from '../src/text/text-keys.ts';
import { tokenise } from '../src/retrieval/tokenise.ts';
import { seededRandom } from './lib/seeded-random.ts';
import { fixed, percentile } from './lib/stats.ts';

const corpus = await loadCorpus('data/snapshot/corpus.json');
const places = corpus.places;
const byId = new Map(places.map((place) => [place.id, place]));

const next = seededRandom(7);

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

// ---------------------------------------------------------------- 1. facility names
interface NameFinder {
  name: string;
  /** Ids of the places the question names, best first. */
  find(question: string): string[];
}

/** The same final check for every candidate generator: the question holds one of the place's name forms. */
function named(question: string, id: string): boolean {
  const place = byId.get(id) as Place;
  const q = questionForms(question);
  const forms = nameFormsOf(place.name);
  return forms.japanese.some((f) => q.japanese.includes(f)) || forms.kana.some((f) => q.kana.includes(f)) || forms.latin.some((f) => q.latin.includes(f));
}
const CANDIDATES = 30;
const documentText = (place: Place) => [place.name.ja, place.name.kana ?? '', latinNameOf(place.name) ?? ''].join(' ');

const finders: Array<() => NameFinder> = [
  () => {
    const index = new NameIndex(places);
    return { name: 'NameIndex (name dictionary, ours)', find: (q) => index.find(q).map((hit) => hit.place.id) };
  },
  () => {
    const mini = new MiniSearch<Place>({
      fields: ['text'],
      extractField: (place, field) => (field === 'id' ? place.id : documentText(place)),
      tokenize: tokenise,
      processTerm: (term) => term,
      searchOptions: { tokenize: tokenise, processTerm: (term) => term, combineWith: 'OR' },
    });
    mini.addAll(places);
    return { name: 'MiniSearch 7 (bigrams) + exact check', find: (q) => mini.search(q).slice(0, CANDIDATES).map((hit) => String(hit.id)).filter((id) => named(q, id)) };
  },
  () => {
    const flex = new FlexIndex({ tokenize: 'strict', encoder: { encode: tokenise } as never });
    places.forEach((place, i) => flex.add(i, documentText(place)));
    return {
      name: 'FlexSearch 0.8 (bigrams) + exact check',
      find: (q) => {
        const hits = new Set<number>();
        for (const term of new Set(tokenise(q))) for (const id of flex.search(term, { limit: CANDIDATES }) as number[]) hits.add(id);
        return [...hits].map((i) => (places[i] as Place).id).filter((id) => named(q, id));
      },
    };
  },
  () => {
    const postings = new Map<string, number[]>();
    places.forEach((place, i) => {
      for (const term of new Set(tokenise(documentText(place)))) {
        const list = postings.get(term);
        if (list) list.push(i);
        else postings.set(term, [i]);
      }
    });
    return {
      name: 'bigram inverted index + exact check',
      find: (q) => {
        const score = new Map<number, number>();
        for (const term of new Set(tokenise(q))) {
          const list = postings.get(term) ?? [];
          if (list.length > 2000) continue; // a term in most names says nothing
          for (const i of list) score.set(i, (score.get(i) ?? 0) + 1 / Math.log2(2 + list.length));
        }
        return [...score]
          .sort((a, b) => b[1] - a[1])
          .slice(0, CANDIDATES)
          .map(([i]) => (places[i] as Place).id)
          .filter((id) => named(q, id));
      },
    };
  },
];

const sample = Array.from({ length: 300 }, () => places[Math.floor(next() * places.length)] as Place).filter((place) => place.name.ja.length >= 3);
const templates = [(n: string) => `${n}はどこ？`, (n: string) => `${n}の場所を教えて`, (n: string) => `${n}在哪里`];
const nameQuestions = sample.map((place, i) => ({ place, question: (templates[i % templates.length] as (n: string) => string)(place.name.ja) }));
const latinQuestions = sample.flatMap((place) => {
  const latin = latinNameOf(place.name);
  return latin && latin.length >= 6 ? [{ place, question: `Where is ${latin}?` }] : [];
});
const negatives = ['近くの避難所', 'nearest toilet', '附近的公园', '근처 와이파이', '明日の天気は？', 'What is the weather tomorrow?', '新宿区の保育園', 'libraries in Koto', 'ひなんじょ どこ', 'おいしいラーメン'];

console.log(`## 1. Facility names (${places.length} places; ${nameQuestions.length} Japanese/Chinese and ${latinQuestions.length} English questions naming one, ${negatives.length} naming none)\n`);
console.log('| approach | build ms | heap MB | query p50 µs | query p95 µs | named place first (ja / en) | false hits on questions naming none |');
console.log('|---|---|---|---|---|---|---|');
for (const make of finders) {
  const before = heapMb();
  const { value: finder, ms: buildMs } = timed(make);
  const heap = heapMb() - before;
  const times: number[] = [];
  const firstOk = (list: Array<{ place: Place; question: string }>) =>
    list.filter(({ place, question }) => {
      const started = performance.now();
      const ids = finder.find(question);
      times.push((performance.now() - started) * 1000);
      const first = ids[0] ? byId.get(ids[0]) : undefined;
      return first?.name.ja === place.name.ja;
    }).length;
  const ja = firstOk(nameQuestions);
  const en = firstOk(latinQuestions);
  const falseHits = negatives.filter((question) => finder.find(question).length > 0).length;
  console.log(
    `| ${finder.name} | ${fixed(buildMs, 0)} | ${fixed(heap, 1)} | ${fixed(percentile(times, 50), 0)} | ${fixed(percentile(times, 95), 0)} | ${ja}/${nameQuestions.length} · ${en}/${latinQuestions.length} | ${falseHits}/${negatives.length} |`,
  );
}

// ---------------------------------------------------------------- 2. nearest places
const located = places.filter((p): p is Place & { lat: number; lon: number } => p.lat !== undefined && p.lon !== undefined);
const categories = [...new Set(located.map((p) => p.category))];
const byCategory = new Map<Category, typeof located>(categories.map((c) => [c, located.filter((p) => p.category === c)]));
const points = Array.from({ length: 1000 }, () => ({ lat: 35.55 + next() * 0.3, lon: 139.3 + next() * 0.55, category: categories[Math.floor(next() * categories.length)] as Category }));
const MAX_KM = 5;

function exactNearest(point: { lat: number; lon: number; category: Category }): string | undefined {
  let best = MAX_KM * 1000;
  let id: string | undefined;
  for (const p of byCategory.get(point.category) ?? []) {
    const d = haversineMeters(point.lat, point.lon, p.lat, p.lon);
    if (d <= best) [best, id] = [d, p.id];
  }
  return id;
}

const geoApproaches: Array<{ name: string; build: () => (point: { lat: number; lon: number; category: Category }) => string | undefined }> = [
  {
    name: 'kdbush + geokdbush, one tree per category (ours)',
    build: () => {
      const trees = new Map<Category, { tree: KDBush; items: typeof located }>();
      for (const [category, items] of byCategory) {
        const tree = new KDBush(items.length);
        for (const p of items) tree.add(p.lon, p.lat);
        tree.finish();
        trees.set(category, { tree, items });
      }
      return (point) => {
        const entry = trees.get(point.category);
        const [i] = entry ? around(entry.tree, point.lon, point.lat, 1, MAX_KM) : [];
        return i === undefined ? undefined : entry?.items[i]?.id;
      };
    },
  },
  {
    name: 'kdbush + geokdbush, one tree, category as a filter',
    build: () => {
      const tree = new KDBush(located.length);
      for (const p of located) tree.add(p.lon, p.lat);
      tree.finish();
      return (point) => {
        const [i] = around(tree, point.lon, point.lat, 1, MAX_KM, (id: number) => located[id]?.category === point.category);
        return i === undefined ? undefined : located[i]?.id;
      };
    },
  },
  { name: 'brute-force haversine', build: () => exactNearest },
  {
    name: 'rbush + rbush-knn (planar degrees), one tree per category',
    build: () => {
      const trees = new Map<Category, RBush<{ minX: number; minY: number; maxX: number; maxY: number; id: string; lat: number; lon: number }>>();
      for (const [category, items] of byCategory) {
        const tree = new RBush<{ minX: number; minY: number; maxX: number; maxY: number; id: string; lat: number; lon: number }>();
        tree.load(items.map((p) => ({ minX: p.lon, minY: p.lat, maxX: p.lon, maxY: p.lat, id: p.id, lat: p.lat, lon: p.lon })));
        trees.set(category, tree);
      }
      return (point) => {
        const tree = trees.get(point.category);
        const [hit] = tree ? knn(tree, point.lon, point.lat, 1) : [];
        return hit && haversineMeters(point.lat, point.lon, hit.lat, hit.lon) <= MAX_KM * 1000 ? hit.id : undefined;
      };
    },
  },
];

console.log(`\n## 2. Nearest place of a category (${located.length} located places, ${points.length} random points in mainland Tokyo, within ${MAX_KM} km)\n`);
console.log('| approach | build ms | query p50 µs | query p95 µs | same distance as the exact great-circle nearest |');
console.log('|---|---|---|---|---|');
const located_ = new Map(located.map((p) => [p.id, p]));
/** Metres to the place found (ties between twins at one spot count as the same answer). */
const metres = (point: { lat: number; lon: number }, id: string | undefined) => {
  const p = id ? located_.get(id) : undefined;
  return p ? haversineMeters(point.lat, point.lon, p.lat, p.lon) : -1;
};
const truth = points.map((point) => metres(point, exactNearest(point)));
for (const approach of geoApproaches) {
  const { value: nearest, ms } = timed(approach.build);
  for (const point of points.slice(0, 100)) nearest(point); // warm-up
  const times: number[] = [];
  let agree = 0;
  points.forEach((point, i) => {
    const started = performance.now();
    const id = nearest(point);
    times.push((performance.now() - started) * 1000);
    if (Math.abs(metres(point, id) - (truth[i] as number)) < 0.5) agree += 1;
  });
  console.log(`| ${approach.name} | ${fixed(ms, 1)} | ${fixed(percentile(times, 50), 1)} | ${fixed(percentile(times, 95), 1)} | ${agree}/${points.length} |`);
}

// ---------------------------------------------------------------- 3. kana → romaji
const readings = [...new Set(places.flatMap((p) => (p.name.kana ? [p.name.kana.replace(/\s+/g, '')] : [])))];
const converters: Array<[string, (kana: string) => string]> = [
  ['retrieval/kana.ts table (ours)', kanaToRomaji],
  ['wanakana 5 toRomaji', (kana) => toRomaji(kana)],
  ['hepburn 1.3 fromKana', (kana) => hepburn.fromKana(kana)],
];
console.log(`\n## 3. Kana → romaji (${readings.length} distinct readings of the snapshot)\n`);
console.log('| library | ms for all | µs per reading | same romaji key as ours |');
console.log('|---|---|---|---|');
const ours = readings.map((kana) => romajiKey(kanaToRomaji(kana)));
for (const [name, convert] of converters) {
  for (const kana of readings.slice(0, 200)) convert(kana); // warm-up
  const { value: out, ms } = timed(() => readings.map(convert));
  const agree = out.filter((romaji, i) => romajiKey(romaji.toLowerCase()) === ours[i]).length;
  console.log(`| ${name} | ${fixed(ms, 0)} | ${fixed((ms * 1000) / readings.length, 1)} | ${agree}/${readings.length} |`);
}
