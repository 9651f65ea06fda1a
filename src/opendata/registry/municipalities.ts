import type { DatasetSpec } from '../dataset-spec.ts';
import { parseLocalGovJp } from '../parsers/municipalities.ts';

/** The 62 municipal offices (PROVENANCE §14); English names and hazard maps are added by build-corpus. */
export const MUNICIPALITY_DATASETS: DatasetSpec[] = [
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
