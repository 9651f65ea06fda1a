/**
 * `npm run fuzz`: the long fuzz run of issue 13. The server runs as its own process (`node src/server/main.ts`,
 * as in production), with the Google speech doubles as its engines and the benchmark setting that lets this
 * machine past the rate limits; every endpoint and the voice socket get N random and malformed cases (fast-check,
 * a fixed seed per target). Counted per target: cases, 5xx, hangs (no answer within the deadline), other breaches
 * of the documented error shape, connection failures and server crashes (the process gone, which an unhandled
 * rejection also causes). Prints a Markdown table for docs/quality.md.
 *
 *   npm run fuzz -- [--runs 100000] [--targets chat-json,voice] [--concurrency 4] [--deadline-ms 30000] [--seed 13]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { startServerProcess, type ServerProcess } from '../bench/lib/server-process.ts';
import { documentedErrors } from '../tests/fuzz/documented-errors.ts';
import { HTTP_TARGETS, type HttpTarget, httpCase, runHttpCase } from '../tests/fuzz/http-fuzz.ts';
import { startSpeechDoubles } from '../tests/fuzz/speech-doubles.ts';
import { runVoiceCase, voiceAnswers, voiceCase } from '../tests/fuzz/voice-fuzz.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    targets: { type: 'string', default: [...HTTP_TARGETS, 'voice'].join(',') },
    concurrency: { type: 'string', default: '4' },
    'deadline-ms': { type: 'string', default: '30000' },
    seed: { type: 'string', default: '13' },
  },
});
const runs = Number(values.runs);
const concurrency = Number(values.concurrency);
const deadlineMs = Number(values['deadline-ms']);
const seed = Number(values.seed);
const targets = values.targets.split(',') as Array<HttpTarget | 'voice'>;
const BATCH = 500;

interface Tally {
  target: string;
  cases: number;
  fiveXx: number;
  hangs: number;
  shape: number;
  failures: number;
  crashes: number;
  seconds: number;
  examples: string[];
}

const documented = documentedErrors();
const doubles = await startSpeechDoubles();
const serverEnv = { ...doubles.env, NODE_ENV: 'test', RATE_LIMIT_EXEMPT_LOOPBACK: 'true', LOG_LEVEL: 'fatal' };
let server: ServerProcess = await startServerProcess(serverEnv);
const tallies: Tally[] = [];
const load: number[] = [os.loadavg()[0] ?? 0];

try {
  for (const target of targets) {
    const tally: Tally = { target, cases: 0, fiveXx: 0, hangs: 0, shape: 0, failures: 0, crashes: 0, seconds: 0, examples: [] };
    tallies.push(tally);
    const started = performance.now();
    for (let batch = 0; tally.cases < runs; batch += 1) {
      const count = Math.min(BATCH, runs - tally.cases);
      const sampleSeed = seed * 1_000_003 + batch;
      if (target === 'voice') {
        const url = `${server.baseUrl.replace('http', 'ws')}/api/voice`;
        await pool(fc.sample(voiceCase, { numRuns: count, seed: sampleSeed }), async (kase) => {
          const outcome = await runVoiceCase(url, kase, documented, deadlineMs);
          note(tally, outcome.problems, { hung: outcome.hung }, kase);
        });
        if (!(await voiceAnswers(url, 5_000))) note(tally, ['the voice socket stopped answering ping'], { failed: true }, undefined);
      } else {
        await pool(fc.sample(httpCase(target), { numRuns: count, seed: sampleSeed }), async (kase) => {
          const outcome = await runHttpCase(server.baseUrl, kase, documented, deadlineMs);
          note(tally, outcome.problems, { hung: outcome.hung, failed: outcome.failed !== undefined, fiveXx: (outcome.status ?? 0) >= 500 }, { ...kase, body: Buffer.from(kase.body).toString('base64').slice(0, 200) });
        });
      }
      tally.cases += count;
      doubles.forget();
      if (server.child.exitCode !== null || server.child.signalCode !== null) {
        tally.crashes += 1;
        tally.examples.push(`server exited (${server.child.exitCode ?? server.child.signalCode}) in batch ${batch}`);
        server = await startServerProcess(serverEnv);
      }
      load.push(os.loadavg()[0] ?? 0);
      process.stderr.write(`fuzz: ${target} ${tally.cases}/${runs}\r`);
    }
    tally.seconds = Math.round((performance.now() - started) / 1000);
    // each target's row as soon as it is done, so that a run stopped early still tells what it measured
    process.stderr.write(`\nfuzz: ${row(tally)}\n`);
  }
} finally {
  await server.stop();
  await doubles.close();
}

const date = new Date().toISOString().slice(0, 10);
const meanLoad = (load.reduce((a, b) => a + b, 0) / load.length).toFixed(2);
console.log(`Fuzz run of ${date}: seed ${seed}, deadline ${deadlineMs} ms, ${concurrency} at a time, ${os.cpus().length} cores, mean 1-minute load ${meanLoad}, Node ${process.version}`);
console.log('');
console.log('| target | cases | 5xx | hangs | shape breaches | connection failures | crashes | time |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const t of tallies) console.log(row(t));
for (const t of tallies) for (const example of t.examples.slice(0, 5)) console.log(`\n${t.target}: ${example}`);
process.exitCode = tallies.some((t) => t.fiveXx + t.hangs + t.shape + t.failures + t.crashes > 0) ? 1 : 0;

function row(t: Tally): string {
  return `| ${t.target} | ${t.cases.toLocaleString('en')} | ${t.fiveXx} | ${t.hangs} | ${t.shape} | ${t.failures} | ${t.crashes} | ${t.seconds} s |`;
}

function note(tally: Tally, problems: string[], kind: { hung?: boolean; failed?: boolean; fiveXx?: boolean }, kase: unknown): void {
  if (problems.length === 0) return;
  if (kind.hung) tally.hangs += 1;
  else if (kind.failed) tally.failures += 1;
  else if (kind.fiveXx) tally.fiveXx += 1;
  else tally.shape += 1;
  if (tally.examples.length < 20) tally.examples.push(`${problems.join('; ')} ← ${JSON.stringify(kase).slice(0, 400)}`);
}

/** Runs `work` over the items, `concurrency` at a time. */
async function pool<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item as T);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
