import type { FileDefect } from './standard-files.ts';

/** How the double serves one municipality's file of one type, beyond the defects of its content. */
export type Serving =
  | 'file'
  | 'not-found' // the resource URL answers 404
  | 'hang' // the file never comes (the refresh's deadline)
  | 'html' // a web page instead of the CSV
  | 'xlsx-only' // the dataset has an XLSX resource and no CSV
  | 'stale' // the dataset was last modified in 2012
  | 'nc-licence' // CC BY-NC: the service may not use it
  | 'two-versions' // an older and a newer dataset of the same kind
  | 'portal' // published on the municipality's own CKAN portal, not on the catalogue
  | 'org-only' // a title only the organisation search finds (not among the standard's titles)
  | 'registry'; // the dataset the registry reads already (江東区)

export interface TypeScenario {
  serving?: Serving;
  defects?: FileDefect[];
  /** The dataset's title (default: the standard's). */
  title?: string;
}

export interface MunicipalityScenario {
  code: string;
  ward: string;
  /** What is special about this municipality, for every type unless `types` says otherwise. */
  all?: TypeScenario;
  types?: Record<string, TypeScenario>;
  /** Publishes nothing at all. */
  nothing?: boolean;
  /** What the scenario is for (the test names). */
  story: string;
}

/**
 * The double's 31 municipalities: most publish the ten standard types cleanly; each of the others shows one
 * defect real files have (CKAN_NOTES §5, PROVENANCE "Defects", issue 15 §4).
 */
export const SCENARIOS: readonly MunicipalityScenario[] = [
  { code: '131016', ward: '千代田区', story: 'clean; AED in the current 自治体標準 layout', types: { aed: { defects: ['current-layout'] } } },
  { code: '131024', ward: '中央区', story: 'every file in CP932', all: { defects: ['cp932'] } },
  { code: '131032', ward: '港区', story: 'publishes on its own CKAN portal only', all: { serving: 'portal' } },
  { code: '131041', ward: '新宿区', story: 'UTF-8 with a BOM', all: { defects: ['bom'] } },
  { code: '131059', ward: '文京区', story: 'columns in another order', all: { defects: ['reordered'] } },
  { code: '131067', ward: '台東区', story: 'renamed columns and a variant title', all: { defects: ['renamed'] }, types: { aed: { defects: ['renamed'], title: 'AED設置施設' } } },
  { code: '131075', ward: '墨田区', story: 'a third of the rows without coordinates', all: { defects: ['empty-coordinates'] } },
  { code: '131083', ward: '江東区', story: 'AED and toilets read by the registry already', types: { aed: { serving: 'registry' }, public_toilet: { serving: 'registry' } } },
  { code: '131091', ward: '品川区', story: 'latitude and longitude swapped', all: { defects: ['swapped-coordinates'] } },
  { code: '131105', ward: '目黒区', story: 'duplicated rows', all: { defects: ['duplicates'] } },
  { code: '131113', ward: '大田区', story: 'publishes nothing', nothing: true },
  { code: '131121', ward: '世田谷区', story: 'the AED file answers 404', types: { aed: { serving: 'not-found' } } },
  { code: '131130', ward: '渋谷区', story: 'the AED file never comes (timeout)', types: { aed: { serving: 'hang' } } },
  { code: '131148', ward: '中野区', story: 'the AED file is an HTML page', types: { aed: { serving: 'html' } } },
  { code: '131156', ward: '杉並区', story: 'AED as XLSX only, toilets stale', types: { aed: { serving: 'xlsx-only' }, public_toilet: { serving: 'stale' } } },
  { code: '131164', ward: '豊島区', story: 'clean (no AED in the bundle before the refresh)' },
  { code: '131172', ward: '北区', story: 'the AED points lie in another municipality', types: { aed: { defects: ['outside'] } } },
  { code: '131181', ward: '荒川区', story: 'an older and a newer AED dataset', types: { aed: { serving: 'two-versions' } } },
  { code: '131199', ward: '板橋区', story: 'the AED file is a statistics table, not the standard columns', types: { aed: { defects: ['not-standard'] } } },
  { code: '131202', ward: '練馬区', story: 'variant titles', all: { title: 'variant' } },
  { code: '131211', ward: '足立区', story: 'an AED title only the organisation search finds', types: { aed: { serving: 'org-only', title: 'AEDマップ（区内設置場所）' } } },
  { code: '131229', ward: '葛飾区', story: 'half the AED rows have no name and no place', types: { aed: { defects: ['mostly-unusable'] } } },
  { code: '131237', ward: '江戸川区', story: 'clean' },
  { code: '132012', ward: '八王子市', story: 'clean' },
  { code: '132021', ward: '立川市', story: 'clean' },
  { code: '132039', ward: '武蔵野市', story: 'CP932', all: { defects: ['cp932'] } },
  { code: '132047', ward: '三鷹市', story: 'a prefixed title', types: { public_wireless_lan: { title: '【位置情報】公衆無線LANアクセスポイント一覧' } } },
  { code: '132063', ward: '府中市', story: 'clean' },
  { code: '132080', ward: '調布市', story: 'AED under a non-commercial licence', types: { aed: { serving: 'nc-licence' } } },
  { code: '132098', ward: '町田市', story: 'clean' },
  { code: '132101', ward: '小金井市', story: '5-digit municipality codes', all: { defects: ['five-digit-code'] } },
];

/** The variant titles municipalities use (the catalogue's 2021–22 crawl), per type. */
export const VARIANT_TITLES: Record<string, string> = {
  aed: 'AED設置場所',
  public_toilet: 'トイレ情報',
  public_wireless_lan: '公衆無線LAN設置場所',
  evacuation_space: '緊急避難場所一覧',
  evacuation_shelter: '避難所一覧',
  public_facility: '公共施設',
  cultural_property: '指定・登録文化財',
  tourism: '観光スポット一覧',
  event: 'イベント情報',
  preschool: '保育施設一覧',
};

/** The standard's titles, per type (as the catalogue's standard datasets are named). */
export const STANDARD_TITLES: Record<string, string> = {
  aed: 'AED設置箇所一覧',
  public_toilet: '公衆トイレ一覧',
  public_wireless_lan: '公衆無線LANアクセスポイント一覧',
  evacuation_space: '指定緊急避難場所一覧',
  evacuation_shelter: '指定避難所一覧',
  public_facility: '公共施設一覧',
  cultural_property: '文化財一覧',
  tourism: '観光施設一覧',
  event: 'イベント一覧',
  preschool: '子育て施設一覧',
};

/** The registry's own catalogue datasets for 江東区 (src/opendata/registry/amenities.ts). */
export const REGISTRY_PACKAGES: Record<string, string> = { aed: 't131083d0000000027', public_toilet: 't131083d0000000005' };
