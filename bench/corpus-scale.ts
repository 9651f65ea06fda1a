/**
 * Issue 15: start-up, memory and retrieval over a corpus ten times today's (all of Tokyo's municipalities
 * publishing their standard datasets). The bundled snapshot is scaled: each place is copied `factor` times,
 * each copy with its own id, a name of its own (`…（2）`: the name index grows as with new facilities), a point
 * moved up to ~500 m (seeded), and its name forms derived again; the coverage table is recorded again. Then the
 * two existing benchmarks run on it in fresh processes: bench/snapshot-load.ts (load + index, resident memory)
 * and bench/retrieval.ts (understand + retrieve per question).
 * Targets: load + index < 3 s, resident memory < 1 GiB, understand + retrieve p95 < 5 ms.
 * Run: node bench/corpus-scale.ts [--factor 10] [--runs 5] [--rounds 3] [--out /tmp/corpus-x10.json]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus, Place } from '../src/core/place.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { recordCoverage } from '../src/opendata/record-coverage.ts';
import { writeSnapshot } from '../src/opendata/snapshot-file.ts';
import { deriveNames } from '../src/retrieval/derive-names.ts';
import { seededRandom } from './lib/seeded-random.ts';

const { values } = parseArgs({
  options: {
    factor: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'corpus-x10.json') },
  },
});
const factor = Number(values.factor);
const out = path.resolve(values.out as string);

/** The corpus with every place copied `factor` times (the original first). */
export function scaleCorpus(corpus: Corpus, times: number, seed = 20261206): Corpus {
  const next = seededRandom(seed);
  const places: Place[] = [];
  for (let copy = 0; copy < times; copy += 1) {
    for (const place of corpus.places) {
      if (copy === 0) {
        places.push(place);
        continue;
      }
      const moved = place.lat !== undefined && place.lon !== undefined ? { lat: place.lat + (next() - 0.5) * 0.009, lon: place.lon + (next() - 0.5) * 0.011 } : {};
      places.push({ ...place, ...moved, id: `${place.id}~${copy}`, name: { ...place.name, ja: `${place.name.ja}（${copy + 1}）`, en: place.name.en && `${place.name.en} (${copy + 1})` } });
    }
  }
  return { ...corpus, builtAt: new Date().toISOString(), places, derivedNames: places.map(deriveNames), coverage: recordCoverage(places, corpus.datasets) };
}

const started = performance.now();
const scaled = scaleCorpus(await loadCorpus(path.resolve('data/snapshot/corpus.json')), factor);
await writeSnapshot(out, scaled);
console.log(`scaled snapshot: ${scaled.places.length} places (×${factor}), ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB → ${out} in ${Math.round(performance.now() - started)} ms`);
console.log(`load average before the runs: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);

console.log('\n--- bench/snapshot-load.ts (fresh processes: load + index, resident memory) ---');
execFileSync(process.execPath, [path.join(import.meta.dirname, 'snapshot-load.ts'), '--runs', String(values.runs), out], { stdio: 'inherit' });
console.log('\n--- bench/retrieval.ts (understand + retrieve per question) ---');
execFileSync(process.execPath, ['--expose-gc', path.join(import.meta.dirname, 'retrieval.ts'), '--rounds', String(values.rounds), '--snapshot', out], { stdio: 'inherit' });
console.log(`\nload average after the runs: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
