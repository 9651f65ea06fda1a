import { COLUMNS, type Row } from '../columns.ts';
import { parseCsv } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import type { StandardDetailKey } from '../details.ts';
import { PlaceIds } from '../place-id.ts';
import type { RowTally } from '../tally.ts';
import type { Category, Place } from '../../core/place.ts';
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
}

/**
 * The parser of every file in a standard dataset shape: the old 推奨データセット columns and the current
 * 自治体標準オープンデータセット columns (AED, public toilets, Wi-Fi, public facilities, tourism, cultural
 * properties…), and derived files that kept the standard's column names. Columns are mapped by name.
 */
export function createStandardParser(options: StandardDatasetOptions): (file: SourceFile, tally: RowTally) => Place[] {
  return (file, tally) => {
    const ids = new PlaceIds(options.datasetId);
    const places: Place[] = [];
    for (const row of parseCsv(file.text, COLUMNS.name)) {
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
      places.push(result.place);
      tally.keep(result.fixes, result.place.id);
    }
    return places;
  };
}
