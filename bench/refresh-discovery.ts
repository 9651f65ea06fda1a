/**
 * Issue 15: a refresh that discovers every municipality's standard datasets in the catalogue double
 * (tests/fakes/ckan-double: 31 municipalities × 10 types, `--rows` rows a file, with the double's defects), and
 * the chat turn while it runs. The server runs in its own process (bench/lib/refreshing-server.ts) and does the
 * refresh itself, as in production; this process serves the double and is the one client, asking the chat-turn
 * mix (bench/lib/chat-questions.ts) one turn after another, paced at `--rate` turns a second (traffic, not a
 * client hammering the server: on this 2-core machine that would also starve the refresh's rebuild, which runs
 * at a lower priority by design).
 * Each run, on a fresh copy of the bundled snapshot and an empty refresh folder: warm-up, then `--requests`
 * turns before (baseline), turns for as long as the refresh runs (during), `--requests` turns after (on the
 * bigger corpus). Runs alternate: with chat turns during the refresh, and without (the refresh's time alone).
 * Targets: refresh < 60 s; the turn's p95 during the refresh within +20 % of the baseline.
 * Run: node bench/refresh-discovery.ts [--runs 2] [--rows 100] [--requests 1000] [--rate 50]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STANDARD_TYPES } from '../src/opendata/discovery/standard-types.ts';
import { startCkanDouble } from '../tests/fakes/ckan-double/ckan-double.ts';
import { QUESTIONS } from './lib/chat-questions.ts';
import { numberOption } from './lib/options.ts';
import { fixed, median, percentile } from './lib/stats.ts';

const RUNS = numberOption('runs', 2);
const ROWS = numberOption('rows', 100);
const REQUESTS = numberOption('requests', 1000);
const RATE = numberOption('rate', 50);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();

type Refreshed = { type: 'refreshed'; ms: number; rebuildMs: number; serverCpuMs: number; outcomes: Record<string, number>; places: number };

async function startServer(snapshotPath: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = fork(path.join(import.meta.dirname, 'lib/refreshing-server.ts'), [], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', SNAPSHOT_PATH: snapshotPath },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ type: 'listening'; port: number }];
  return { child, baseUrl: `http://127.0.0.1:${message.port}` };
}

async function turn(baseUrl: string, i: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUESTIONS[i % QUESTIONS.length]) });
  await response.text();
  if (!response.ok) throw new Error(`chat answered ${response.status}`);
  return performance.now() - started;
}

/** Turns one after another, the next starting 1/RATE s after the previous one started (at once if it took longer). */
async function paced(baseUrl: string, more: (i: number) => boolean): Promise<number[]> {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; more(i); i += 1) {
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    times.push(await turn(baseUrl, i));
  }
  return times;
}

const turns = (baseUrl: string, count: number) => paced(baseUrl, (i) => i < count);

const summary = (times: number[]) => `n ${times.length}, p50 ${fixed(median(times))} ms, p95 ${fixed(percentile(times, 95))} ms, max ${fixed(Math.max(...times))} ms`;

const double = await startCkanDouble({ types: STANDARD_TYPES.map((type) => type.id), rows: ROWS });
console.log(`refresh-discovery benchmark, ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.versions.node}`);
console.log(`double: 31 municipalities × ${STANDARD_TYPES.length} types, ${ROWS} rows a file; the refresh looks at all 62 municipalities; turns paced at ${RATE}/s`);
try {
  for (let run = 1; run <= RUNS * 2; run += 1) {
    const withChat = run % 2 === 1;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'refresh-bench-'));
    const snapshotPath = path.join(dir, 'corpus.json');
    await copyFile('data/snapshot/corpus.json', snapshotPath);
    const server = await startServer(snapshotPath);
    try {
      await turns(server.baseUrl, 200);
      const before = withChat ? await turns(server.baseUrl, REQUESTS) : [];
      const loadBefore = loadavg();
      const done = once(server.child, 'message') as Promise<[Refreshed]>;
      server.child.send({ type: 'refresh', catalogue: { catalogueUrl: double.catalogueUrl, hosts: double.hosts, portals: double.portals }, cacheDir: dir });
      let finished: Refreshed | undefined;
      void done.then(([message]) => (finished = message));
      const during = withChat ? await paced(server.baseUrl, () => !finished) : [];
      const [refreshed] = await done;
      const loadAfter = loadavg();
      const after = withChat ? await turns(server.baseUrl, REQUESTS) : [];
      console.log(`\nrun ${run} (${withChat ? 'chat turns during the refresh' : 'refresh alone'}), load ${loadBefore} → ${loadAfter}`);
      console.log(
        `  refresh: ${fixed(refreshed.ms / 1000, 1)} s (of which the snapshot rebuild in its child ${fixed(refreshed.rebuildMs / 1000, 1)} s; ` +
          `CPU in the server process ${fixed(refreshed.serverCpuMs / 1000, 1)} s, answering included), ` +
          `outcomes ${JSON.stringify(refreshed.outcomes)}, ${refreshed.places} places after`,
      );
      if (withChat) {
        console.log(`  turns before:  ${summary(before)}`);
        console.log(`  turns during:  ${summary(during)}  (p95 ${fixed((percentile(during, 95) / percentile(before, 95) - 1) * 100, 1)} % against before)`);
        console.log(`  turns after:   ${summary(after)}`);
      }
    } finally {
      server.child.send({ type: 'stop' });
      await once(server.child, 'exit');
      await rm(dir, { recursive: true, force: true });
    }
  }
} finally {
  await double.close();
}
