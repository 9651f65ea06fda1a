/**
 * Start-up cost of the open data: load + validate the snapshot (loadCorpus: read, JSON.parse, zod) and build
 * the CorpusIndex (kd-tree, MiniSearch, place finder), each run in a fresh process as at server start, and the
 * resident memory of that process after the load. Prints medians and writes bench/results/snapshot-load.json.
 * Targets (issue 3): load + index under 1 s, resident memory under 400 MB with everything loaded.
 * Run: node bench/snapshot-load.ts [--runs 7] [snapshot]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fixed, median } from './lib/stats.ts';

interface Run {
  loadMs: number;
  indexMs: number;
  totalMs: number;
  /** CPU time (user + system) of the same work: on a shared, busy machine the wall time overstates it. */
  cpuMs: number;
  rssMiB: number;
  heapUsedMiB: number;
  places: number;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '7' }, child: { type: 'boolean', default: false } } });
const snapshot = path.resolve(positionals[0] ?? 'data/snapshot/corpus.json');

if (values.child) {
  const { loadCorpus } = await import('../src/opendata/load-corpus.ts');
  const { CorpusIndex } = await import('../src/retrieval/corpus-index.ts');
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const corpus = await loadCorpus(snapshot);
  const loaded = performance.now();
  const index = new CorpusIndex(corpus);
  const indexed = performance.now();
  const cpu = process.cpuUsage(cpuStarted);
  const memory = process.memoryUsage();
  const run: Run = {
    loadMs: loaded - started,
    indexMs: indexed - loaded,
    totalMs: indexed - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMiB: memory.rss / 2 ** 20,
    heapUsedMiB: memory.heapUsed / 2 ** 20,
    places: index.places.size,
  };
  process.stdout.write(JSON.stringify(run));
} else {
  const runs: Run[] = [];
  for (let i = 0; i < Number(values.runs); i += 1) {
    const out = execFileSync(process.execPath, [import.meta.filename, '--child', snapshot], { encoding: 'utf8' });
    runs.push(JSON.parse(out) as Run);
  }
  const pick = (key: keyof Run) => median(runs.map((run) => run[key]));
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${os.loadavg()[0]?.toFixed(1)}`,
    node: process.version,
    snapshotMiB: statSync(snapshot).size / 2 ** 20,
    places: runs[0]?.places,
    runs: runs.length,
    medianLoadMs: pick('loadMs'),
    medianIndexMs: pick('indexMs'),
    medianTotalMs: pick('totalMs'),
    medianCpuMs: pick('cpuMs'),
    medianRssMiB: pick('rssMiB'),
    medianHeapUsedMiB: pick('heapUsedMiB'),
  };
  console.log(`snapshot ${fixed(result.snapshotMiB, 1)} MiB, ${result.places} places, ${result.runs} fresh processes (${result.machine})`);
  console.log(`load + validate  median ${fixed(result.medianLoadMs, 0)} ms`);
  console.log(`build CorpusIndex median ${fixed(result.medianIndexMs, 0)} ms`);
  console.log(`total            median ${fixed(result.medianTotalMs, 0)} ms   (target < 1000 ms; CPU time ${fixed(result.medianCpuMs, 0)} ms)`);
  console.log(`resident memory  median ${fixed(result.medianRssMiB, 0)} MiB  (target < 400 MiB; heap used ${fixed(result.medianHeapUsedMiB, 0)} MiB)`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/snapshot-load.json', `${JSON.stringify(result, null, 2)}\n`);
}
