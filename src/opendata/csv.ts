import { parse } from 'csv-parse/sync';

/** How far down a file the header row is looked for (publishers put titles and blank rows above it). */
const HEADER_SEARCH_ROWS = 20;

/** A file that is not the table it should be (no header row with a known column). */
export class CsvLayoutError extends Error {
  override readonly name = 'CsvLayoutError';
}

/** How the header row is found: one of these column names, or a test of each cell (with a name for errors). */
export type HeaderHint = readonly string[] | { test: (cell: string) => boolean; describe: string };

/**
 * Parses RFC-4180 CSV text into objects keyed by the header row (trimmed column names). With `headerHint`, the
 * header is the first row (among the first 20) holding one of those column names, so title and blank rows
 * above it are skipped; a file without such a row is a CsvLayoutError. `renameHeader` may give columns other
 * names (the standard parser's variants, standard-header.ts).
 */
export function parseCsv(text: string, headerHint?: HeaderHint, renameHeader?: (names: string[]) => string[]): Record<string, string>[] {
  const records = parseCsvRecords(text);
  let headerIndex = 0;
  if (headerHint) {
    const test = 'test' in headerHint ? headerHint.test : (cell: string) => headerHint.includes(cell);
    headerIndex = records.slice(0, HEADER_SEARCH_ROWS).findIndex((record) => record.some((cell) => test(cell.trim())));
    if (headerIndex < 0) throw new CsvLayoutError(`no header row with any of ${'test' in headerHint ? headerHint.describe : headerHint.join(', ')}`);
  }
  const trimmed = (records[headerIndex] ?? []).map((name) => name.trim());
  const header = renameHeader ? renameHeader(trimmed) : trimmed;
  return records.slice(headerIndex + 1).map((record) => {
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== '' && !(name in row)) row[name] = record[i] ?? '';
    });
    return row;
  });
}

/** The CSV as rows of cells, for tables laid out for print (titles, merged cells, totals). */
export function parseCsvRecords(text: string): string[][] {
  return parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true }) as string[][];
}
