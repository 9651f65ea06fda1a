import type { DatasetInfo, Place } from '../core/place.ts';
import type { RowTally } from './tally.ts';

/** One source file, decoded. */
export interface SourceFile {
  /** Path relative to data/opendata. */
  path: string;
  text: string;
}

/** What a parser may need beyond the file: the build's clock (events are past or upcoming on the build date). */
export interface ParseContext {
  now: Date;
}

/** Where the catalogue publishes the current version of one source file (CKAN_NOTES.md §3). */
export interface CatalogSource {
  /** The source file under data/opendata this resource replaces. */
  source: string;
  /** CKAN dataset name (`t000003d0000000093`) or id. */
  packageId: string;
  /** The resource: its format (compared case-insensitively) and a pattern its URL or name must match. */
  format: string;
  pattern: RegExp;
}

/** How to read one dataset: where its files are and which parser turns them into places. */
export interface DatasetSpec {
  info: DatasetInfo;
  /** Files or folders (every `.json`/`.csv` inside) under data/opendata. */
  sources: string[];
  encoding: 'auto' | 'utf8' | 'cp932';
  /** Turns one file into places; counts every row in the tally. */
  parse(file: SourceFile, tally: RowTally, context: ParseContext): Place[];
  /** The catalogue resources that can refresh this dataset's files (empty: offline only). */
  catalog?: CatalogSource[];
}

export const CC_BY_4 = {
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
} as const;
