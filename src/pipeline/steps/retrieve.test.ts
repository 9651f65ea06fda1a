import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../retrieval/corpus-index.ts';
import { haversineMeters } from '../../geo/geo.ts';
import type { Place } from '../../core/place.ts';
import { TEST_CORPUS } from '../../retrieval/test-corpus.ts';
import { retrievePlaces } from './retrieve.ts';
import { understandQuestion } from './understand.ts';

const index = new CorpusIndex(TEST_CORPUS);
const ask = (message: string, location?: { lat: number; lon: number }, previous = {}, previousPlaceIds: string[] = []) => {
  const u = understandQuestion(message, index, previous, location, previousPlaceIds);
  return { u, r: retrievePlaces(index, u) };
};
const names = (message: string, location?: { lat: number; lon: number }) => ask(message, location).r.places.map(({ place }) => place.name.ja);

describe('understand + retrieve', () => {
  it('ranks by true distance from a named station or the user', () => {
    const { r } = ask('大井町駅の近くの避難所');
    expect(r.status).toBe('answered');
    const station = TEST_CORPUS.gazetteer.find((entry) => entry.ja === '大井町');
    const nearest = TEST_CORPUS.places
      .filter((place) => place.category === 'shelter')
      .map((place) => haversineMeters(station?.lat ?? 0, station?.lon ?? 0, place.lat ?? 0, place.lon ?? 0))
      .sort((a, b) => a - b)[0];
    expect(r.places[0]?.distanceMeters).toBe(Math.round(nearest ?? 0));
    expect(names('toilet near me', { lat: 35.675, lon: 139.805 })[0]).toBe('江東区立亀居橋公衆便所');
  });

  it('filters by a named ward', () => {
    const { r } = ask('品川区の避難所');
    expect(r.scope?.mode).toBe('ward');
    expect(r.places.every(({ place }) => place.ward === '品川区' && place.category === 'shelter')).toBe(true);
  });

  it('answers a facility named on its own, the record of what its name says first', () => {
    expect(names('品川学園はどこ？')).toEqual(['品川学園']);
    expect(names('Where is Kiba Park?')).toEqual(['木場公園']);
    expect(ask('Where is Kiba Park?').r.places[0]?.place.category).toBe('park');
  });

  it('measures from a named facility that is not of the kind asked', () => {
    const { u, r } = ask('木場公園の近くのトイレ');
    expect(u.anchor?.ja).toBe('木場公園');
    expect(r.places[0]?.place.name.ja).toBe('江東区立亀居橋公衆便所');
  });

  it('lists a municipality when too few of a kind have coordinates to say which is nearest', () => {
    const { r } = ask('nearest hospital', { lat: 35.609, lon: 139.73 });
    expect(r.scope).toMatchObject({ mode: 'ward', ward: '品川区', inferred: true });
    expect(r.places.map(({ place }) => place.name.ja)).toEqual(['NTT東日本関東病院']);
  });

  it('says so when there is nothing, and when it needs to know where or what', () => {
    expect(ask('新宿区のAED').r.status).toBe('unanswerable_no_sources');
    expect(ask('What is the weather tomorrow?').r.status).toBe('unanswerable_out_of_scope');
    expect(ask('避難所はどこ？').r.status).toBe('clarification_needed');
    expect(ask('Shinjuku').r.status).toBe('clarification_needed');
  });

  it('inherits the topic only in a follow-up, and the place when none is named', () => {
    const previous = { topic: 'shelter' as const, ward: '品川区' };
    expect(ask('What about near Oimachi station?', undefined, previous).u.topic).toBe('shelter');
    expect(ask('トイレは？', undefined, previous).u.ward).toBe('品川区');
    expect(ask('What is the weather tomorrow?', { lat: 35.6, lon: 139.7 }, previous).u.topic).toBeUndefined();
  });

  it('answers a question about a detail with the places the previous answer listed', () => {
    const { u, r } = ask('何時まで開いてる？', undefined, { topic: 'park' }, ['test:6']);
    expect(u.placeIds).toEqual(['test:6']);
    expect(r.places.map(({ place }) => place.name.ja)).toEqual(['木場公園']);
    // a fact asked of no place: which place? (not a refusal)
    expect(ask('phone number?').r.status).toBe('clarification_needed');
  });

  it('takes a greeting or thanks with a few words around it, and nothing longer', () => {
    expect(ask('thank you so much').r.status).toBe('greeting');
    expect(ask('谢谢你').r.status).toBe('greeting');
    expect(ask('정말 감사합니다').r.status).toBe('greeting');
    expect(ask('hello, where is the nearest toilet', { lat: 35.675, lon: 139.805 }).r.status).toBe('answered');
    expect(ask('Kew City').r.status).not.toBe('greeting');
  });

  it("answers a question about a facility's rules with the official contact, not a list", () => {
    const { r } = ask('江東区の図書館で本は何冊まで借りられる？');
    expect(r).toMatchObject({ status: 'unanswerable_out_of_scope', places: [], scope: { ward: '江東区' } });
  });

  it('measures "near" from a facility named without a station or landmark, which is then not an answer', () => {
    const { u, r } = ask('品川学園のそばの避難所');
    expect(u.anchor?.ja).toBe('品川学園');
    expect(r.places.map(({ place }) => place.name.ja)).not.toContain('品川学園');
  });

  it('says "no data" for a hazard map the office has no link for', () => {
    expect(ask('品川区のハザードマップ').r.status).toBe('unanswerable_no_sources');
    const withLinks = TEST_CORPUS.places.map((place) =>
      place.id === 'test:10' ? { ...place, details: { hazardMaps: 'kozui=https://www.city.shinagawa.tokyo.jp/map.html' } } : place,
    );
    const mapped = new CorpusIndex({ ...TEST_CORPUS, places: withLinks });
    expect(retrievePlaces(mapped, understandQuestion('品川区のハザードマップ', mapped, {}, undefined)).status).toBe('answered');
  });

  it('gives the nearest of the located ones, said as such, when the municipality has none of a mostly unlocated kind', () => {
    const located: Place = { ...(TEST_CORPUS.places[8] as Place), id: 'test:located-hospital', name: { ja: '聖路加国際病院', kana: 'セイルカコクサイビョウイン' }, ward: '中央区', lat: 35.6672, lon: 139.777 };
    const hospitals = new CorpusIndex({ ...TEST_CORPUS, places: [...TEST_CORPUS.places, located] });
    const u = understandQuestion('nearest hospital', hospitals, {}, { lat: 35.675, lon: 139.805 });
    const r = retrievePlaces(hospitals, u);
    expect(r.scope).toMatchObject({ mode: 'near', ward: '江東区', partial: true });
    expect(r.places.map(({ place }) => place.id)).toEqual(['test:located-hospital']);
  });
});
