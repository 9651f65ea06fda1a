import type { Corpus, GazetteerEntry, Place } from '../core/place.ts';

/**
 * A small corpus of real Tokyo places (names, readings and points as in the snapshot) for unit tests of
 * retrieval and answers: enough to tell wards, stations, landmarks and facility names apart.
 */
export const TEST_GAZETTEER: GazetteerEntry[] = [
  { kind: 'municipality', ja: '品川区', en: 'Shinagawa City', kana: 'しながわく', lat: 35.609, lon: 139.730, ward: '品川区' },
  { kind: 'municipality', ja: '江東区', en: 'Koto City', kana: 'こうとうく', lat: 35.6727, lon: 139.8173, ward: '江東区' },
  { kind: 'municipality', ja: '新宿区', en: 'Shinjuku City', kana: 'しんじゅくく', lat: 35.6938, lon: 139.7036, ward: '新宿区' },
  { kind: 'municipality', ja: '中央区', en: 'Chuo City', kana: 'ちゅうおうく', lat: 35.6708, lon: 139.7722, ward: '中央区' },
  { kind: 'station', ja: '大井町', kana: 'オオイマチ', lat: 35.6065, lon: 139.7346, ward: '品川区' },
  { kind: 'station', ja: '品川', kana: 'シナガワ', lat: 35.6285, lon: 139.7388, ward: '港区' },
  { kind: 'station', ja: '新宿', kana: 'シンジュク', lat: 35.6901, lon: 139.7001, ward: '新宿区' },
  { kind: 'station', ja: '東京', kana: 'トウキョウ', lat: 35.6812, lon: 139.7671, ward: '千代田区' },
  { kind: 'station', ja: '亀戸', kana: 'カメイド', lat: 35.6974, lon: 139.8265, ward: '江東区' },
];

const place = (id: string, category: Place['category'], ja: string, kana: string, lat: number, lon: number, ward: string, extra: Partial<Place> = {}): Place => ({
  id: `test:${id}`,
  category,
  name: { ja, kana },
  lat,
  lon,
  ward,
  address: `東京都${ward}${id}`,
  datasetId: 'test',
  ...extra,
});

export const TEST_PLACES: Place[] = [
  place('1', 'shelter', '品川学園', 'シナガワ ガクエン', 35.6196, 139.7415, '品川区'),
  place('2', 'shelter', '浅間台小学校', 'センゲンダイショウガッコウ', 35.611484, 139.736494, '品川区', { phone: '03-3474-2727' }),
  place('3', 'shelter', '第一日野小学校', 'ダイイチヒノショウガッコウ', 35.6093, 139.7217, '品川区'),
  place('4', 'evacuation_site', '大井ふ頭中央海浜公園一帯', 'オオイフトウチュウオウカイヒンコウエンイッタイ', 35.5915, 139.7515, '品川区'),
  place('5', 'aed', '有明西学園', 'アリアケニシガクエン', 35.637038, 139.784381, '江東区', { details: { location: '西玄関・東玄関', days: 'mon,tue,wed,thu,fri', opens: '08:00', closes: '16:00' } }),
  place('6', 'park', '木場公園', 'キバ コウエン', 35.676767, 139.807561, '江東区', { phone: '03-5245-1770' }),
  place('7', 'toilet', '江東区立亀居橋公衆便所', 'コウトウクリツカメイバシコウシュウベンジョ', 35.6748, 139.8040, '江東区', { details: { wheelchair: 'yes', opens: '00:00', closes: '23:59' } }),
  place('8', 'wifi', '木場公園', 'キバコウエン', 35.6768, 139.8076, '江東区', { details: { ssid: 'FREE_Wi-Fi_and_TOKYO' } }),
  place('9', 'hospital', 'NTT東日本関東病院', 'エヌティーティー ヒガシニホン カントウ ビョウイン', 35.6235, 139.7273, '品川区', { phone: '03-3448-6111', lat: undefined, lon: undefined }),
  place('10', 'municipal_office', '品川区役所', 'しながわく', 35.609, 139.730, '品川区', { url: 'https://www.city.shinagawa.tokyo.jp/', name: { ja: '品川区役所', en: 'Shinagawa City Office', kana: 'しながわく' } }),
  place('11', 'municipal_office', '江東区役所', 'こうとうく', 35.6727, 139.8173, '江東区', { url: 'https://www.city.koto.lg.jp/', name: { ja: '江東区役所', en: 'Koto City Office', kana: 'こうとうく' } }),
  place('12', 'municipal_office', '新宿区役所', 'しんじゅくく', 35.6938, 139.7036, '新宿区', { url: 'https://www.city.shinjuku.lg.jp/', name: { ja: '新宿区役所', en: 'Shinjuku City Office', kana: 'しんじゅくく' } }),
  place('13', 'shelter', '中央公園', 'チュウオウコウエン', 35.7305, 139.4880, '小平市'),
  place('14', 'toilet', '東日本旅客鉄道 大井町駅 多機能トイレ', 'オオイマチエキ タキノウ トイレ', 35.6067, 139.7350, '品川区', { details: { floor: '2F', wheelchair: 'yes', hours: 'first-train–last-train' } }),
];

export const TEST_CORPUS: Corpus = {
  version: 2,
  builtAt: '2026-01-01T00:00:00.000Z',
  datasets: [
    {
      id: 'test',
      title: { ja: 'テストデータ', en: 'Test data' },
      publisher: { ja: '東京都', en: 'Tokyo Metropolitan Government' },
      license: 'CC BY 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
      sourceUrl: 'https://catalog.data.metro.tokyo.lg.jp/',
      attribution: '「テストデータ」（東京都）',
    },
  ],
  places: TEST_PLACES,
  gazetteer: TEST_GAZETTEER,
  reports: [],
};
