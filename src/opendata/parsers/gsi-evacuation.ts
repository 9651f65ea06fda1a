import type { SourceFile } from '../dataset-spec.ts';
import { checkPoint, cleanText, fullAddress } from '../normalise.ts';
import type { RowTally } from '../tally.ts';
import type { Category, Place } from '../types.ts';

interface Feature {
  geometry?: { type?: string; coordinates?: unknown };
  properties?: Record<string, unknown>;
}

const HAZARDS: Record<string, string> = {
  洪水: 'flood',
  '崖崩れ、土石流及び地滑り': 'landslide',
  高潮: 'storm_surge',
  地震: 'earthquake',
  津波: 'tsunami',
  大規模な火事: 'large_fire',
  内水氾濫: 'inland_flood',
  火山現象: 'volcano',
};

/**
 * 国土地理院 指定緊急避難場所 / 指定避難所, one GeoJSON FeatureCollection per municipality (file name = code).
 * Emergency sites list the hazards they are designated for; they become `details.hazards`.
 */
export function parseGsiEvacuation(datasetId: string, category: Category, file: SourceFile, tally: RowTally): Place[] {
  const collection = JSON.parse(file.text) as { features?: Feature[] };
  const code = /(\d{6})\.json$/.exec(file.path)?.[1];
  const places: Place[] = [];
  for (const feature of collection.features ?? []) {
    tally.seen();
    const props = feature.properties ?? {};
    const name = cleanText(props['施設・場所名']);
    if (!name) {
      tally.reject('no name');
      continue;
    }
    const coordinates = Array.isArray(feature.geometry?.coordinates) ? feature.geometry.coordinates : [];
    const point = checkPoint(coordinates[1], coordinates[0]);
    if (point.rejection) {
      tally.reject(point.rejection);
      continue;
    }
    const ward = cleanText(props['都道府県名及び市町村名'])?.replace(/^東京都/, '');
    const hazards = Object.entries(HAZARDS)
      .filter(([column]) => cleanText(props[column]) === '1')
      .map(([, key]) => key);
    const commonId = cleanText(props['共通ID']) ?? String(props['NO'] ?? places.length);
    places.push({
      id: `${datasetId}:${commonId}`,
      category,
      name: { ja: name },
      address: fullAddress(cleanText(props['住所']), ward),
      lat: point.lat,
      lon: point.lon,
      ward,
      wardCode: code,
      datasetId,
      details: hazards.length > 0 ? { hazards: hazards.join(',') } : undefined,
    });
    tally.keep(point.fixes);
  }
  return places;
}
