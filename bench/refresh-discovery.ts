/**
 * Issue 15: a refresh that discovers every municipality's standard datasets in the catalogue double
 * (tests/fakes/ckan-double: 31 municipalities × 10 types, `--rows` rows a file, with the double's defects), and
 * the chat turn while it runs. The server runs in its own process (bench/lib/refreshing-server.ts) and does the
 * refresh itself, as in production; the double has its own process (bench/lib/ckan-double-process.ts); this
 * process is the one client, asking the chat-turn
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
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STANDARD_TYPES } from '../src/opendata/discovery/standard-types.ts';
import type { DiscoveryRefreshSetup } from '../tests/helpers/discovery-refresh.ts';
import { QUESTIONS } from './lib/chat-questions.ts';
import { numberOption } from './lib/options.ts';
import { fixed, median, percentile } from './lib/stats.ts';

const RUNS = numberOption('runs', 2);
const ROWS = numberOption('rows', 100);
const REQUESTS = numberOption('requests', 1000);
const RATE = numberOption('rate', 50);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();

type Delays = { p50: number; p99: number; max: number };
type Refreshed = { type: 'refreshed'; ms: number; rebuildMs: number; serverCpuMs: number; loopBefore: Delays; loopDuring: Delays; outcomes: Record<string, number>; places: number };

async function startServer(snapshotPath: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = fork(path.join(import.meta.dirname, 'lib/refreshing-server.ts'), [], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test', RATE_LIMIT_EXEMPT_LOOPBACK: 'true', SNAPSHOT_PATH: snapshotPath },
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

/**
 * Turns one after another, the next starting 1/RATE s after the previous one started (at once if it took
 * longer); each turn's time is filed under the phase it started in.
 */
async function paced(baseUrl: string, more: (i: number) => boolean, phase: () => string = () => 'all'): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  const started = performance.now();
  for (let i = 0; more(i); i += 1) {
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const name = phase();
    const time = await turn(baseUrl, i);
    times.set(name, [...(times.get(name) ?? []), time]);
  }
  return times;
}

const turns = async (baseUrl: string, count: number) => (await paced(baseUrl, (i) => i < count)).get('all') ?? [];

/** Resident memory (MiB) of a process, from /proc; 0 when it is gone. */
function rssMiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** The snapshot rebuild's process (`scripts/ingest.ts --plan`), when one runs. */
function rebuildPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') continue;
      throw error;
    }
    if (cmdline.includes('scripts/ingest.ts') && cmdline.includes('--plan')) return Number(entry);
  }
  return undefined;
}

/** Samples the server's and the rebuild's resident memory every 250 ms until stopped; the peaks. */
function watchMemory(serverPid: number): () => { server: number; rebuild: number } {
  const peak = { server: 0, rebuild: 0 };
  const timer = setInterval(() => {
    peak.server = Math.max(peak.server, rssMiB(serverPid));
    const rebuild = rebuildPid();
    if (rebuild !== undefined) peak.rebuild = Math.max(peak.rebuild, rssMiB(rebuild));
  }, 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

const summary = (times: number[]) => `n ${times.length}, p50 ${fixed(median(times))} ms, p95 ${fixed(percentile(times, 95))} ms, max ${fixed(Math.max(...times))} ms`;

const doubleProcess = fork(path.join(import.meta.dirname, 'lib/ckan-double-process.ts'), ['--rows', String(ROWS)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const [double] = (await once(doubleProcess, 'message')) as [DiscoveryRefreshSetup['double']];
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
      let phase = 'discovery';
      let finished: Refreshed | undefined;
      const done = new Promise<Refreshed>((resolve) => {
        const listen = (message: Refreshed | { type: 'phase'; phase: string }) => {
          if (message.type === 'phase') phase = message.phase;
          if (message.type !== 'refreshed') return;
          server.child.off('message', listen);
          finished = message;
          resolve(message);
        };
        server.child.on('message', listen);
      });
      server.child.send({ type: 'refresh', catalogue: { catalogueUrl: double.catalogueUrl, hosts: double.hosts, portals: double.portals }, cacheDir: dir });
      const stopWatching = watchMemory(server.child.pid ?? 0);
      const phases = withChat ? await paced(server.baseUrl, () => !finished, () => phase) : new Map<string, number[]>();
      const during = [...phases.values()].flat();
      const refreshed = await done;
      const memory = stopWatching();
      const loadAfter = loadavg();
      const after = withChat ? await turns(server.baseUrl, REQUESTS) : [];
      console.log(`\nrun ${run} (${withChat ? 'chat turns during the refresh' : 'refresh alone'}), load ${loadBefore} → ${loadAfter}`);
      console.log(
        `  refresh: ${fixed(refreshed.ms / 1000, 1)} s (of which the snapshot rebuild in its child ${fixed(refreshed.rebuildMs / 1000, 1)} s; ` +
          `CPU in the server process ${fixed(refreshed.serverCpuMs / 1000, 1)} s, answering included), ` +
          `outcomes ${JSON.stringify(refreshed.outcomes)}, ${refreshed.places} places after`,
      );
      console.log(`  resident memory, peaks: server ${fixed(memory.server, 0)} MiB, rebuild child ${fixed(memory.rebuild, 0)} MiB`);
      const delays = (d: Delays) => `p50 ${fixed(d.p50)} ms, p99 ${fixed(d.p99)} ms, max ${fixed(d.max)} ms`;
      console.log(`  server event-loop delay: before ${delays(refreshed.loopBefore)}; during ${delays(refreshed.loopDuring)}`);
      if (withChat) {
        console.log(`  turns before:  ${summary(before)}`);
        console.log(`  turns during:  ${summary(during)}  (p95 ${fixed((percentile(during, 95) / percentile(before, 95) - 1) * 100, 1)} % against before)`);
        for (const [name, times] of phases) console.log(`    ${name.padEnd(9)}    ${summary(times)}`);
        console.log(`  turns after:   ${summary(after)}`);
      }
    } finally {
      server.child.send({ type: 'stop' });
      await once(server.child, 'exit');
      await rm(dir, { recursive: true, force: true });
    }
  }
} finally {
  doubleProcess.send('stop');
  await once(doubleProcess, 'exit');
}
