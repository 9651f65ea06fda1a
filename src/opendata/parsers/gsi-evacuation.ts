import type { SourceFile } from '../dataset-spec.ts';
import type { Details } from '../details.ts';
import { checkPoint, cleanText, fullAddress, wardFromAddress } from '../normalise.ts';
import { PlaceIds } from '../place-id.ts';
import type { RowTally } from '../tally.ts';
import { codeOfMunicipality } from '../tokyo-municipalities.ts';
import type { Category, Place } from '../../core/place.ts';
import { fixKatakanaDash, unusablePoint } from './standard-row.ts';

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
 * 国土地理院 指定緊急避難場所 / 指定避難所, one GeoJSON FeatureCollection per municipality (file name = the code of
 * the designating municipality). Emergency sites list the hazards they are designated for (`details.hazards`).
 * A municipality may designate a place in its neighbour (狛江市's shelter in 調布市): the place's `ward` is where
 * it is, and `designatedBy` names the municipality whose list it is on.
 */
export function parseGsiEvacuation(datasetId: string, category: Category, file: SourceFile, tally: RowTally): Place[] {
  const collection = JSON.parse(file.text) as { features?: Feature[] };
  const ids = new PlaceIds(datasetId);
  const places: Place[] = [];
  for (const feature of collection.features ?? []) {
    tally.seen();
    const props = feature.properties ?? {};
    const rawName = cleanText(props['施設・場所名']);
    if (!rawName) {
      tally.reject('no name');
      continue;
    }
    const coordinates = Array.isArray(feature.geometry?.coordinates) ? feature.geometry.coordinates : [];
    const point = checkPoint(coordinates[1], coordinates[0]);
    const fixes = [...point.fixes];
    const name = fixKatakanaDash(rawName, fixes);
    const designatedBy = cleanText(props['都道府県名及び市町村名'])?.replace(/^東京都/, '');
    const ward = wardFromAddress(cleanText(props['住所'])) ?? designatedBy;
    const address = fullAddress(cleanText(props['住所']), ward);
    const rejection = unusablePoint(point, address, fixes);
    if (rejection) {
      tally.reject(rejection);
      continue;
    }
    const place: Place = {
      id: ids.next(cleanText(props['共通ID']), name, address),
      category,
      name: { ja: name },
      address,
      lat: point.lat,
      lon: point.lon,
      ward,
      wardCode: codeOfMunicipality(ward),
      datasetId,
      details: readGsiDetails(props, designatedBy !== ward ? designatedBy : undefined),
    };
    places.push(place);
    tally.keep(fixes, place.id);
  }
  return places;
}

function readGsiDetails(props: Record<string, unknown>, designatedBy: string | undefined): Details | undefined {
  const details: Details = {};
  const hazards = Object.entries(HAZARDS)
    .filter(([column]) => cleanText(props[column]) === '1')
    .map(([, key]) => key);
  if (hazards.length > 0) details.hazards = hazards.join(',');
  const accepts = cleanText(props['受入対象者']);
  if (accepts) details.accepts = accepts;
  const note = [cleanText(props['その他市町村長が必要と認める事項']), cleanText(props['備考'])].filter(Boolean).join(' / ');
  if (note) details.note = note;
  if (designatedBy) details.designatedBy = designatedBy;
  return Object.keys(details).length > 0 ? details : undefined;
}
