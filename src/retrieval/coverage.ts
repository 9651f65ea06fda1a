import type { Category, Corpus, CoverageCell } from '../core/place.ts';

/** Which municipalities the data covers for each category: an empty answer is "none near" only where it does. */
export class Coverage {
  private readonly cells = new Map<string, CoverageCell>();
  private readonly byCategory = new Map<Category, CoverageCell[]>();

  constructor(corpus: Corpus) {
    for (const cell of corpus.coverage ?? deriveCoverage(corpus)) {
      this.cells.set(key(cell.category, cell.ward), cell);
      const list = this.byCategory.get(cell.category) ?? [];
      list.push(cell);
      this.byCategory.set(cell.category, list);
    }
  }

  /** The cell of a category in a municipality; undefined when the data has nothing for it there. */
  of(category: Category, ward: string): CoverageCell | undefined {
    const cell = this.cells.get(key(category, ward));
    return cell && cell.rows > 0 ? cell : undefined;
  }

  /** Whether any of the categories has data for the municipality. */
  covers(categories: readonly Category[], ward: string): boolean {
    return categories.some((category) => this.of(category, ward) !== undefined);
  }

  /** The municipalities with data for the category, most rows first (what the answer names as covered). */
  wardsOf(category: Category): CoverageCell[] {
    return [...(this.byCategory.get(category) ?? [])].filter((cell) => cell.rows > 0).sort((a, b) => b.rows - a.rows);
  }

  /** Every cell, for the "what I know" table. */
  all(): CoverageCell[] {
    return [...this.cells.values()];
  }
}

/** Coverage as the places say it: a category covers a municipality where it has a record there. */
export function deriveCoverage(corpus: Corpus): CoverageCell[] {
  const cells = new Map<string, CoverageCell>();
  for (const place of corpus.places) {
    if (!place.ward) continue;
    const id = key(place.category, place.ward);
    const cell = cells.get(id) ?? { category: place.category, ward: place.ward, wardCode: place.wardCode, rows: 0, datasetIds: [] };
    cell.rows += 1;
    if (!cell.datasetIds.includes(place.datasetId)) cell.datasetIds.push(place.datasetId);
    cells.set(id, cell);
  }
  return [...cells.values()];
}

function key(category: Category, ward: string): string {
  return `${category}\u0000${ward}`;
}
