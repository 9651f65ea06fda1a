import { describe, expect, it } from 'vitest';
import { RowTally } from '../tally.ts';
import type { Place } from '../../core/place.ts';
import { readAddressKey } from './address-key.ts';
import { dropDuplicates } from './drop-duplicates.ts';
import { repairPoints } from './repair-points.ts';
import { unifyNames } from './unify-names.ts';

function place(datasetId: string, name: string, address: string | undefined, point: [number, number] | undefined, ward: string, extra: Partial<Place> = {}): Place {
  return { id: `${datasetId}:${name}:${address ?? ''}`, category: 'shelter', name: { ja: name }, address, lat: point?.[0], lon: point?.[1], ward, datasetId, ...extra };
}

function tallies() {
  const map = new Map<string, RowTally>();
  const tallyOf = (id: string) => map.get(id) ?? map.set(id, new RowTally(id)).get(id) as RowTally;
  return { tallyOf, reasons: (id: string) => tallyOf(id).report().reasons };
}

/** A grid of correct records of two municipalities side by side, from two datasets. */
function neighbourhood(): Place[] {
  const places: Place[] = [];
  for (let i = 0; i < 6; i += 1) {
    for (let j = 0; j < 6; j += 1) {
      const [lat, lon] = [35.73 + i * 0.003, 139.78 + j * 0.003]; // 荒川区-like block east of 139.78
      places.push(place(j % 2 ? 'gsi' : 'aed', `東施設${i}${j}`, `東京都荒川区南千住${i + 1}-${j + 1}-1`, [lat, lon], '荒川区'));
      places.push(place(j % 2 ? 'gsi' : 'aed', `西施設${i}${j}`, `東京都豊島区池袋${i + 1}-${j + 1}-1`, [lat, lon - 0.06], '豊島区'));
    }
  }
  return places;
}

describe('readAddressKey', () => {
  it.each([
    ['東京都荒川区南千住7-25-1', { ward: '荒川区', town: '南千住', chome: 7, banchi: 25 }],
    ['荒川区南千住七丁目25番1号', { ward: '荒川区', town: '南千住', chome: 7, banchi: 25 }],
    ['東京都港区三田1-13-3', { ward: '港区', town: '三田', chome: 1, banchi: 13 }],
    ['東京都日の出町大久野4089-1', { ward: '日の出町', town: '大久野', chome: undefined, banchi: 4089 }],
  ])('%s', (address, key) => {
    expect(readAddressKey(address)).toEqual(key);
  });

  it('gives no key to an area (several towns, …一帯)', () => {
    expect(readAddressKey('東京都北区浮間、板橋区舟渡')).toBeUndefined();
    expect(readAddressKey('東京都品川区八潮一帯')).toBeUndefined();
  });
});

describe('repairPoints', () => {
  it('moves a point that lies in another municipality to the same facility in another dataset', () => {
    const places = neighbourhood();
    const wrong = place('tmg', '南千住第二中学校', '東京都荒川区南千住3-4-1', [35.736, 139.721], '荒川区'); // lands among 豊島区's records
    const twin = place('gsi', '南千住第二中学校', '東京都荒川区南千住3-4-1', [35.736, 139.789], '荒川区');
    const { tallyOf, reasons } = tallies();
    const kept = repairPoints([...places, wrong, twin], tallyOf);
    expect(kept).toContain(wrong);
    expect([wrong.lat, wrong.lon]).toEqual([35.736, 139.789]);
    expect(wrong.details?.pointSource).toBe('same-facility');
    expect(reasons('tmg')).toEqual({ 'fixed: point far from its municipality: moved to the same facility in another dataset': 1 });
  });

  it('leaves points near the border alone', () => {
    const places = neighbourhood();
    const border = place('tmg', '境界の施設', '東京都荒川区南千住2-1-1', [35.733, 139.772], '荒川区');
    const { tallyOf } = tallies();
    repairPoints([...places, border], tallyOf);
    expect([border.lat, border.lon]).toEqual([35.733, 139.772]);
    expect(border.details).toBeUndefined();
  });

  it('places a record without a point by the other records of its block, and says so', () => {
    const places = neighbourhood();
    const hospital = place('hospitals', '南千住病院', '東京都荒川区南千住3-3-9', undefined, '荒川区', { category: 'hospital' });
    const { tallyOf, reasons } = tallies();
    repairPoints([...places, hospital], tallyOf);
    expect(hospital.lat).toBeCloseTo(35.736, 6);
    expect(hospital.lon).toBeCloseTo(139.786, 6);
    expect(hospital.details?.pointSource).toBe('address-block');
    expect(reasons('hospitals')).toEqual({ 'fixed: no point in the data: placed by its address (address-block)': 1 });
  });

  it('drops a misplaced record with no address to place it by', () => {
    const lost = place('assembly', '五反田の広場', undefined, [35.745, 139.721], '荒川区');
    const { tallyOf, reasons } = tallies();
    const kept = repairPoints([...neighbourhood(), lost], tallyOf);
    expect(kept).not.toContain(lost);
    expect(reasons('assembly')).toEqual({ 'rejected: point far from its municipality, and no address to place it by': 1 });
  });
});

describe('dropDuplicates and unifyNames', () => {
  it('drops a row repeated in one dataset, keeps the same name elsewhere', () => {
    const a = place('wifi', '奥多摩ビジターセンター', '東京都奥多摩町氷川171-1', [35.8086, 139.0976], '奥多摩町');
    const b = place('wifi', '奥多摩ビジターセンター', '東京都奥多摩町氷川171-1', [35.8086, 139.0976], '奥多摩町', { id: 'wifi:2' });
    const c = place('gsi', '奥多摩ビジターセンター', '東京都奥多摩町氷川171-1', [35.8086, 139.0976], '奥多摩町');
    const { tallyOf, reasons } = tallies();
    expect(dropDuplicates([a, b, c], tallyOf)).toEqual([a, c]);
    expect(reasons('wifi')).toEqual({ 'rejected: duplicate row': 1 });
  });

  it('spells one facility one way within a dataset', () => {
    const rows = [
      place('tmg', '三宅村コミュニティーセンター', undefined, [34.07, 139.55], '三宅村'),
      place('tmg', '三宅村コミュニティセンター', undefined, [34.07, 139.55], '三宅村', { id: 'tmg:2', category: 'evacuation_site' }),
      place('tmg', '三宅村コミュニティーセンター', undefined, [34.07, 139.55], '三宅村', { id: 'tmg:3', category: 'assembly_point' }),
    ];
    const { tallyOf, reasons } = tallies();
    unifyNames(rows, tallyOf);
    expect(rows.map((row) => row.name.ja)).toEqual(Array(3).fill('三宅村コミュニティーセンター'));
    expect(reasons('tmg')).toEqual({ 'fixed: one name spelled two ways in the dataset (spelling unified)': 1 });
  });
});
