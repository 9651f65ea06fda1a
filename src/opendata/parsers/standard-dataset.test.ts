import { describe, expect, it } from 'vitest';
import { RowTally } from '../tally.ts';
import { createStandardParser } from './standard-dataset.ts';

const csv = (rows: string[][]) => rows.map((row) => row.join(',')).join('\r\n');
const parseAed = createStandardParser({ datasetId: 'aed', category: 'aed', details: ['location', 'days', 'opens', 'closes'] });

describe('the standard-dataset parser', () => {
  it('reads the current 自治体標準 layout (名称_英字) by column name', () => {
    const tally = new RowTally('aed');
    const [place] = parseAed(
      {
        path: 'aed.csv',
        text: csv([
          ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', '所在地_連結表記', '緯度', '経度', '設置位置', '電話番号', '利用可能曜日', '開始時間', '終了時間'],
          ['131083', '131083700001', '江東区', '有明西学園', 'アリアケニシガクエン', 'Ariake Nishi Gakuen', '東京都江東区有明1-7-13', '35.637038', '139.784381', '西玄関', '(03)3527-6401', '月火水木金', '08:00:00', '16:00:00'],
        ]),
      },
      tally,
    );
    expect(place).toEqual({
      id: 'aed:131083700001',
      category: 'aed',
      name: { ja: '有明西学園', en: 'Ariake Nishi Gakuen', kana: 'アリアケニシガクエン' },
      address: '東京都江東区有明1-7-13',
      lat: 35.637038,
      lon: 139.784381,
      phone: '03-3527-6401',
      url: undefined,
      ward: '江東区',
      wardCode: '131083',
      datasetId: 'aed',
      details: { location: '西玄関', days: 'mon,tue,wed,thu,fri', opens: '08:00', closes: '16:00' },
    });
    expect(tally.report()).toMatchObject({ rows: 1, loaded: 1, fixed: 0, rejected: 0 });
  });

  it('reads the old 推奨 layout (名称_英語, 5-digit code) in any column order', () => {
    const tally = new RowTally('aed');
    const places = parseAed(
      {
        path: 'old.csv',
        text: csv([
          ['経度', '名称_英語', '住所', '名称', '緯度', '都道府県コード又は市区町村コード', 'NO'],
          ['139.803169', 'Morishita Nursery', '江東区森下 3-14-6', '森下保育園', '35.686105', '13108', '1'],
          [',,,,,,'],
        ]),
      },
      tally,
    );
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ name: { ja: '森下保育園', en: 'Morishita Nursery' }, lat: 35.686105, lon: 139.803169, ward: '江東区', wardCode: '131083', address: '東京都江東区森下 3-14-6' });
    expect(tally.report()).toMatchObject({
      rows: 2,
      loaded: 1,
      fixed: 1,
      rejected: 1,
      reasons: { 'fixed: 5-digit municipality code (check digit added: 131083)': 1, 'rejected: blank row': 1 },
    });
  });

  it('keeps a row whose point is unusable by its address, and rejects one with neither', () => {
    const tally = new RowTally('aed');
    const places = parseAed(
      {
        path: 'x.csv',
        text: csv([
          ['名称', '住所', '緯度', '経度'],
          ['明治公園', '東京都渋谷区千駄ヶ谷一丁目', '130.416439', '33.588397'],
          ['どこか', '', '', ''],
        ]),
      },
      tally,
    );
    expect(places.map((place) => [place.name.ja, place.lat])).toEqual([['明治公園', undefined]]);
    expect(tally.report().reasons).toEqual({
      'fixed: latitude and longitude swapped': 1,
      'fixed: coordinates outside Tokyo: kept by its address, without a point': 1,
      'rejected: no coordinates': 1,
    });
  });

  it('takes the address from the name when the address cell is a cut-off copy of it', () => {
    const tally = new RowTally('wifi');
    const [place] = createStandardParser({ datasetId: 'wifi', category: 'wifi', details: [] })(
      { path: 'w.csv', text: csv([['名称', '住所', '緯度', '経度'], ['観光案内標識No.1（港区麻布十番1-4）', '東京都o.1（港区麻布十番1-4', '35.656982', '139.734312']]) },
      tally,
    );
    expect(place).toMatchObject({ address: '東京都港区麻布十番1-4', ward: '港区' });
    expect(tally.report().reasons).toEqual({ 'fixed: garbled address replaced by the address in the name': 1 });
  });

  it('fails loudly on a file without the header it needs', () => {
    expect(() => parseAed({ path: 'x.csv', text: 'a,b\n1,2\n' }, new RowTally('aed'))).toThrow(/no header row/);
  });
});
