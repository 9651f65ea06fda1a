import { CC_BY_4, type DatasetSpec } from '../dataset-spec.ts';
import { parseGsiEvacuation } from '../parsers/gsi-evacuation.ts';
import { parseShinagawaEvacuation } from '../parsers/shinagawa-evacuation.ts';
import { parseTmgBousaiMap } from '../parsers/tmg-bousai-map.ts';
import type { Category } from '../../core/place.ts';
import { CATALOG, GSI_TERMS, PROCESSED } from './catalog.ts';

/** One of 国土地理院's two compilations, one GeoJSON file per municipality (PROVENANCE §1). */
function gsiDataset(id: string, title: { ja: string; en: string }, category: Category, folder: string): DatasetSpec {
  return {
    info: {
      id,
      title,
      publisher: { ja: '国土地理院（各市区町村提供）', en: 'Geospatial Information Authority of Japan (from each municipality)' },
      license: '国土地理院コンテンツ利用規約 (CC BY 4.0 compatible)',
      licenseUrl: GSI_TERMS,
      sourceUrl: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
      attribution: `国土地理院「指定緊急避難場所・指定避難所データ」${PROCESSED}`,
    },
    sources: [folder],
    encoding: 'utf8',
    parse: (file, tally) => parseGsiEvacuation(id, category, file, tally),
  };
}

/** Evacuation shelters, sites and assembly points (PROVENANCE §1–3). */
export const EVACUATION_DATASETS: DatasetSpec[] = [
  {
    info: {
      id: 'tmg-bousai-evacuation',
      title: { ja: '東京都防災マップ 避難所・避難場所一覧データ', en: 'Tokyo Bousai Map: evacuation shelters and sites' },
      publisher: { ja: '東京都総務局総合防災部', en: 'Tokyo Metropolitan Government, Disaster Prevention Division' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t000003d0000000093`,
      // The publisher asks for exactly this wording (catalogue notes); coordinates were corrected, hence 加工.
      attribution: `「避難所、避難場所データ オープンデータ」（東京都提供）${PROCESSED}`,
    },
    sources: [
      'evacuation/tmg_bousai_map_2021/130001_evacuation_center.csv',
      'evacuation/tmg_bousai_map_2021/130001_evacuation_area.csv',
    ],
    encoding: 'auto',
    parse: (file, tally) => parseTmgBousaiMap('tmg-bousai-evacuation', file, tally),
    catalog: [
      { source: 'evacuation/tmg_bousai_map_2021/130001_evacuation_center.csv', packageId: 't000003d0000000093', format: 'CSV', pattern: /evacuation_center\.csv$/ },
      { source: 'evacuation/tmg_bousai_map_2021/130001_evacuation_area.csv', packageId: 't000003d0000000093', format: 'CSV', pattern: /evacuation_area\.csv$/ },
    ],
  },
  gsiDataset('gsi-designated-shelters', { ja: '指定避難所データ', en: 'Designated evacuation shelters' }, 'shelter', 'evacuation/gsi_designated_shelters'),
  gsiDataset(
    'gsi-emergency-evacuation-sites',
    { ja: '指定緊急避難場所データ', en: 'Designated emergency evacuation sites' },
    'evacuation_site',
    'evacuation/gsi_designated_emergency_evacuation_sites',
  ),
  {
    info: {
      id: 'shinagawa-shelters',
      title: { ja: '災害時等の避難所・広域避難場所', en: 'Shinagawa City evacuation shelters and wide-area evacuation sites' },
      publisher: { ja: '品川区', en: 'Shinagawa City' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t131091d0000000138`,
      attribution: `「災害時等の避難所・広域避難場所」（品川区）${PROCESSED}`,
    },
    sources: ['evacuation/shinagawa_131091/hinanjo.csv'],
    encoding: 'auto',
    parse: (file, tally) => parseShinagawaEvacuation('shinagawa-shelters', file, tally),
    catalog: [{ source: 'evacuation/shinagawa_131091/hinanjo.csv', packageId: 't131091d0000000138', format: 'CSV', pattern: /hinanjo\.csv$/ }],
  },
  {
    info: {
      id: 'shinagawa-assembly-points',
      title: { ja: '一時集合場所', en: 'Shinagawa City temporary assembly points' },
      publisher: { ja: '品川区', en: 'Shinagawa City' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t131091d0000000002`,
      attribution: `「一時集合場所」（品川区）${PROCESSED}`,
    },
    sources: ['evacuation/shinagawa_131091/ittokishugobasho.csv'],
    encoding: 'auto',
    parse: (file, tally) => parseShinagawaEvacuation('shinagawa-assembly-points', file, tally),
    catalog: [
      { source: 'evacuation/shinagawa_131091/ittokishugobasho.csv', packageId: 't131091d0000000002', format: 'CSV', pattern: /ittokishugobasho\.csv$/ },
    ],
  },
];
