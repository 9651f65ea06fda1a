/**
 * Prints the fault scenarios' reports (bench/results/fleet-<name>.json) as the Markdown table of
 * docs/operations.md, so that the figures there are copied from the runs, not typed.
 *   node bench/fleet/summarise.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FaultReport, PhaseStats } from './report.ts';
import { SCENARIOS } from './scenarios.ts';

const results = path.resolve(import.meta.dirname, '../results');
const ms = (value: number) => (Number.isFinite(value) ? Math.round(value).toString() : '–');
const phase = (stats: PhaseStats) => `${ms(stats.p50)} / ${ms(stats.p95)} / ${ms(stats.p99)}`;

console.log('| scenario | run (UTC), load average | sent | answered | shed | failed, by cause | sessions read back / lost | unsaved turns | p50 / p95 / p99 ms before | during | after | recovery |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const { name } of SCENARIOS) {
  const file = path.join(results, `fleet-${name}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8')) as FaultReport;
  const causes = Object.entries(report.failuresByCause)
    .map(([cause, count]) => `${count} ${cause}`)
    .join(', ');
  console.log(
    `| ${name} | ${report.date.slice(0, 16).replace('T', ' ')}, ${report.loadAverage.before.split(' ')[0]}→${report.loadAverage.after.split(' ')[0]} | ${report.totals.sent} | ${report.totals.ok} | ${report.totals.shed} | ${report.totals.failed}${causes ? ` (${causes})` : ''} | ${report.sessions.checked} / **${report.sessions.lost}** | ${report.sessions.unsavedTurns} | ${phase(report.before)} | ${phase(report.during)} | ${phase(report.after)} | ${report.recoverySeconds === undefined ? 'not in the run' : `${report.recoverySeconds} s`} |`,
  );
}
