import { CATEGORIES, type Category } from '../core/place.ts';

/**
 * GET /api/coverage as the page sees it (docs/api.md): declared here, like chat-api.ts, because the page is a
 * client of the wire format, not of server code.
 */
export interface CoverageCellView {
  category: Category;
  ward: string;
  wardCode?: string;
  rows: number;
  status: 'covered' | 'rejected' | 'not_published';
  datasetIds: string[];
  source?: string;
  updatedAt?: string;
  note?: string;
}

export interface CoverageTable {
  builtAt: string;
  municipalities: Array<{ ward: string; en?: string; wardCode?: string }>;
  cells: CoverageCellView[];
}

/** The table, or an Error when the API did not answer it. */
export async function fetchCoverage(signal?: AbortSignal): Promise<CoverageTable> {
  const response = await fetch('/api/coverage', { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`GET /api/coverage answered ${response.status}`);
  return (await response.json()) as CoverageTable;
}

/** The categories the table has cells for, in the service's order (what the kind selector offers). */
export function categoriesOf(table: CoverageTable): Category[] {
  const present = new Set(table.cells.map((cell) => cell.category));
  return CATEGORIES.filter((category) => present.has(category));
}
