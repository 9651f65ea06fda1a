import { COLUMNS, type Row } from '../columns.ts';
import { parseCsv } from '../csv.ts';
import type { ParseContext, SourceFile } from '../dataset-spec.ts';
import type { StandardDetailKey } from '../details.ts';
import { PlaceIds } from '../place-id.ts';
import type { RowTally } from '../tally.ts';
import type { Category, Place } from '../../core/place.ts';
import { canonicalHeader, isNameColumn } from './standard-header.ts';
import { readStandardRow } from './standard-row.ts';

export interface StandardDatasetOptions {
  datasetId: string;
  /** The category of every row, or how to tell it from the row (a facility list mixing parks and museums). */
  category: Category | ((row: Row) => Category | undefined);
  /** The municipality of a one-municipality file, for rows that do not name it. */
  ward?: string;
  /** The details worth keeping from this dataset. */
  /** The details to keep: every standard detail unless a dataset says otherwise. */
  details?: readonly StandardDetailKey[];
  /** Adds what depends on more than the row (an event's status on the build date). */
  amend?: (place: Place, context: ParseContext) => void;
  /** Details a dataset reads from its own columns (the kind of park a POI code says). */
  extraDetails?: (row: Row) => Record<string, string>;
}

/**
 * The rows of a file in a standard shape, keyed by the standard's column names whatever the publisher called
 * them (standard-header.ts): the header is the first row (of the first 20) with a column that names the place.
 */
export function readStandardTable(text: string): Row[] {
  return parseCsv(text, { test: isNameColumn, describe: COLUMNS.name.join(', ') }, canonicalHeader);
}

/**
 * The parser of every file in a standard dataset shape: the old 推奨データセット columns and the current
 * 自治体標準オープンデータセット columns (AED, public toilets, Wi-Fi, public facilities, tourism, cultural
 * properties…), derived files that kept the standard's column names, and the municipalities' files found by
 * the discovery in any column order, with renamed columns (readStandardTable). Columns are mapped by name.
 */
export function createStandardParser(options: StandardDatasetOptions): (file: SourceFile, tally: RowTally, context?: ParseContext) => Place[] {
  return (file, tally, context = { now: new Date() }) => parseStandardRows(readStandardTable(file.text), options, tally, context);
}

/** Rows already read (readStandardTable) → places, every row counted in the tally. */
export function parseStandardRows(rows: readonly Row[], options: StandardDatasetOptions, tally: RowTally, context: ParseContext): Place[] {
  const ids = new PlaceIds(options.datasetId);
  const places: Place[] = [];
  for (const row of rows) {
    tally.seen();
    const category = typeof options.category === 'function' ? options.category(row) : options.category;
    if (!category) {
      tally.reject('not a kind of place this dataset is read for');
      continue;
    }
    const result = readStandardRow(row, category, { ...options, ids });
    if ('rejection' in result) {
      tally.reject(result.rejection);
      continue;
    }
    const extra = options.extraDetails?.(row);
    if (extra && Object.keys(extra).length > 0) result.place.details = { ...result.place.details, ...extra };
    options.amend?.(result.place, context);
    places.push(result.place);
    tally.keep(result.fixes, result.place.id);
  }
  return places;
}
