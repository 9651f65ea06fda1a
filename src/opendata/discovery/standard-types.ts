import type { Row } from '../columns.ts';
import type { ParseContext } from '../dataset-spec.ts';
import { addDetails } from '../parsers/standard-row.ts';
import { categoryOfPoiCode } from '../registry/facilities.ts';
import type { Category, Place } from '../../core/place.ts';

/**
 * One kind of 自治体標準オープンデータセット the service answers from, as the discovery looks for it in every
 * municipality: the standard's title and the variants municipalities use (from the catalogue's 2021–22 crawl,
 * PROVENANCE §15), its file-name suffix (`[団体コード]_<suffix>.csv`, CKAN_NOTES §8), and how its rows become
 * places. 医療機関一覧 and 介護サービス事業所一覧 are standard too, but no answer speaks of clinics or care
 * services yet (no category), so they are not looked for.
 */
export interface StandardType {
  id: string;
  /** The standard's title first, then the variants seen in the catalogue: the package_search phrases. */
  titles: readonly string[];
  /** What any title of this kind contains (for an organisation's datasets, whose titles vary most)... */
  titlePattern: RegExp;
  /** ...unless one of these matches: a report, a plan or a statistic about the subject, or another list. */
  notTitlePatterns: readonly RegExp[];
  /** `[団体コード]_<suffix>.csv`. */
  suffix: string;
  en: string;
  /** The category of every row, or how to tell it from the row; undefined rejects the row. */
  category: Category | ((row: Row) => Category | undefined);
  /** The category whose coverage says "not published" or "rejected" for a municipality without the file. */
  coverageCategory: Category;
  /** What depends on more than the row. */
  amend?: (place: Place, context: ParseContext) => void;
}

/** What never is the list of places itself, whatever the subject. */
const NOT_A_LIST = /調査|報告|計画|白書|資料|統計|実績|状況|推移|指針|ガイドライン|レポート|進捗|方針|利用規約|予約|説明会|基準/;

/** 種別 of 子育て施設一覧: nurseries and children's centres are answered; kindergartens and the rest are not yet. */
function preschoolCategory(row: Row): Category | undefined {
  const kind = row['種別'] ?? row['施設種別'] ?? '';
  if (/児童館|児童センター/.test(kind)) return 'childrens_center';
  if (/保育|こども園/.test(kind) || kind.trim() === '') return 'nursery';
  return undefined;
}

/** An event is past, ongoing or upcoming on the build date (as parsers/cultural-events.ts says it). */
function eventStatus(place: Place, context: ParseContext): void {
  const today = context.now.toISOString().slice(0, 10);
  const start = place.details?.startDate;
  const end = place.details?.endDate ?? start;
  if (!end) return;
  addDetails(place, { status: end < today ? 'past' : start && start > today ? 'upcoming' : 'ongoing' });
}

export const STANDARD_TYPES: readonly StandardType[] = [
  {
    id: 'aed',
    titles: ['AED設置箇所一覧', 'AED設置場所一覧', 'AED設置場所', 'AED設置施設', 'AED設置個所一覧'],
    titlePattern: /AED/i,
    notTitlePatterns: [NOT_A_LIST],
    suffix: 'aed',
    en: 'AED locations',
    category: 'aed',
    coverageCategory: 'aed',
  },
  {
    id: 'public_toilet',
    titles: ['公衆トイレ一覧', '公衆トイレ', 'トイレ情報', '公共トイレマップ'],
    titlePattern: /トイレ/,
    notTitlePatterns: [NOT_A_LIST, /エレベーター|バリアフリー情報/],
    suffix: 'public_toilet',
    en: 'public toilets',
    category: 'toilet',
    coverageCategory: 'toilet',
  },
  {
    id: 'public_wireless_lan',
    titles: ['公衆無線LANアクセスポイント一覧', '公衆無線LAN設置場所', '無線LANアクセスポイント一覧', '公衆無線LAN', 'FREE Wi-Fi'],
    titlePattern: /無線LAN|Wi-?Fi/i,
    notTitlePatterns: [NOT_A_LIST],
    suffix: 'public_wireless_lan',
    en: 'public Wi-Fi access points',
    category: 'wifi',
    coverageCategory: 'wifi',
  },
  {
    id: 'evacuation_space',
    titles: ['指定緊急避難場所一覧', '緊急避難場所一覧', '避難場所一覧', '広域避難場所'],
    titlePattern: /緊急避難場所|避難場所/,
    notTitlePatterns: [NOT_A_LIST, /避難所|道路|帰宅困難|防災マップ|一時集合/],
    suffix: 'evacuation_space',
    en: 'designated emergency evacuation sites',
    category: 'evacuation_site',
    coverageCategory: 'evacuation_site',
  },
  {
    id: 'evacuation_shelter',
    titles: ['指定避難所一覧', '避難所一覧', '震災時の避難所一覧'],
    titlePattern: /避難所/,
    notTitlePatterns: [NOT_A_LIST, /避難場所|福祉避難所|二次避難所|管理運営|開設|帰宅困難|防災マップ/],
    suffix: 'evacuation_shelter',
    en: 'designated evacuation shelters',
    category: 'shelter',
    coverageCategory: 'shelter',
  },
  {
    id: 'public_facility',
    titles: ['公共施設一覧', '公共施設'],
    titlePattern: /公共施設/,
    notTitlePatterns: [NOT_A_LIST, /バリアフリー|マネジメント|白書|トイレ/],
    suffix: 'public_facility',
    en: 'public facilities',
    category: categoryOfPoiCode,
    coverageCategory: 'facility',
  },
  {
    id: 'cultural_property',
    titles: ['文化財一覧', '指定・登録文化財', '文化財'],
    titlePattern: /文化財/,
    notTitlePatterns: [NOT_A_LIST, /埋蔵文化財包蔵地|庭園の保存活用/],
    suffix: 'cultural_property',
    en: 'cultural properties',
    category: 'historic_site',
    coverageCategory: 'historic_site',
  },
  {
    id: 'tourism',
    titles: ['観光施設一覧', '観光スポット一覧', '観光施設', '観光情報'],
    titlePattern: /観光施設|観光スポット|観光情報/,
    notTitlePatterns: [NOT_A_LIST, /観光客数|マーケティング|観光バス/],
    suffix: 'tourism',
    en: 'tourist facilities',
    category: 'tourism',
    coverageCategory: 'tourism',
  },
  {
    id: 'event',
    titles: ['イベント一覧', 'イベント情報一覧', 'イベント情報'],
    titlePattern: /イベント/,
    notTitlePatterns: [NOT_A_LIST, /ライフイベント/],
    suffix: 'event',
    en: 'events',
    category: 'event',
    coverageCategory: 'event',
    amend: eventStatus,
  },
  {
    id: 'preschool',
    titles: ['子育て施設一覧', '保育施設一覧', '保育園一覧'],
    titlePattern: /子育て施設|保育施設|保育園/,
    notTitlePatterns: [NOT_A_LIST, /入園|指数|保育料|児童数|空き/],
    suffix: 'preschool',
    en: 'childcare facilities',
    category: preschoolCategory,
    coverageCategory: 'nursery',
  },
];

/** Whether a dataset title is one of this kind's (the standard's, a variant, or any naming its subject). */
export function titleMatches(type: StandardType, title: string): boolean {
  const text = title.normalize('NFKC');
  return type.titlePattern.test(text) && !type.notTitlePatterns.some((pattern) => pattern.test(text));
}
