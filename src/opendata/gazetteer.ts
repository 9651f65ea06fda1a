import { mainPartOf } from '../retrieval/english-names.ts';
import { parseCsv } from './csv.ts';
import { checkPoint, cleanText, wardFromAddress } from './normalise.ts';
import type { ReadingOf } from './readings.ts';
import type { GazetteerEntry, Place } from './types.ts';

/** Readings kuromoji gets wrong for Tokyo place names (checked against the operators' own spellings). */
const READING_FIXES: Record<string, string> = {
  両国: 'リョウゴク',
  錦糸町: 'キンシチョウ',
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
 * Railway stations as anchors, from the station barrier-free toilet list (東京都福祉局): every station of every
 * operator in Tokyo, with coordinates (longitude first in that file). A station's point is the mean of its toilets.
 */
export function stationEntries(csvText: string, readingOf: ReadingOf): GazetteerEntry[] {
  const byName = new Map<string, { lat: number; lon: number; n: number; ward?: string }>();
  for (const row of parseCsv(csvText)) {
    const name = cleanText(row['鉄道駅名'])?.replace(/駅$/, '');
    if (!name) continue;
    const point = checkPoint(row['緯度'], row['経度']);
    if (point.rejection || point.lat === undefined || point.lon === undefined) continue;
    const entry = byName.get(name) ?? { lat: 0, lon: 0, n: 0, ward: wardFromAddress(cleanText(row['市区町村・番地'])) };
    entry.lat += point.lat;
    entry.lon += point.lon;
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
