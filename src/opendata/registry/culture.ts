import { pick } from '../columns.ts';
import { CC_BY_4, type DatasetSpec } from '../dataset-spec.ts';
import { parseCulturalEvents } from '../parsers/cultural-events.ts';
import { createStandardParser } from '../parsers/standard-dataset.ts';
import { CATALOG, PROCESSED } from './catalog.ts';

/** Tourism, historic sites and past events (PROVENANCE §12–13). */
export const CULTURE_DATASETS: DatasetSpec[] = [
  {
    info: {
      id: 'katsushika-tourism',
      title: { ja: '観光施設一覧', en: 'Katsushika City tourist facilities' },
      publisher: { ja: '葛飾区', en: 'Katsushika City' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t131229d0000000004`,
      attribution: `「観光施設一覧」（葛飾区）${PROCESSED}`,
    },
    sources: ['tourism/katsushika_tourism.csv'],
    encoding: 'auto',
    parse: createStandardParser({
      datasetId: 'katsushika-tourism',
      category: 'tourism',
      ward: '葛飾区',
    }),
    catalog: [{ source: 'tourism/katsushika_tourism.csv', packageId: 't131229d0000000004', format: 'CSV', pattern: /131229_tourism\.csv$/ }],
  },
  {
    info: {
      id: 'hachijo-sightseeing',
      title: { ja: '八丈島の主な観光スポット一覧', en: 'Main sightseeing spots of Hachijo Island' },
      publisher: { ja: '八丈町', en: 'Hachijo Town' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t134015d0000000002`,
      attribution: `「八丈島の主な観光スポット一覧」（八丈町）${PROCESSED}`,
    },
    sources: ['tourism/hachijo_sightseeing.csv'],
    encoding: 'auto',
    // A free layout (観光スポット名称, 所在地, 緯度, 経度, 座標系, 説明, 八丈町ホームページ記載) whose columns the
    // standard parser maps by name (columns.ts lists the aliases).
    parse: createStandardParser({ datasetId: 'hachijo-sightseeing', category: 'tourism', ward: '八丈町' }),
    catalog: [{ source: 'tourism/hachijo_sightseeing.csv', packageId: 't134015d0000000002', format: 'CSV', pattern: /sightseeing\.csv$/ }],
  },
  {
    info: {
      id: 'tmg-historic-sites',
      title: { ja: '東京都指定史跡データ一覧', en: 'Historic sites designated by Tokyo' },
      publisher: { ja: '東京都教育庁', en: 'Tokyo Metropolitan Board of Education' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t000021d0000000025`,
      attribution: `「東京都指定史跡データ一覧」（東京都教育庁）${PROCESSED}`,
    },
    sources: ['tourism/tmg_designated_historic_sites_derived.csv'],
    encoding: 'auto',
    parse: createStandardParser({
      datasetId: 'tmg-historic-sites',
      // The publisher's full file lists every class of cultural property; the service answers about sites.
      category: (row) => (/史跡|旧跡/.test(pick(row, 'propertyClass') ?? '史跡') ? 'historic_site' : undefined),
    }),
    catalog: [
      {
        source: 'tourism/tmg_designated_historic_sites_derived.csv',
        packageId: 't000021d0000000025',
        format: 'CSV',
        pattern: /culturalproperty\.csv$/,
      },
    ],
  },
  {
    info: {
      id: 'tmg-cultural-events',
      title: { ja: '都立文化施設事業一覧（令和4・5年度）', en: 'Events at Tokyo metropolitan cultural facilities (FY2022–2023)' },
      publisher: { ja: '東京都生活文化局', en: 'Tokyo Metropolitan Government, Bureau of Citizens and Culture' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}t313360d0000000001`,
      attribution: `「都立文化施設事業一覧」（東京都生活文化局）${PROCESSED}`,
    },
    sources: ['events/tmg_cultural_facilities_events_R4_R5_derived.csv'],
    encoding: 'auto',
    // Two fiscal years merged by a third party: there is no one catalogue file to refresh it from.
    parse: (file, tally, context) => parseCulturalEvents({ datasetId: 'tmg-cultural-events', coversUntil: '2024-03-31' }, file, tally, context),
  },
];
