/**
 * Issue 16: the per-instance figures the capacity model (src/capacity/) stands on, measured at Cloud Run's
 * concurrency (80 connections, the service's containerConcurrency), one server process, as deployed:
 *
 *   1. the local engine (no Gemini): CPU-bound, the most turns one process can do, and its CPU time per turn;
 *   2. Gemini through the double (tests/fakes/gemini-server.ts, first chunk after FIRST_TOKEN_MS, a line every
 *      CHUNK_MS): each turn holds a slot while the model streams. One client first (the turn's own duration), then
 *      80 connections: the model predicts 80 / (turn duration) turns/s as long as the CPU keeps up.
 *
 * It also records the prompts the double received (characters of the system instruction and user turn), the
 * input that the Gemini tokens-per-minute figure of the model is estimated from.
 *
 * Run: node bench/capacity-check.ts [--seconds 15] [--connections 80]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { startGeminiDouble } from '../tests/fakes/gemini-server.ts';
import { QUESTIONS } from './lib/chat-questions.ts';
import { numberOption } from './lib/options.ts';
import { type ServerProcess, startServerProcess } from './lib/server-process.ts';
import { fixed, median, percentile } from './lib/stats.ts';

const SECONDS = numberOption('seconds', 15);
const CONNECTIONS = numberOption('connections', 80);
const FIRST_TOKEN_MS = numberOption('first-token-ms', 600);
const CHUNK_MS = numberOption('chunk-ms', 60);
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat. */
function cpuSeconds(server: ServerProcess): number {
  const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

async function oneClient(server: ServerProcess, turns: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < turns; i += 1) {
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUESTIONS[i % QUESTIONS.length]) });
    await response.text();
    times.push(performance.now() - started);
  }
  return times;
}

async function load(server: ServerProcess) {
  const latencies: number[] = [];
  const cpuBefore = cpuSeconds(server);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.baseUrl,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 30,
        requests: QUESTIONS.map((q) => ({ method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q) })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const cpu = cpuSeconds(server) - cpuBefore;
  const turns = result.requests.total;
  return {
    connections: CONNECTIONS,
    seconds: SECONDS,
    turns,
    turnsPerSecond: turns / SECONDS,
    non2xx: result.non2xx,
    errors: result.errors,
    p50ms: median(latencies),
    p95ms: percentile(latencies, 95),
    serverCpuMsPerTurn: (1000 * cpu) / turns,
    serverCpuCores: cpu / SECONDS,
  };
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  loadAverage: os.loadavg(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  settings: { seconds: SECONDS, connections: CONNECTIONS, firstTokenMs: FIRST_TOKEN_MS, chunkMs: CHUNK_MS },
};

const local = await startServerProcess({ LOG_LEVEL: 'info' });
try {
  await oneClient(local, 200);
  results.local = { oneClientP50ms: median(await oneClient(local, 400)), load: await load(local) };
} finally {
  await local.stop();
}

const gemini = await startGeminiDouble();
gemini.setDefault({ kind: 'answer', firstTokenMs: FIRST_TOKEN_MS, chunkMs: CHUNK_MS, chunkChars: 'line' });
const withGemini = await startServerProcess({ LOG_LEVEL: 'info', GEMINI_API_KEY: 'bench', GEMINI_BASE_URL: gemini.url });
try {
  await oneClient(withGemini, 16);
  const single = await oneClient(withGemini, 40);
  const loaded = await load(withGemini);
  const prompts = gemini.requests.map((r) => r.systemText.length + r.userText.length);
  results.gemini = {
    oneClientP50ms: median(single),
    oneClientMeanMs: single.reduce((a, b) => a + b, 0) / single.length,
    predictedTurnsPerSecond: CONNECTIONS / (single.reduce((a, b) => a + b, 0) / single.length / 1000),
    load: loaded,
    promptChars: { p50: median(prompts), p95: percentile(prompts, 95), requests: prompts.length },
  };
} finally {
  await withGemini.stop();
  await gemini.close();
}

const r = results as {
  local: { oneClientP50ms: number; load: Awaited<ReturnType<typeof load>> };
  gemini: { oneClientP50ms: number; oneClientMeanMs: number; predictedTurnsPerSecond: number; load: Awaited<ReturnType<typeof load>>; promptChars: { p50: number; p95: number } };
};
const line = (name: string, l: Awaited<ReturnType<typeof load>>) =>
  `${name}: ${fixed(l.turnsPerSecond, 0)} turns/s at ${l.connections} connections, p50 ${fixed(l.p50ms, 0)} ms, p95 ${fixed(l.p95ms, 0)} ms, ` +
  `server CPU ${fixed(l.serverCpuMsPerTurn, 2)} ms/turn (${fixed(l.serverCpuCores, 2)} cores), non-2xx ${l.non2xx}, errors ${l.errors}`;
console.log(`machine: ${results.machine}; load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}`);
console.log(`local engine one client p50 ${fixed(r.local.oneClientP50ms)} ms`);
console.log(line('local engine', r.local.load));
console.log(`gemini double (first chunk ${FIRST_TOKEN_MS} ms, a line every ${CHUNK_MS} ms): one client p50 ${fixed(r.gemini.oneClientP50ms, 0)} ms, mean ${fixed(r.gemini.oneClientMeanMs, 0)} ms`);
console.log(line('gemini', r.gemini.load));
const ratio = r.gemini.load.turnsPerSecond / r.gemini.predictedTurnsPerSecond;
console.log(`model (${CONNECTIONS} / one-client turn time): ${fixed(r.gemini.predictedTurnsPerSecond, 1)} turns/s; measured / model = ${fixed(ratio, 3)}`);
console.log(`prompt size (system + user characters): p50 ${r.gemini.promptChars.p50}, p95 ${r.gemini.promptChars.p95}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/capacity-check.json', `${JSON.stringify(results, null, 2)}\n`);
