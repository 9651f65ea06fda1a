import { describe, expect, it } from 'vitest';
import type { GazetteerEntry, Place } from '../core/place.ts';
import { CrossLingualNames } from './cross-lingual-names.ts';

const place = (id: string, category: Place['category'], ja: string, kana: string, en?: string): Place => ({
  id,
  category,
  name: { ja, kana, en },
  lat: 35.7,
  lon: 139.7,
  datasetId: 'test',
});

/** Names and readings as in the snapshot. */
const PLACES: Place[] = [
  place('mot', 'museum', '東京都現代美術館', 'トウキョウトゲンダイ ビジュツカン'),
  place('tobikan', 'museum', '東京都美術館', 'トウキョウトビジュツカン'),
  place('photo', 'museum', '東京都写真美術館', 'トウキョウトシャシン ビジュツカン'),
  place('tama', 'library', '東京都立多摩図書館', 'トウキョウ トリツ タマ トショカン'),
  place('central', 'library', '東京都立中央図書館', 'トウキョウ トリツ チュウオウ トショカン'),
  place('inokashira', 'park', '井の頭恩賜公園', 'イノカシラ オンシ コウエン'),
  place('torasan', 'tourism', '葛飾柴又寅さん記念館', 'カツシカシバマタトラサンキネンカン', 'Katsushika Shibamata Tora-san Museum'),
  place('wifi', 'wifi', '東京都現代美術館', 'トウキョウトゲンダイ ビジュツカン'),
];
const GAZETTEER: GazetteerEntry[] = [
  { kind: 'station', ja: '柴又', kana: 'シバマタ', lat: 35.7566, lon: 139.8754, ward: '葛飾区' },
  { kind: 'municipality', ja: '葛飾区', en: 'Katsushika City', kana: 'かつしかく', lat: 35.7433, lon: 139.8472, ward: '葛飾区' },
  { kind: 'municipality', ja: '多摩市', en: 'Tama City', kana: 'たまし', lat: 35.6369, lon: 139.4464, ward: '多摩市' },
];
const names = new CrossLingualNames(PLACES, GAZETTEER);
const found = (text: string) => names.find(text).map((hit) => hit.place.id);

describe('CrossLingualNames', () => {
  it('finds a name said in English in any order, its common words translated', () => {
    // the Wi-Fi spot named after the museum is found too; retrieval puts the museum's own record first
    expect(found('Where is the Museum of Contemporary Art Tokyo?')).toEqual(['mot', 'wifi']);
    expect(found('What exhibitions were held at the Tokyo Photographic Art Museum?')).toEqual(['photo']);
    expect(found('Is the Tokyo Metropolitan Central Library open on Sundays?')).toEqual(['central']);
    expect(found('Tokyo Metropolitan Art Museum')).toEqual(['tobikan']);
    expect(found('Inokashira Park')).toEqual(['inokashira']);
  });

  it("leaves out the place names inside the data's English name when something more particular is said", () => {
    expect(found('Tora-san museum opening hours')).toEqual(['torasan']);
  });

  it('names nothing from a kind alone, nor from words that do not stand together', () => {
    expect(found('museum near me')).toEqual([]);
    expect(found('contemporary art museum')).toEqual([]);
    expect(found('park near Inokashira station')).toEqual([]);
    expect(found('Tokyo free wifi')).toEqual([]);
  });

  it('finds a name said in Korean, the reading in Hangul and the common words translated', () => {
    expect(found('도쿄도립 다마 도서관')).toEqual(['tama']);
    expect(found('도쿄도 미술관 어디에 있어요?')).toEqual(['tobikan']);
    expect(found('도쿄도 현대미술관 전시')).toEqual(['mot', 'wifi']);
    expect(found('이노카시라 공원 근처 화장실')).toEqual(['inokashira']);
    expect(found('미술관')).toEqual([]);
  });

  it('says where the name stands in the question, so a place name inside it is not taken for a ward', () => {
    const [hit] = names.find('도쿄도립 다마 도서관');
    expect(hit).toMatchObject({ start: 0, end: '도쿄도립 다마 도서관'.length });
  });
});
