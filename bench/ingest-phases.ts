/**
 * Where `npm run ingest` spends its time: reading and parsing every dataset, the corpus-wide quality checks
 * (duplicates, misplaced points, address locator), and the katakana readings (kuromoji: loading its
 * dictionary, then reading the names the data gives no reading for). Medians of runs in this process, wall and
 * CPU time (on a shared machine the wall time overstates the work).
 * Run: node bench/ingest-phases.ts [--runs 3]
 */
import { parseArgs } from 'node:util';
import { readSources } from '../src/opendata/build-corpus.ts';
import { DATASETS } from '../src/opendata/datasets.ts';
import { addReadings } from '../src/opendata/gazetteer.ts';
import { dropDuplicates } from '../src/opendata/quality/drop-duplicates.ts';
import { repairPoints } from '../src/opendata/quality/repair-points.ts';
import { unifyNames } from '../src/opendata/quality/unify-names.ts';
import { createReader } from '../src/opendata/readings.ts';
import { RowTally } from '../src/opendata/tally.ts';
import type { Place } from '../src/core/place.ts';
import { fixed, median } from './lib/stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const phases: Record<string, number[]> = { parse: [], quality: [], dictionary: [], readings: [] };
const cpuPhases: Record<string, number[]> = { parse: [], quality: [], dictionary: [], readings: [] };
let withoutReading = 0;
let total = 0;

for (let run = 0; run < Number(values.runs); run += 1) {
  let started = performance.now();
  let cpuStarted = process.cpuUsage();
  const lap = (phase: string) => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuStarted);
    phases[phase]?.push(now - started);
    cpuPhases[phase]?.push((cpu.user + cpu.system) / 1000);
    started = now;
    cpuStarted = process.cpuUsage();
  };
  const tallies = new Map<string, RowTally>();
  const tallyOf = (id: string) => tallies.get(id) ?? tallies.set(id, new RowTally(id)).get(id) as RowTally;
  let places: Place[] = [];
  for (const spec of DATASETS) {
    for (const file of await readSources('data/opendata', spec)) places.push(...spec.parse(file, tallyOf(spec.info.id), { now: new Date() }));
  }
  lap('parse');
  unifyNames(places, tallyOf);
  places = repairPoints(dropDuplicates(places, tallyOf), tallyOf);
  lap('quality');
  const reader = await createReader();
  lap('dictionary');
  withoutReading = places.filter((place) => !place.name.kana).length;
  total = places.length;
  addReadings(places, reader);
  lap('readings');
}

console.log(`${total} places, ${withoutReading} without a reading in the data; medians of ${values.runs} runs:`);
for (const [phase, times] of Object.entries(phases)) {
  console.log(`  ${phase.padEnd(10)} ${fixed(median(times), 0).padStart(6)} ms   (CPU time ${fixed(median(cpuPhases[phase] ?? []), 0)} ms)`);
}
