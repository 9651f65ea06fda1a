import { describe, expect, it } from 'vitest';
import { latinNameOf, romanise } from './english-names.ts';

describe('latinNameOf', () => {
  it("prefers the data's own English name, tidied", () => {
    expect(latinNameOf({ ja: '江東区立万年橋際公衆便所', en: 'Public_toilet_at_Mannen-Bridge_KotoCity' })).toBe('Public toilet at Mannen-Bridge Koto City');
  });

  it('romanises the proper part and translates the generic one', () => {
    expect(latinNameOf({ ja: '麹町小学校', kana: 'コウジマチショウガッコウ' })).toBe('Kojimachi Elementary School');
    expect(latinNameOf({ ja: '上野恩賜公園', kana: 'ウエノ オンシ コウエン' })).toBe('Ueno Onshi Park');
    expect(latinNameOf({ ja: '浅草寺', kana: 'センソウジ' })).toBe('Sensoji Temple');
    expect(latinNameOf({ ja: '有明スポーツセンター', kana: 'アリアケ スポーツ センター' })).toBe('Ariake Sports Center');
  });

  it("says who runs it when that is Tokyo, and drops a ward's own prefix", () => {
    expect(latinNameOf({ ja: '東京都立中央図書館', kana: 'トウキョウ トリツ チュウオウ トショカン' })).toBe('Tokyo Metropolitan Chuo Library');
    expect(latinNameOf({ ja: '東京都美術館', kana: 'トウキョウトビジュツカン' })).toBe('Tokyo Metropolitan Art Museum');
    expect(latinNameOf({ ja: '江東区立八名川公園', kana: 'コウトウクリツヤナガワコウエン' })).toBe('Yanagawa Park');
  });

  it('keeps a note in brackets as written and has nothing to say without a reading', () => {
    expect(latinNameOf({ ja: '公衆電話（江東区亀戸3-36-1）', kana: 'コウシュウ デンワ' })).toBe('Public Phone (江東区亀戸3-36-1)');
    expect(latinNameOf({ ja: '品川学園' })).toBeUndefined();
  });

  it('romanises word by word without macrons', () => {
    expect(romanise('トウキョウ エキ')).toBe('Tokyo Eki');
    expect(romanise('おおいまち')).toBe('Oimachi');
  });
});
