import { mainPartOf } from '../text/english-names.ts';
import type { ReadingOf } from './readings.ts';
import type { GazetteerEntry, Place } from '../core/place.ts';

/** The dataset whose records name every station (their `details.station`). */
const STATION_TOILETS = 'tmg-station-accessible-toilets';

/** Readings kuromoji gets wrong for Tokyo place names (checked against the operators' own spellings). */
const READING_FIXES: Record<string, string> = {
  両国: 'リョウゴク',
  錦糸町: 'キンシチョウ',
  // stations whose 町 is read ちょう (kuromoji reads まち), from the operators' romanised station names
  永福町: 'エイフクチョウ',
  六町: 'ロクチョウ',
  上町: 'カミマチ',
  茅場町: 'カヤバチョウ',
  東陽町: 'トウヨウチョウ',
  門前仲町: 'モンゼンナカチョウ',
  神谷町: 'カミヤチョウ',
  神保町: 'ジンボウチョウ',
  人形町: 'ニンギョウチョウ',
  淡路町: 'アワジチョウ',
  新富町: 'シントミチョウ',
  小伝馬町: 'コデンマチョウ',
  田原町: 'タワラマチ',
  末広町: 'スエヒロチョウ',
  稲荷町: 'イナリチョウ',
  浜松町: 'ハママツチョウ',
  モノレール浜松町: 'モノレールハママツチョウ',
  馬喰町: 'バクロチョウ',
};

/**
 * Gives every place without a reading in the data one from kuromoji (katakana), so answers can romanise the
 * name for English (麹町小学校 → Kojimachi Elementary School) and add hiragana for やさしい日本語. Readings the
 * data gives (名称_カナ) are kept: the publisher knows its names better than a dictionary.
 */
export function addReadings(places: Place[], readingOf: ReadingOf): void {
  const cache = new Map<string, string>();
  for (const place of places) {
    if (place.name.kana) continue;
    const main = mainPartOf(place.name.ja);
    let reading = cache.get(main);
    if (reading === undefined) {
      reading = READING_FIXES[main] ?? readingOf(main, ' ');
      cache.set(main, reading);
    }
    // A reading that still holds kanji or Latin letters (kuromoji's unknown words) would mislead: leave none.
    if (/^[ァ-ヶー・0-9０-９\s-]+$/.test(reading)) place.name.kana = reading;
  }
}

/** Municipalities as anchors: the city-hall point, English name and reading. */
export function municipalityEntries(offices: Place[]): GazetteerEntry[] {
  return offices
    .filter((place) => place.category === 'municipal_office' && place.ward && place.lat !== undefined)
    .map((place) => ({
      kind: 'municipality' as const,
      ja: place.ward as string,
      en: place.name.en?.replace(/ (City|Town|Village) Office$/, ' $1'),
      kana: place.name.kana,
      lat: place.lat as number,
      lon: place.lon as number,
      ward: place.ward,
    }));
}

/**
 * Railway stations as anchors, from the parsed station barrier-free toilet list (東京都福祉局): every station of
 * every operator in Tokyo. The parser has already cleaned the station names (東京（地下） → 東京, 京王八王子西口 →
 * 京王八王子, 市ケ谷 → 市ヶ谷) and fixed the points; a station's point is the mean of its toilets.
 */
export function stationEntries(places: Place[], readingOf: ReadingOf): GazetteerEntry[] {
  const byName = new Map<string, { lat: number; lon: number; n: number; ward?: string }>();
  for (const place of places) {
    const name = place.datasetId === STATION_TOILETS ? place.details?.station : undefined;
    if (!name || place.lat === undefined || place.lon === undefined) continue;
    const entry = byName.get(name) ?? { lat: 0, lon: 0, n: 0, ward: place.ward };
    entry.lat += place.lat;
    entry.lon += place.lon;
    entry.n += 1;
    byName.set(name, entry);
  }
  return [...byName].map(([name, sum]) => ({
    kind: 'station' as const,
    ja: name,
    kana: READING_FIXES[name] ?? readingOf(name),
    lat: Math.round((sum.lat / sum.n) * 1e6) / 1e6,
    lon: Math.round((sum.lon / sum.n) * 1e6) / 1e6,
    ward: sum.ward,
  }));
}

/** Municipalities, stations, and the towns no station is named after. */
export function gazetteerOf(places: Place[], readingOf: ReadingOf): GazetteerEntry[] {
  const municipalities = municipalityEntries(places);
  const stations = stationEntries(places, readingOf);
  const taken = new Set([...municipalities.flatMap((entry) => [entry.ja, entry.ja.replace(/[区市町村]$/, '')]), ...stations.map((entry) => entry.ja)]);
  return [...municipalities, ...stations, ...townEntries(places, readingOf, taken)];
}

/** A town needs this many located records to be placed (their mean point). */
const MIN_TOWN_PLACES = 2;

/**
 * Towns as anchors (江東区塩浜, 品川区八潮): the district an address names after its municipality, placed at the
 * mean of its records' points. Only towns no station or municipality is named after, and whose name is one
 * municipality's only (本町 and 中町 are in many: said alone, they name none).
 */
export function townEntries(places: Place[], readingOf: ReadingOf, taken: ReadonlySet<string>): GazetteerEntry[] {
  const towns = new Map<string, { ward: string; lat: number; lon: number; n: number }>();
  const wardsOf = new Map<string, Set<string>>();
  for (const place of places) {
    const town = townOf(place);
    if (!town || place.lat === undefined || place.lon === undefined) continue;
    const ward = place.ward as string;
    wardsOf.set(town, (wardsOf.get(town) ?? new Set()).add(ward));
    const key = `${ward}|${town}`;
    const sum = towns.get(key) ?? { ward, lat: 0, lon: 0, n: 0 };
    sum.lat += place.lat;
    sum.lon += place.lon;
    sum.n += 1;
    towns.set(key, sum);
  }
  const entries: GazetteerEntry[] = [];
  for (const [key, sum] of towns) {
    const town = key.split('|')[1] as string;
    if (sum.n < MIN_TOWN_PLACES || taken.has(town) || (wardsOf.get(town)?.size ?? 0) > 1) continue;
    const kana = readingOf(town);
    entries.push({
      kind: 'town',
      ja: town,
      ...(/^[ァ-ヶー]+$/.test(kana) ? { kana } : {}),
      lat: Math.round((sum.lat / sum.n) * 1e6) / 1e6,
      lon: Math.round((sum.lon / sum.n) * 1e6) / 1e6,
      ward: sum.ward,
    });
  }
  return entries;
}

/** The town an address names after its municipality (東京都江東区塩浜2-4-1 → 塩浜; 清澄二・三丁目 → 清澄). */
export function townOf(place: Place): string | undefined {
  const ward = place.ward;
  const address = place.address?.normalize('NFKC').replace(/\s+/g, '').replace(/^東京都/, '');
  if (!ward || !address?.startsWith(ward)) return undefined;
  const rest = address.slice(ward.length);
  const cut = rest.search(/[\d、,()（）]|[一二三四五六七八九十・]+丁目|番地/);
  const town = cut < 0 ? rest : rest.slice(0, cut);
  return town && town.length >= 2 && town.length <= 6 && /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ヶー]+$/u.test(town) && !/[区市村]$/.test(town) ? town : undefined;
}
