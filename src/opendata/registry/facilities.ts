import { pick, type Row } from '../columns.ts';
import { CC_BY_4, type DatasetSpec } from '../dataset-spec.ts';
import { parseDisasterHospitals } from '../parsers/disaster-hospitals.ts';
import { createStandardParser } from '../parsers/standard-dataset.ts';
import type { Category } from '../../core/place.ts';
import { CATALOG, PROCESSED } from './catalog.ts';
import { kotoDataset } from './koto.ts';

const KOTO_FACILITIES = 't131083d0000000007';

/** One file of 江東区 公共施設一覧 (the dataset holds one file per kind of facility, PROVENANCE §8). */
function kotoFacility(id: string, kind: { ja: string; en: string }, category: Category, file: string, pattern: RegExp): DatasetSpec {
  const title = { ja: `公共施設一覧（${kind.ja}）`, en: `Koto City public facilities: ${kind.en}` };
  return kotoDataset({ id, title, category, file, packageId: KOTO_FACILITIES, pattern });
}

/**
 * 東京都 公共施設一覧 mixes libraries, museums, parks and halls: the 推奨データセット POI code (a category code
 * list, e.g. 1512a 図書館, 0802a 美術館, 1003a 公園) tells them apart.
 */
export function categoryOfPoiCode(row: Row): Category {
  const code = pick(row, 'poiCode') ?? '';
  if (/^08/.test(code)) return 'museum';
  if (/^100[2-4]/.test(code)) return 'park';
  if (/^1512/.test(code)) return 'library';
  if (/^1403/.test(code)) return 'childrens_center';
  if (/^1402/.test(code)) return 'nursery';
  return 'facility';
}

/** The kinds of park the POI code tells apart (1004a 庭園: 六義園 and 向島百花園 do not say so in their names). */
const PARK_KINDS: Readonly<Record<string, string>> = { '1002a': '自然公園', '1003a': '都市公園', '1004a': '庭園' };

export function parkKindOfPoiCode(row: Row): Record<string, string> {
  const kind = PARK_KINDS[pick(row, 'poiCode') ?? ''];
  return kind ? { parkKind: kind } : {};
}

/** Parks, libraries, children's centres, nurseries, TMG facilities and museums, disaster-base hospitals (§8–11). */
export const FACILITY_DATASETS: DatasetSpec[] = [
  kotoFacility('koto-parks', { ja: '区立公園', en: 'parks' }, 'park', 'facilities/koto_131083/koto-park.csv', /17_parks\.csv$/),
  kotoFacility('koto-libraries', { ja: '図書館', en: 'libraries' }, 'library', 'facilities/koto_131083/koto-library.csv', /25_libraries\.csv$/),
  kotoFacility(
    'koto-childrens-centres',
    { ja: '児童館', en: "children's centres" },
    'childrens_center',
    'facilities/koto_131083/koto-child-center.csv',
    /9_childrensclubhouses\.csv$/,
  ),
  kotoFacility(
    'koto-nurseries',
    { ja: '区立保育園', en: 'municipal nurseries' },
    'nursery',
    'childcare/koto_131083_municipal_nursery.csv',
    /10_municipal_childrens_daycare_centers\.csv$/,
  ),
  {
    info: {
      id: 'tmg-public-facilities',
      title: { ja: '公共施設一覧（都立図書館・都立文化施設・都立公園）', en: 'Tokyo metropolitan libraries, cultural facilities and parks' },
      publisher: { ja: '東京都', en: 'Tokyo Metropolitan Government' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t000003d0000000033`,
      attribution: `「公共施設一覧」（東京都）${PROCESSED}`,
    },
    sources: ['facilities/tmg_130001/tmg_public_facility_subset_derived.csv'],
    encoding: 'auto',
    parse: createStandardParser({
      datasetId: 'tmg-public-facilities',
      category: categoryOfPoiCode,
      extraDetails: parkKindOfPoiCode,
    }),
    catalog: [
      {
        source: 'facilities/tmg_130001/tmg_public_facility_subset_derived.csv',
        packageId: 't000003d0000000033',
        format: 'CSV',
        pattern: /130001_public_facility\.csv$/,
      },
    ],
  },
  {
    info: {
      id: 'tmg-disaster-hospitals',
      title: { ja: '東京都災害拠点病院一覧', en: 'Tokyo disaster base hospitals' },
      publisher: { ja: '東京都福祉保健局', en: 'Tokyo Metropolitan Government, Bureau of Social Welfare and Public Health' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t000010d0000000021`,
      attribution: `「東京都の災害拠点病院等」（東京都福祉保健局）${PROCESSED}`,
    },
    sources: ['medical/kyotenbyoinlist20220101.csv'],
    encoding: 'auto',
    parse: (file, tally) => parseDisasterHospitals('tmg-disaster-hospitals', file, tally),
    catalog: [{ source: 'medical/kyotenbyoinlist20220101.csv', packageId: 't000010d0000000021', format: 'CSV', pattern: /kyoten.*\.csv$/ }],
  },
];
