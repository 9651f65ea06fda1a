import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../columns.ts';
import { RowTally } from '../tally.ts';
import { createStandardParser } from './standard-dataset.ts';
import { canonicalHeader, RENAMED_COLUMNS } from './standard-header.ts';

describe('canonicalHeader', () => {
  it('names renamed and respelled columns as the standard does, in any order', () => {
    expect(canonicalHeader(['施設名称', '緯度（世界測地系）', '経度(世界測地系)', '所在地住所', 'ＴＥＬ', 'ふりがな', '【備考】', 'NO'])).toEqual([
      '名称',
      '緯度',
      '経度',
      '住所',
      '電話番号',
      '名称_カナ',
      '備考',
      'NO',
    ]);
  });

  it('lets a column named as the standard names it win over a variant of the same column', () => {
    expect(canonicalHeader(['施設名称', '名称', 'Latitude', '緯度', '経度'])).toEqual(['施設名称', '名称', 'Latitude', '緯度', '経度']);
  });

  it('renames only to names the parsers read', () => {
    const read = new Set<string>(Object.values(COLUMNS).flat());
    for (const standard of Object.keys(RENAMED_COLUMNS)) expect(read.has(standard), standard).toBe(true);
  });
});

describe('the standard parser on a discovered file', () => {
  it('reads renamed columns in another order, after a title row, with a BOM', () => {
    const tally = new RowTally('std-131164-aed');
    const parse = createStandardParser({ datasetId: 'std-131164-aed', category: 'aed', ward: '豊島区', details: ['location'] });
    const text = '\ufeff豊島区 AED設置場所一覧（令和6年4月1日現在）\r\n経度（世界測地系）,緯度（世界測地系）,施設名称,所在地住所,設置場所\r\n139.71657,35.73222,豊島区役所,東京都豊島区南池袋2-45-1,1階総合窓口\r\n';
    const places = parse({ path: 'x.csv', text }, tally);
    expect(places).toEqual([
      expect.objectContaining({ name: { ja: '豊島区役所', en: undefined, kana: undefined }, lat: 35.73222, lon: 139.71657, ward: '豊島区', details: { location: '1階総合窓口' } }),
    ]);
    expect(tally.report()).toMatchObject({ rows: 1, loaded: 1, rejected: 0 });
  });
});
