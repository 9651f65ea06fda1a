import { describe, expect, it } from 'vitest';
import { TEST_CORPUS, TEST_PLACES } from '../retrieval/test-corpus.ts';
import { toAnswerAnchor, toSourceView } from './source-view.ts';

const dataset = TEST_CORPUS.datasets[0] as (typeof TEST_CORPUS.datasets)[number];
const byId = (id: string) => TEST_PLACES.find((place) => place.id === id) as (typeof TEST_PLACES)[number];

describe('place cards', () => {
  it('show the facts the record holds, in the answer language, with every source cited', () => {
    const toilet = toSourceView({ place: byId('test:14'), distanceMeters: 40 }, dataset, 'en');
    expect(toilet.facts).toEqual([
      { key: 'hours', label: 'opening hours', value: 'from the first train to the last' },
      { key: 'floor', label: 'location in the building', value: '2F' },
      { key: 'wheelchair', label: 'wheelchair access', value: 'Yes' },
    ]);
    expect(toilet.citations).toEqual([{ dataset: 'Test data', publisher: 'Tokyo Metropolitan Government', license: 'CC BY 4.0', url: dataset.sourceUrl, attribution: dataset.attribution }]);
    expect(toilet.categoryLabel).toBe('public toilet');
    expect(toilet.officialName).toBe('東日本旅客鉄道 大井町駅 多機能トイレ');
  });

  it("keep the publisher's Japanese text, marked as such in another language", () => {
    const ja = toSourceView({ place: byId('test:5') }, dataset, 'ja');
    expect(ja.facts).toContainEqual({ key: 'floor', label: '設置場所', value: '西玄関・東玄関' });
    expect(ja.facts).toContainEqual({ key: 'hours', label: '利用時間', value: '08:00〜16:00（土曜・日曜は休み）' });
    expect(ja.officialName).toBeUndefined();
    const en = toSourceView({ place: byId('test:5') }, dataset, 'en');
    expect(en.facts).toContainEqual({ key: 'floor', label: 'location in the building', value: '西玄関・東玄関 (in Japanese)' });
  });

  it('name the point distances are measured from, except the user themself', () => {
    expect(toAnswerAnchor({ kind: 'user', lat: 35.6, lon: 139.7 }, 'en')).toEqual({ kind: 'user', lat: 35.6, lon: 139.7, label: undefined });
    expect(toAnswerAnchor({ kind: 'station', lat: 35.6065, lon: 139.7346, ja: '大井町', kana: 'オオイマチ' }, 'en').label).toBe('Oimachi Station');
  });
});
