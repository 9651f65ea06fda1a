/**
 * Issue 5 benchmark: what metrics and logging add to a chat turn.
 *
 * 1. A/B: two copies of the app in this process, "observed" (metrics registry, pipeline observer, logs at info
 *    to /dev/null, as in production) and "bare" (no metrics, no observer, logs silenced), called in turn through
 *    Hono's fetch (no sockets, which only add noise). The request middleware (request id, trace, log context,
 *    error-rate window) runs in both: it is part of serving. Rounds alternate so machine noise falls on both.
 * 2. The observability work of one turn alone, timed in a loop: the pipeline observer for every step and the
 *    turn's end (histograms, counters, the `chat turn` line), and the request's metrics and log line. On a
 *    shared machine this is the steadier figure; compare it with the turn's p95 from 1.
 * Run: node bench/observability-overhead.ts [--rounds 12] [--requests 300]
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import { startServerProcess } from './lib/server-process.ts';
import path from 'node:path';
import pino from 'pino';
import { LocalAnswerEngine } from '../src/adapters/answer-engine/local-answer-engine.ts';
import { MemorySessionStore } from '../src/adapters/session-store/memory-session-store.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { ErrorRateWindow } from '../src/observability/error-rate.ts';
import { OpsEvents } from '../src/observability/events.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createObservability } from '../src/observability/observability.ts';
import { reportedSessionId, summariseTurn } from '../src/pipeline/summarise-turn.ts';
import { createRequestContext, runWithRequestContext } from '../src/observability/request-context.ts';
import { ChatContext, type PipelineDeps } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { CHAT_STEPS } from '../src/pipeline/steps/index.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';
import { createApp } from '../src/server/create-app.ts';
import { numberOption } from './lib/options.ts';
import { median, percentile } from './lib/stats.ts';

const ROUNDS = numberOption('rounds', 12);
const REQUESTS = numberOption('requests', 300);

const QUESTIONS = [
  { message: '大井町駅の近くの避難所は？' },
  { message: 'Where is the nearest evacuation shelter?', location: { lat: 35.6812, lon: 139.7671 } },
  { message: '品川区の避難所を教えて' },
  { message: '新宿站附近的避难所在哪里' },
  { message: '品川구 대피소 어디예요' },
  { message: 'AED near Toyocho station' },
];

function buildVariant(index: CorpusIndex, observed: boolean) {
  const sessions = new MemorySessionStore();
  const log = createLogger({ level: observed ? 'info' : 'silent', destination: pino.destination({ dest: '/dev/null', sync: false }) });
  const events = new OpsEvents();
  const observability = observed ? createObservability({ log, countSessions: () => sessions.countActive(), events }) : undefined;
  const deps: PipelineDeps = { index, sessions, localEngine: new LocalAnswerEngine(), now: Date.now, newId: randomUUID, observer: observability?.pipelineObserver, events, log };
  const app = createApp({ deps, log, errorRate: observability?.errorRate ?? new ErrorRateWindow(), metrics: observability?.metrics, events, version: 'bench', startedAt: Date.now() });
  return { app, deps, log, observability };
}

async function chatTurn(app: ReturnType<typeof buildVariant>['app'], i: number): Promise<number> {
  const started = performance.now();
  const response = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUESTIONS[i % QUESTIONS.length]) });
  await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const index = new CorpusIndex(await loadCorpus(path.resolve('data/snapshot/corpus.json')));
  const variants = { bare: buildVariant(index, false), observed: buildVariant(index, true) };
  const stats = { bare: { p50: [] as number[], p95: [] as number[], cpu: [] as number[] }, observed: { p50: [] as number[], p95: [] as number[], cpu: [] as number[] } };
  for (let round = -2; round < ROUNDS; round += 1) {
    for (const name of round % 2 === 0 ? (['bare', 'observed'] as const) : (['observed', 'bare'] as const)) {
      const cpuBefore = process.cpuUsage();
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1) times.push(await chatTurn(variants[name].app, i));
      const cpu = process.cpuUsage(cpuBefore);
      if (round < 0) continue; // warm-up rounds
      stats[name].p50.push(median(times));
      stats[name].p95.push(percentile(times, 95));
      stats[name].cpu.push((cpu.user + cpu.system) / REQUESTS);
    }
  }

  // 3. the same A/B over HTTP, as a client sees a turn (issue 2's measure): each variant on its own socket
  const http = { bare: [] as number[], observed: [] as number[] };
  const servers = await Promise.all(
    (['bare', 'observed'] as const).map(
      (name) =>
        new Promise<{ name: 'bare' | 'observed'; server: ServerType; url: string }>((resolve) => {
          const server = serve({ fetch: variants[name].app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
            resolve({ name, server, url: `http://127.0.0.1:${info.port}/api/chat` }),
          );
        }),
    ),
  );
  for (let round = -2; round < ROUNDS; round += 1) {
    for (const { name, url } of round % 2 === 0 ? servers : [...servers].reverse()) {
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1) {
        const started = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUESTIONS[i % QUESTIONS.length]) });
        await response.text();
        times.push(performance.now() - started);
      }
      if (round >= 0) http[name].push(percentile(times, 95));
    }
  }
  for (const { server } of servers) server.close();

  // 4. logging in production shape: two server processes (stdout to /dev/null), LOG_LEVEL info against silent,
  // metrics on in both (phase 3's in-process A/B of metrics alone shows no cost); one client, alternating
  const processes = { info: await startServerProcess({ LOG_LEVEL: 'info' }), silent: await startServerProcess({ LOG_LEVEL: 'silent' }) };
  const logging = { info: [] as number[], silent: [] as number[] };
  try {
    for (let round = -2; round < ROUNDS; round += 1) {
      for (const name of round % 2 === 0 ? (['info', 'silent'] as const) : (['silent', 'info'] as const)) {
        const times: number[] = [];
        for (let i = 0; i < REQUESTS; i += 1) {
          const started = performance.now();
          const response = await fetch(`${processes[name].baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUESTIONS[i % QUESTIONS.length]) });
          await response.text();
          times.push(performance.now() - started);
        }
        if (round >= 0) logging[name].push(percentile(times, 95));
      }
    }
  } finally {
    await Promise.all([processes.info.stop(), processes.silent.stop()]);
  }

  // 2. one turn's observability work alone, on a real turn's context
  const { observability, log } = variants.observed;
  if (!observability) throw new Error('unreachable');
  const ctx = new ChatContext({ message: '大井町駅の近くの避難所は？' }, { ...variants.bare.deps }, new AbortController().signal);
  for await (const event of runPipeline(ctx, CHAT_STEPS)) void event;
  const { metrics, pipelineObserver, errorRate } = observability;
  const steps = Object.entries(ctx.timings);
  const request = createRequestContext(randomUUID(), undefined, 'tokyo-ai-chat-mvp');
  const oneTurn = () =>
    runWithRequestContext(request, () => {
      for (const [step, ms] of steps) pipelineObserver.stepTimed(step, ms, reportedSessionId(ctx));
      pipelineObserver.turnEnded(summariseTurn(ctx));
      metrics.httpRequests.inc({ method: 'POST', endpoint: '/api/chat', status_code: '200' });
      metrics.httpDuration.observe({ method: 'POST', endpoint: '/api/chat' }, 0.004);
      errorRate.record(false);
      log.info(
        { httpRequest: { requestMethod: 'POST', requestUrl: '/api/chat', status: 200, latency: '0.0040s', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' }, endpoint: '/api/chat', turn: summariseTurn(ctx) },
        'request',
      );
    });
  const isolated: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const started = performance.now();
    for (let i = 0; i < 20_000; i += 1) oneTurn();
    isolated.push(((performance.now() - started) * 1000) / 20_000);
  }

  const m = (values: number[]) => median(values);
  console.log(`# observability overhead on a chat turn, ${ROUNDS} rounds × ${REQUESTS} turns per variant, ${new Date().toISOString()}`);
  console.log(`# ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const name of ['bare', 'observed'] as const) {
    console.log(`${name.padEnd(9)} turn p50 ${m(stats[name].p50).toFixed(3)} ms, p95 ${m(stats[name].p95).toFixed(3)} ms, CPU ${Math.round(m(stats[name].cpu))} µs/turn`);
  }
  const ratios = stats.observed.p95.map((v, i) => v / (stats.bare.p95[i] ?? Number.NaN));
  const httpRatios = http.observed.map((v, i) => v / (http.bare[i] ?? Number.NaN));
  const loggingRatios = logging.info.map((v, i) => v / (logging.silent[i] ?? Number.NaN));
  console.log(
    `server processes over HTTP, logs at info vs silent: turn p95 silent ${m(logging.silent).toFixed(3)} ms, info ${m(logging.info).toFixed(3)} ms; ` +
      `info/silent median of per-round ratios ${m(loggingRatios).toFixed(3)}, ratio of medians ${(m(logging.info) / m(logging.silent)).toFixed(3)}`,
  );
  console.log(
    `over HTTP: turn p95 bare ${m(http.bare).toFixed(3)} ms, observed ${m(http.observed).toFixed(3)} ms; ` +
      `observed/bare median of per-round ratios ${m(httpRatios).toFixed(3)}, ratio of medians ${(m(http.observed) / m(http.bare)).toFixed(3)}`,
  );
  console.log(`p95 observed/bare: median of per-round ratios ${m(ratios).toFixed(3)}, ratio of medians ${(m(stats.observed.p95) / m(stats.bare.p95)).toFixed(3)}; p50 ${(m(stats.observed.p50) / m(stats.bare.p50)).toFixed(3)}`);
  console.log(`observability work of one turn alone: median ${m(isolated).toFixed(1)} µs (runs: ${isolated.map((v) => v.toFixed(1)).join(', ')}) = ${((m(isolated) / 1000 / m(stats.bare.p95)) * 100).toFixed(2)} % of the bare p95`);
}

await main();
