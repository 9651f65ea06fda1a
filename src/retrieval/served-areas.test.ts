import { describe, expect, it } from 'vitest';
import type { Place } from '../core/place.ts';
import { normaliseArea, ServedAreas } from './served-areas.ts';

const place = (id: string, category: Place['category'], district: string, associations?: string): Place => ({
  id,
  category,
  name: { ja: id },
  ward: '品川区',
  datasetId: 'test',
  details: { district, ...(associations ? { associations } : {}) },
});

const areas = new ServedAreas([
  place('品川学園', 'shelter', '北品川2丁目(一部)、北品川3丁目全域、北品川4丁目(一部)', '北品川2丁目町会、北品川3丁目親和会'),
  place('御殿山小学校', 'shelter', '北品川4丁目(一部)、北品川5丁目全域', '御殿山町会'),
  place('開東閣', 'assembly_point', '品川第一地区', '御殿山町会'),
  place('鈴ケ森中学校', 'shelter', '勝島全域'),
]);
const shelters = new Set(['shelter']);
const names = (found: { places: Place[] }) => found.places.map((p) => p.id);

describe('ServedAreas', () => {
  it('finds the records serving a chōme, in digits or kanji, after a municipality, in Chinese', () => {
    expect(names(areas.find('北品川3丁目に住んでいます', shelters))).toEqual(['品川学園']);
    expect(names(areas.find('品川区北品川四丁目の避難所', shelters))).toEqual(['品川学園', '御殿山小学校']);
    expect(areas.find('我住在品川区胜岛1丁目', shelters)).toEqual({ places: [expect.objectContaining({ id: '鈴ケ森中学校' })], area: '勝島1丁目' });
    expect(names(areas.find('北品川9丁目', shelters))).toEqual([]);
  });

  it('finds the records an association names, of the kind asked only', () => {
    expect(names(areas.find('御殿山町會的一時集合場所', new Set(['assembly_point'])))).toEqual(['開東閣']);
    expect(names(areas.find('御殿山町会の避難所', shelters))).toEqual(['御殿山小学校']);
  });

  it('writes chōme numbers in digits', () => {
    expect(normaliseArea('大崎四丁目町會')).toBe('大崎4丁目町会');
    expect(normaliseArea('十二丁目')).toBe('12丁目');
    expect(normaliseArea('二十丁目')).toBe('20丁目');
  });
});
