/** What a place is, across datasets. One category per record; the retrieval step maps topics to categories. */
export const CATEGORIES = [
  'shelter', // 避難所: where people stay after a disaster
  'evacuation_site', // 避難場所 / 指定緊急避難場所 / 広域避難場所: where people flee to at once
  'assembly_point', // 一時集合場所
  'aed',
  'toilet',
  'wifi',
  'park',
  'library',
  'childrens_center',
  'nursery',
  'facility',
  'museum',
  'hospital',
  'tourism',
  'historic_site',
  'municipal_office',
  'event',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface PlaceName {
  ja: string;
  en?: string;
  /** Reading in katakana or hiragana, when the data gives it or it was derived. */
  kana?: string;
  /** The name as people read it in each language, computed when the snapshot is built (src/opendata/display-names/). */
  display?: DisplayNames;
}

/**
 * A place's name for readers of each language: the data's own English name where it has one, else the generic
 * words translated from the glossary (src/i18n/place-terms.ts) and the proper noun written for the reader
 * (Ikebukuro Station, 이케부쿠로역, 池袋站). Absent in snapshots built before it existed.
 */
export interface DisplayNames {
  en?: string;
  ko?: string;
  'zh-Hans'?: string;
  'zh-Hant'?: string;
  /** The Japanese name in parts, each with its reading in hiragana when it is known for sure (やさしい日本語). */
  ruby?: RubyPart[];
}

/** A part of a Japanese name and its reading in hiragana; no reading when the part needs none or it is not known for sure. */
export type RubyPart = [text: string, reading?: string];

/** One normalised record of the open data: a place (or an event at a place). */
export interface Place {
  /** Stable across snapshot builds: `<datasetId>:<key from the data>`. */
  id: string;
  category: Category;
  name: PlaceName;
  address?: string;
  lat?: number;
  lon?: number;
  phone?: string;
  url?: string;
  /** Municipality (区市町村) in Japanese, e.g. 品川区. */
  ward?: string;
  /** 6-digit 全国地方公共団体コード of the municipality. */
  wardCode?: string;
  datasetId: string;
  /** Extra facts worth saying (hours, floor, hazards), keyed by a short English key. */
  details?: Record<string, string>;
}

/** A dataset as its publisher names it, with what CC BY 4.0 asks us to show. */
export interface DatasetInfo {
  id: string;
  title: { ja: string; en: string };
  publisher: { ja: string; en: string };
  license: string;
  licenseUrl: string;
  /** The catalogue page or the publisher's page for the dataset. */
  sourceUrl: string;
  /** The attribution text to display wherever the data is shown. */
  attribution: string;
}

/** What the ingest did with one dataset's rows. */
export interface DatasetReport {
  datasetId: string;
  rows: number;
  loaded: number;
  fixed: number;
  rejected: number;
  /** Reason → count, for both fixes and rejections. */
  reasons: Record<string, number>;
}

/** A named place people use as an anchor in questions: a municipality, a station, a landmark. */
export interface GazetteerEntry {
  /** `town`: a district of a municipality no station is named after (塩浜, 枝川), from the records' addresses. */
  kind: 'municipality' | 'station' | 'landmark' | 'town';
  /** Japanese name without suffixes such as 駅. */
  ja: string;
  en?: string;
  /** Reading in katakana. */
  kana?: string;
  lat: number;
  lon: number;
  /** The municipality it lies in (the municipality itself for kind `municipality`). */
  ward?: string;
}

/** The snapshot the server loads at start. */
export interface Corpus {
  version: 2;
  builtAt: string;
  datasets: DatasetInfo[];
  places: Place[];
  gazetteer: GazetteerEntry[];
  reports: DatasetReport[];
  /**
   * The forms each place can be named by in a question, aligned with `places` (src/retrieval/derive-names.ts),
   * computed at build time so that the server's start does not romanise 13,000 names.
   */
  derivedNames?: DerivedNames[];
  /**
   * Which categories each municipality's data covers, as the build or the refresh found it; absent in older
   * snapshots, when it is derived from the places (retrieval/coverage.ts).
   */
  coverage?: CoverageCell[];
}

/** Name forms of one place for matching questions: Latin name, Japanese forms, kana reading, romaji keys. */
export interface DerivedNames {
  latin?: string;
  japanese: string[];
  kana: string[];
  latinKeys: string[];
}

/**
 * What the data holds for one kind of place in one municipality: a cell of the "what I know" table. Answers use
 * it to tell "none within 5 km" (covered) from "no data for this municipality" (not covered).
 */
export interface CoverageCell {
  category: Category;
  /** The municipality in Japanese (品川区). */
  ward: string;
  /** Its 6-digit 全国地方公共団体コード, when known. */
  wardCode?: string;
  /** Records loaded for it. */
  rows: number;
  /** Datasets the records come from. */
  datasetIds: string[];
  /** When the source was last updated (ISO date), when known. */
  updatedAt?: string;
  /**
   * `covered` (rows loaded), `rejected` (the municipality's file was found but failed the checks or could not be
   * fetched), `not_published` (the refresh found none in the catalogue or the portals). Absent when derived.
   */
  status?: 'covered' | 'rejected' | 'not_published';
  /** The page of the dataset the rows come from, or of the file that was not taken. */
  source?: string;
  /** Why a file was not taken, also when a covered cell keeps its last good rows. */
  note?: string;
  /** When the refresh last looked for this municipality's file (ISO). */
  checkedAt?: string;
}
