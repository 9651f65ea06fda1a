import type { DatasetReport } from '../core/place.ts';

/** A plain-text table of the ingest reports: rows, loaded, fixed, rejected and the reasons. */
export function formatReports(reports: DatasetReport[]): string {
  const header = ['dataset', 'rows', 'loaded', 'fixed', 'rejected'];
  const rows = reports.map((r) => [r.datasetId, r.rows, r.loaded, r.fixed, r.rejected].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(header), ...rows.map(line)];
  for (const report of reports) {
    for (const [reason, count] of Object.entries(report.reasons)) out.push(`  ${report.datasetId}: ${reason} × ${count}`);
  }
  return `${out.join('\n')}\n`;
}
