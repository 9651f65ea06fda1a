import { parse } from 'csv-parse/sync';

/** Parses RFC-4180 CSV text into objects keyed by the header row (trimmed column names). */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, {
    columns: (header: string[]) => header.map((name) => name.trim()),
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    bom: true,
  }) as Record<string, string>[];
}
