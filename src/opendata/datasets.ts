import { CC_BY_4, type DatasetSpec } from './dataset-spec.ts';
import { parseGsiEvacuation } from './parsers/gsi-evacuation.ts';
import { parseLocalGovJp } from './parsers/municipalities.ts';
import { parseShinagawaEvacuation } from './parsers/shinagawa-evacuation.ts';
import { parseTmgBousaiMap } from './parsers/tmg-bousai-map.ts';

const CATALOG = 'https://catalog.data.metro.tokyo.lg.jp/dataset/';
const GSI_TERMS = 'https://www.gsi.go.jp/kikakuchousei/kikakuchousei40182.html';

/**
 * Every dataset the service answers from. Adding one is: its files under data/opendata (with PROVENANCE),
 * an entry here, and a parser in parsers/ when its layout is new.
 */
export const DATASETS: DatasetSpec[] = [
  {
    info: {
      id: 'tmg-bousai-evacuation',
      title: { ja: '東京都防災マップ 避難所・避難場所一覧データ', en: 'Tokyo Bousai Map: evacuation shelters and sites' },
      publisher: { ja: '東京都総務局総合防災部', en: 'Tokyo Metropolitan Government, Disaster Prevention Division' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t000003d0000000093`,
      attribution: '「避難所、避難場所データ オープンデータ」（東京都提供）',
    },
    sources: [
      'evacuation/tmg_bousai_map_2021/130001_evacuation_center.csv',
      'evacuation/tmg_bousai_map_2021/130001_evacuation_area.csv',
    ],
    encoding: 'auto',
    parse: (file, tally) => parseTmgBousaiMap('tmg-bousai-evacuation', file, tally),
  },
  {
    info: {
      id: 'gsi-designated-shelters',
      title: { ja: '指定避難所データ', en: 'Designated evacuation shelters' },
      publisher: { ja: '国土地理院（各市区町村提供）', en: 'Geospatial Information Authority of Japan (from each municipality)' },
      license: '国土地理院コンテンツ利用規約 (CC BY 4.0 compatible)',
      licenseUrl: GSI_TERMS,
      sourceUrl: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
      attribution: '国土地理院「指定緊急避難場所・指定避難所データ」を加工して作成',
    },
    sources: ['evacuation/gsi_designated_shelters'],
    encoding: 'utf8',
    parse: (file, tally) => parseGsiEvacuation('gsi-designated-shelters', 'shelter', file, tally),
  },
  {
    info: {
      id: 'gsi-emergency-evacuation-sites',
      title: { ja: '指定緊急避難場所データ', en: 'Designated emergency evacuation sites' },
      publisher: { ja: '国土地理院（各市区町村提供）', en: 'Geospatial Information Authority of Japan (from each municipality)' },
      license: '国土地理院コンテンツ利用規約 (CC BY 4.0 compatible)',
      licenseUrl: GSI_TERMS,
      sourceUrl: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
      attribution: '国土地理院「指定緊急避難場所・指定避難所データ」を加工して作成',
    },
    sources: ['evacuation/gsi_designated_emergency_evacuation_sites'],
    encoding: 'utf8',
    parse: (file, tally) => parseGsiEvacuation('gsi-emergency-evacuation-sites', 'evacuation_site', file, tally),
  },
  {
    info: {
      id: 'shinagawa-shelters',
      title: { ja: '災害時等の避難所・広域避難場所', en: 'Shinagawa City evacuation shelters and wide-area evacuation sites' },
      publisher: { ja: '品川区', en: 'Shinagawa City' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t131091d0000000138`,
      attribution: '「災害時等の避難所・広域避難場所」（品川区）',
    },
    sources: ['evacuation/shinagawa_131091/hinanjo.csv'],
    encoding: 'auto',
    parse: (file, tally) => parseShinagawaEvacuation('shinagawa-shelters', file, tally),
  },
  {
    info: {
      id: 'shinagawa-assembly-points',
      title: { ja: '一時集合場所', en: 'Shinagawa City temporary assembly points' },
      publisher: { ja: '品川区', en: 'Shinagawa City' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t131091d0000000002`,
      attribution: '「一時集合場所」（品川区）を加工して作成',
    },
    sources: ['evacuation/shinagawa_131091/ittokishugobasho.csv'],
    encoding: 'auto',
    parse: (file, tally) => parseShinagawaEvacuation('shinagawa-assembly-points', file, tally),
  },
  {
    info: {
      id: 'municipalities',
      title: { ja: '全国自治体一覧（東京都の区市町村）', en: 'Municipalities of Tokyo' },
      publisher: { ja: 'Code for FUKUI（国土地理院・J-LIS より）', en: 'Code for FUKUI (from GSI and J-LIS)' },
      license: 'CC0 1.0',
      licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/deed.ja',
      sourceUrl: 'https://github.com/code4fukui/localgovjp',
      attribution: '「localgovjp」（Code for FUKUI, CC0）; 英語名・ハザードマップ: 東京備蓄ナビ（東京都, MIT）',
    },
    sources: ['municipalities/localgovjp-utf8.csv'],
    encoding: 'auto',
    parse: (file, tally) => parseLocalGovJp('municipalities', file, tally),
  },
];
