import { CC_BY_4, type DatasetSpec } from '../dataset-spec.ts';
import { createStandardParser } from '../parsers/standard-dataset.ts';
import { parseStationToilets } from '../parsers/station-toilets.ts';
import { CATALOG, PROCESSED } from './catalog.ts';
import { kotoDataset } from './koto.ts';

/** AED, public toilets and free Wi-Fi (PROVENANCE §4–7). */
export const AMENITY_DATASETS: DatasetSpec[] = [
  kotoDataset({
    id: 'koto-aed',
    title: { ja: 'AED設置箇所一覧', en: 'Koto City AED locations' },
    category: 'aed',
    file: 'aed/koto_131083_aed.csv',
    packageId: 't131083d0000000027',
    pattern: /aed\.csv$/,
  }),
  kotoDataset({
    id: 'koto-public-toilets',
    title: { ja: '公衆トイレ一覧', en: 'Koto City public toilets' },
    category: 'toilet',
    file: 'toilets/koto_131083_public_toilet.csv',
    packageId: 't131083d0000000005',
    pattern: /public_toilet.*\.csv$/,
  }),
  {
    info: {
      id: 'tmg-station-accessible-toilets',
      title: { ja: '車椅子使用者対応トイレのバリアフリー情報（鉄道駅）', en: 'Wheelchair-accessible toilets in railway stations' },
      publisher: { ja: '東京都福祉局', en: 'Tokyo Metropolitan Government, Bureau of Social Welfare' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t000054d0000000342`,
      attribution: `「車椅子使用者対応トイレのバリアフリー情報」（東京都福祉局）${PROCESSED}`,
    },
    sources: ['toilets/tmg_4_tonaitetsudoueki_barrier-free-wc.csv'],
    encoding: 'auto',
    parse: (file, tally) => parseStationToilets('tmg-station-accessible-toilets', file, tally),
    catalog: [
      { source: 'toilets/tmg_4_tonaitetsudoueki_barrier-free-wc.csv', packageId: 't000054d0000000342', format: 'CSV', pattern: /tetsudoueki.*\.csv$/ },
    ],
  },
  {
    info: {
      id: 'tmg-free-wifi',
      title: { ja: '公衆無線LANアクセスポイント一覧（FREE Wi-Fi & TOKYO）', en: 'FREE Wi-Fi & TOKYO access points' },
      publisher: { ja: '東京都', en: 'Tokyo Metropolitan Government' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t000012d0000000016`,
      attribution: `「公衆無線LANアクセスポイント一覧」（東京都）${PROCESSED}`,
    },
    sources: ['wifi/130001_public_wireless_lan_20240901.csv'],
    encoding: 'auto',
    parse: createStandardParser({
      datasetId: 'tmg-free-wifi',
      category: 'wifi',
    }),
    catalog: [
      { source: 'wifi/130001_public_wireless_lan_20240901.csv', packageId: 't000012d0000000016', format: 'CSV', pattern: /public_wireless_lan.*\.csv$/ },
    ],
  },
];
