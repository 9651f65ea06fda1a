import { describe, expect, it } from 'vitest';
import type { Place } from '../core/place.ts';
import { townEntries, townOf } from './gazetteer.ts';

const place = (id: string, ward: string, address: string, lat = 35.65, lon = 139.8): Place =>
  ({ id: `t:${id}`, datasetId: 't', category: 'toilet', name: { ja: id }, ward, address, lat, lon }) as Place;

describe('townOf', () => {
  it('reads the town an address names after its municipality', () => {
    expect(townOf(place('a', '江東区', '東京都江東区塩浜2-4-1'))).toBe('塩浜');
    expect(townOf(place('b', '江東区', '東京都江東区清澄二・三丁目'))).toBe('清澄');
    expect(townOf(place('c', '品川区', '品川区八潮5-10-1'))).toBe('八潮');
    // an address that does not begin with its municipality names no town
    expect(townOf(place('d', '八丈町', '東京都八丈島八丈町大賀郷2843'))).toBeUndefined();
  });
});

describe('townEntries', () => {
  it('places a town at the mean of its records, and leaves out towns that stations or two municipalities share', () => {
    const places = [
      place('a', '江東区', '東京都江東区塩浜2-4-1', 35.66, 139.81),
      place('b', '江東区', '東京都江東区塩浜1-1-1', 35.68, 139.83),
      place('c', '江東区', '東京都江東区豊洲1-1-1'),
      place('d', '江東区', '東京都江東区豊洲2-1-1'),
      place('e', '中央区', '東京都中央区本町1-1'),
      place('f', '中央区', '東京都中央区本町1-2'),
      place('g', '中野区', '東京都中野区本町1-1'),
      place('h', '中野区', '東京都中野区本町1-2'),
    ];
    const entries = townEntries(places, () => 'シオハマ', new Set(['豊洲']));
    expect(entries).toEqual([{ kind: 'town', ja: '塩浜', kana: 'シオハマ', lat: 35.67, lon: 139.82, ward: '江東区' }]);
  });
});
