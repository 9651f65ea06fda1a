/**
 * Issue 2 benchmark: one chat turn's time with one client and under load (autocannon, 50 connections, JSON),
 * the understand + retrieve steps alone over the loaded data, and the server's resident memory.
 * Run: node bench/chat-turn.ts [--seconds 15] [--connections 50]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { retrievePlaces } from '../src/pipeline/steps/retrieve.ts';
import { understandQuestion } from '../src/pipeline/steps/understand.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';
import { QUESTIONS } from './lib/chat-questions.ts';
import { numberOption } from './lib/options.ts';
import { fixed, median, percentile } from './lib/stats.ts';
import { startServerProcess } from './lib/server-process.ts';

const SECONDS = numberOption('seconds', 15);
const CONNECTIONS = numberOption('connections', 50);
const SEQUENTIAL = numberOption('requests', 1000);

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  };

  // 1. the understand + retrieve steps alone, in process, over the loaded snapshot
  const corpus = await loadCorpus(path.resolve('data/snapshot/corpus.json'));
  const index = new CorpusIndex(corpus);
  const stepTimes: number[] = [];
  for (let i = 0; i < 20_000; i += 1) {
    const q = QUESTIONS[i % QUESTIONS.length] as (typeof QUESTIONS)[number];
    const started = performance.now();
    retrievePlaces(index, understandQuestion(q.message, index, {}, q.location));
    if (i >= 2_000) stepTimes.push(performance.now() - started);
  }
  results.retrieval = { places: corpus.places.length, p50ms: median(stepTimes), p95ms: percentile(stepTimes, 95) };

  const server = await startServerProcess();
  try {
    results.rssIdleMiB = server.rssMiB();
    const post = (body: unknown) =>
      fetch(`${server.baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    // 2. one client, sequential turns: client-observed latency and the server's own pipeline time
    for (let i = 0; i < 200; i += 1) await (await post(QUESTIONS[i % QUESTIONS.length])).text();
    const client: number[] = [];
    const serverSide: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i += 1) {
      const started = performance.now();
      const response = await post(QUESTIONS[i % QUESTIONS.length]);
      await response.text();
      client.push(performance.now() - started);
      const timing = response.headers.get('server-timing') ?? '';
      serverSide.push([...timing.matchAll(/dur=([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0));
    }
    results.oneClient = {
      requests: SEQUENTIAL,
      clientP50ms: median(client),
      clientP95ms: percentile(client, 95),
      pipelineP50ms: median(serverSide),
      pipelineP95ms: percentile(serverSide, 95),
    };

    // 3. load: autocannon, N connections, rotating through the questions
    const latencies: number[] = [];
    const load = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.baseUrl,
          connections: CONNECTIONS,
          duration: SECONDS,
          requests: QUESTIONS.map((q) => ({ method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q) })),
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    results.load = {
      connections: CONNECTIONS,
      seconds: SECONDS,
      requests: load.requests.total,
      turnsPerSecond: load.requests.total / SECONDS,
      non2xx: load.non2xx,
      errors: load.errors,
      p50ms: median(latencies),
      p95ms: percentile(latencies, 95),
      p99ms: percentile(latencies, 99),
    };
    results.rssAfterLoadMiB = server.rssMiB();
  } finally {
    await server.stop();
  }

  const r = results as {
    retrieval: { p50ms: number; p95ms: number; places: number };
    oneClient: { clientP50ms: number; clientP95ms: number; pipelineP50ms: number; pipelineP95ms: number };
    load: { turnsPerSecond: number; p50ms: number; p95ms: number; p99ms: number; non2xx: number; errors: number };
    rssIdleMiB: number;
    rssAfterLoadMiB: number;
  };
  console.log(`machine: ${results.machine}`);
  console.log(`retrieval (understand + retrieve, ${r.retrieval.places} places): p50 ${fixed(r.retrieval.p50ms, 3)} ms, p95 ${fixed(r.retrieval.p95ms, 3)} ms`);
  console.log(
    `one client: turn p50 ${fixed(r.oneClient.clientP50ms)} ms, p95 ${fixed(r.oneClient.clientP95ms)} ms ` +
      `(server pipeline p50 ${fixed(r.oneClient.pipelineP50ms)} ms, p95 ${fixed(r.oneClient.pipelineP95ms)} ms)`,
  );
  console.log(
    `load (${CONNECTIONS} connections, ${SECONDS} s): ${fixed(r.load.turnsPerSecond, 0)} turns/s, p50 ${fixed(r.load.p50ms)} ms, ` +
      `p95 ${fixed(r.load.p95ms)} ms, p99 ${fixed(r.load.p99ms)} ms, non-2xx ${r.load.non2xx}, errors ${r.load.errors}`,
  );
  console.log(`server RSS: idle ${fixed(r.rssIdleMiB, 0)} MiB, after load ${fixed(r.rssAfterLoadMiB, 0)} MiB`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/chat-turn.json', `${JSON.stringify(results, null, 2)}\n`);
}

await main();
