import { DISCOVERY } from '../../config/tunables.ts';
import { CsvLayoutError } from '../csv.ts';
import { parseStandardRows, readStandardTable } from '../parsers/standard-dataset.ts';
import { dropDuplicates } from '../quality/drop-duplicates.ts';
import type { MunicipalityCheck } from '../quality/find-misplaced.ts';
import { compareWithLastGood, encodingNote, screenBytes, type FileStats } from '../refresh/check-candidate.ts';
import { RowTally } from '../tally.ts';
import type { FileReport } from './discovery-record.ts';
import { standardParserOptions } from './discovered-dataset.ts';
import type { StandardType } from './standard-types.ts';

export interface DiscoveredFile {
  type: StandardType;
  ward: string;
  datasetId: string;
  bytes: Uint8Array;
  contentType: string;
  /** Where a point's municipality is learnt: the running corpus (its other datasets). */
  reference: MunicipalityCheck;
  /** The last good version's measure, when there is one. */
  lastGood?: FileStats;
  now: Date;
}

export type DiscoveredVerdict = { ok: true; report: FileReport; note?: string } | { ok: false; reason: string; report?: FileReport };

/**
 * The gates a municipality's file must pass, whole, before it may replace the last good one: the bytes are a
 * text file (check-candidate.ts); the header names the place and gives coordinates or an address (the
 * standard's columns, in any order or spelling); it has rows; at most DISCOVERY.maxRejectedShare of them are
 * rejected; at most DISCOVERY.maxOutsideShare of its points lie outside their municipality (the bundle's
 * misplaced-point check, against the running corpus); and it keeps what the last good version had
 * (compareWithLastGood). The row checks are the bundle's: swapped or unusable coordinates, duplicated rows.
 */
export function checkDiscoveredFile(file: DiscoveredFile): DiscoveredVerdict {
  const screened = screenBytes(file.bytes, file.contentType, 'auto');
  if (!screened.ok) return screened;
  let rows;
  try {
    rows = readStandardTable(screened.text);
  } catch (error) {
    if (error instanceof CsvLayoutError) return { ok: false, reason: `not the standard columns: ${error.message}` };
    throw error;
  }
  const header = Object.keys(rows[0] ?? {});
  if (rows.length === 0) return { ok: false, reason: 'no rows under the header' };
  if (!(header.includes('緯度') && header.includes('経度')) && !header.some((name) => ['住所', '所在地_連結表記', '所在地'].includes(name))) {
    return { ok: false, reason: `not the standard columns: neither 緯度/経度 nor an address among ${header.slice(0, 12).join(', ')}` };
  }
  const tally = new RowTally(file.datasetId);
  const parsed = parseStandardRows(rows, standardParserOptions(file.type, file.ward, file.datasetId), tally, { now: file.now });
  const places = dropDuplicates(parsed, () => tally);
  const located = places.filter((place) => place.lat !== undefined);
  const outside = located.filter((place) => file.reference.isMisplaced(place)).length;
  const counted = tally.report();
  const report: FileReport = { rows: counted.rows, loaded: counted.loaded, fixed: counted.fixed, rejected: counted.rejected, located: located.length, outside, reasons: counted.reasons };
  const reason = gate(report, file);
  return reason ? { ok: false, reason, report } : { ok: true, report, note: encodingNote(file.bytes, file.contentType) };
}

function gate(report: FileReport, file: DiscoveredFile): string | undefined {
  if (report.loaded === 0) return `no usable rows: ${report.rejected} of ${report.rows} rejected (${topReason(report)})`;
  if (report.rejected > DISCOVERY.maxRejectedShare * report.rows) return `too many rows rejected: ${report.rejected} of ${report.rows} (${topReason(report)})`;
  if (report.outside > DISCOVERY.maxOutsideShare * report.located) return `points outside their municipality: ${report.outside} of ${report.located} located places`;
  return file.lastGood ? compareWithLastGood(report, file.lastGood) : undefined;
}

function topReason(report: FileReport): string {
  const [reason] = Object.entries(report.reasons)
    .filter(([key]) => key.startsWith('rejected: '))
    .sort((a, b) => b[1] - a[1]);
  return reason ? `${reason[0].slice('rejected: '.length)} × ${reason[1]}` : 'no reason recorded';
}
