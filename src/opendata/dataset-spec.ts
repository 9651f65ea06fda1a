import type { DatasetInfo, Place } from './types.ts';
import type { RowTally } from './tally.ts';

/** One source file, decoded. */
export interface SourceFile {
  /** Path relative to data/opendata. */
  path: string;
  text: string;
}

/** How to read one dataset: where its files are and which parser turns them into places. */
export interface DatasetSpec {
  info: DatasetInfo;
  /** Files or folders (every `.json`/`.csv` inside) under data/opendata. */
  sources: string[];
  encoding: 'auto' | 'utf8' | 'cp932';
  /** Turns one file into places; counts every row in the tally. */
  parse(file: SourceFile, tally: RowTally): Place[];
}

export const CC_BY_4 = {
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
} as const;
