/**
 * Retrieval over everything loaded: snapshot load, index build, resident memory, and the time of the
 * understand + retrieve steps (and of retrieve alone) per question, p50 / p95 / p99. Questions: the evaluation
 * set (eval/questions.ts) and "near me" questions for every topic at seeded random points of mainland Tokyo.
 *
 *   node bench/retrieval.ts [--rounds 5]
 *
 * Wall time counts whatever else the machine runs (2 shared cores here); CPU time (process.cpuUsage) counts only
 * this process, so both are printed. Figures go to docs/quality.md ("Retrieval speed and memory").
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { QUESTIONS } from '../eval/questions.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { retrievePlaces } from '../src/pipeline/steps/retrieve.ts';
import { understandQuestion } from '../src/pipeline/steps/understand.ts';
import type { QuestionFrame } from '../src/core/question-frame.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';
import { seededRandom } from './lib/seeded-random.ts';
import { fixed, percentile } from './lib/stats.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, snapshot: { type: 'string', default: 'data/snapshot/corpus.json' } } });
const rounds = Number(values.rounds);

const rssBefore = process.memoryUsage().rss;
let started = performance.now();
const corpus = await loadCorpus(values.snapshot as string);
const loadMs = performance.now() - started;
started = performance.now();
const index = new CorpusIndex(corpus);
const buildMs = performance.now() - started;

const next = seededRandom(20261129);
const NEAR_ME = ['近くの避難所', 'nearest AED', '附近的厕所', '근처 와이파이', 'ちかくの こうえん', 'nearest library', '最近的儿童馆', '近くの保育園', 'hospital near me', '近くの美術館', '附近的活動', 'sightseeing near me', '近くの史跡', '近くの避難場所', 'ward office near me'];
const nearMe = Array.from({ length: 600 }, (_, i) => ({
  message: NEAR_ME[i % NEAR_ME.length] as string,
  location: { lat: 35.55 + next() * 0.3, lon: 139.3 + next() * 0.55 },
}));
const questions = [...QUESTIONS.map((q) => ({ message: q.message, location: q.location })), ...nearMe];

const total: number[] = [];
const retrieveOnly: number[] = [];
const totalCpu: number[] = [];
const retrieveCpu: number[] = [];
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
for (let round = 0; round < rounds; round += 1) {
  for (const { message, location } of questions) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const u: QuestionFrame = understandQuestion(message, index, {}, location);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    retrievePlaces(index, u);
    const t2 = performance.now();
    const c2 = process.cpuUsage(c1);
    if (round > 0) {
      // the first round warms the JIT and the caches; it is not counted
      total.push(t2 - t0);
      retrieveOnly.push(t2 - t1);
      totalCpu.push(cpuMs(process.cpuUsage(c0)));
      retrieveCpu.push(cpuMs(c2));
    }
  }
}
globalThis.gc?.();
const rss = process.memoryUsage().rss;

const row = (name: string, sample: number[]) => `| ${name} | ${fixed(percentile(sample, 50), 3)} | ${fixed(percentile(sample, 95), 3)} | ${fixed(percentile(sample, 99), 3)} |`;
console.log(`retrieval benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.versions.node}`);
console.log(`${corpus.places.length} places, ${corpus.gazetteer.length} gazetteer entries; ${questions.length} questions × ${rounds - 1} counted rounds`);
console.log(`snapshot load ${fixed(loadMs, 0)} ms, index build ${fixed(buildMs, 0)} ms, resident memory ${fixed(rss / 2 ** 20, 0)} MB (${fixed((rss - rssBefore) / 2 ** 20, 0)} MB for snapshot + index)`);
console.log('| step | p50 ms | p95 ms | p99 ms |');
console.log('|---|---|---|---|');
console.log(row('understand + retrieve, wall time', total));
console.log(row('retrieve alone, wall time', retrieveOnly));
console.log(row('understand + retrieve, CPU time', totalCpu));
console.log(row('retrieve alone, CPU time', retrieveCpu));
console.log(`load average during the run: ${os.loadavg().map((load) => load.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
