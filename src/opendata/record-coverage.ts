import type { CoverageCell, DatasetInfo, Place } from '../core/place.ts';
import { standardType } from './discovery/discovered-dataset.ts';
import type { DiscoveredSource, DiscoveryRecord } from './discovery/discovery-record.ts';

interface Tally {
  cell: CoverageCell;
  rowsByDataset: Map<string, number>;
}

/**
 * The coverage table the snapshot records (Corpus.coverage): one cell per category and municipality with
 * records (rows, datasets, the page of the main one, when the publisher last updated it), and, where the
 * discovery looked (discovery/), the municipalities without data for a type: `rejected` (a file was found and
 * failed the checks, or could not be fetched; the reason) or `not_published` (nothing found), with the
 * candidate's page and date. A covered cell whose newest file was rejected keeps its last good rows and says so.
 */
export function recordCoverage(
  places: readonly Place[],
  datasets: readonly DatasetInfo[],
  discovered: readonly DiscoveredSource[] = [],
  discovery: readonly DiscoveryRecord[] = [],
): CoverageCell[] {
  const cells = new Map<string, Tally>();
  for (const place of places) {
    if (!place.ward) continue;
    const id = key(place.category, place.ward);
    const tally = cells.get(id) ?? { cell: { category: place.category, ward: place.ward, wardCode: place.wardCode, rows: 0, datasetIds: [], status: 'covered' }, rowsByDataset: new Map() };
    tally.cell.rows += 1;
    tally.rowsByDataset.set(place.datasetId, (tally.rowsByDataset.get(place.datasetId) ?? 0) + 1);
    cells.set(id, tally);
  }
  const pageOf = new Map(datasets.map((dataset) => [dataset.id, dataset.sourceUrl]));
  const updatedOf = new Map(discovered.map((source) => [source.datasetId, source.updatedAt]));
  for (const { cell, rowsByDataset } of cells.values()) {
    cell.datasetIds = [...rowsByDataset.keys()];
    const [main] = [...rowsByDataset].sort((a, b) => b[1] - a[1]);
    cell.source = main ? pageOf.get(main[0]) : undefined;
    const dates = cell.datasetIds.map((id) => updatedOf.get(id)).filter((date): date is string => date !== undefined);
    if (dates.length > 0) cell.updatedAt = dates.sort().at(-1);
  }
  const result = [...cells.values()].map((tally) => tally.cell);
  for (const record of discovery) {
    const category = standardType(record.typeId).coverageCategory;
    const existing = cells.get(key(category, record.ward))?.cell;
    if (existing) {
      existing.checkedAt = record.checkedAt;
      // the newest file was not taken: the rows already loaded stay, the note says why
      if (record.outcome === 'rejected' || record.outcome === 'failed') existing.note = record.reason ?? record.outcome;
      continue;
    }
    const missing = missingCell(record, category);
    if (missing) result.push(missing);
  }
  return result;
}

/** The cell of a municipality the discovery found nothing usable for (no cell when a loaded file just lists none). */
function missingCell(record: DiscoveryRecord, category: CoverageCell['category']): CoverageCell | undefined {
  const status = record.outcome === 'rejected' || record.outcome === 'failed' ? 'rejected' : record.outcome === 'not_found' ? 'not_published' : undefined;
  if (!status) return undefined;
  return {
    category,
    ward: record.ward,
    wardCode: record.wardCode,
    rows: 0,
    datasetIds: [],
    status,
    note: record.reason,
    source: record.chosen?.page,
    updatedAt: record.chosen?.updatedAt,
    checkedAt: record.checkedAt,
  };
}

function key(category: string, ward: string): string {
  return `${category}\u0000${ward}`;
}
