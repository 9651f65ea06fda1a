/**
 * Issue 5 benchmark: the time of one scrape of /api/metrics with 10,000 active sessions, with the memory session
 * store and with the Redis one (a redis-server started here), the registry filled by 600 real chat turns and
 * the process metrics on. Times the registry alone, and the whole GET over HTTP as an outside scraper sees it
 * (curl's time_total: connection, token check, collection, transfer), the client in its own process as
 * Prometheus would be.
 * Run: node bench/metrics-scrape.ts [--sessions 10000] [--scrapes 200]
 */
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import { Redis } from 'ioredis';
import pino from 'pino';
import { LocalAnswerEngine } from '../src/adapters/answer-engine/local-answer-engine.ts';
import { MemorySessionStore } from '../src/adapters/session-store/memory-session-store.ts';
import { RedisSessionStore } from '../src/adapters/session-store/redis-session-store.ts';
import { newSession } from '../src/adapters/session-store/session.ts';
import type { SessionStore } from '../src/adapters/session-store/session-store.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { OpsEvents } from '../src/observability/events.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createObservability } from '../src/observability/observability.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';
import { createApp } from '../src/server/create-app.ts';
import { numberOption } from './lib/options.ts';
import { median, percentile } from './lib/stats.ts';

const SESSIONS = numberOption('sessions', 10_000);
const SCRAPES = numberOption('scrapes', 200);
const TOKEN = 'bench-metrics-token-0123456789';
const run = promisify(execFile);
const QUESTIONS = ['大井町駅の近くの避難所は？', 'Shelters near Shibuya station', '新宿站附近的避难所在哪里', '品川구 대피소 어디예요', 'ひなんじょ どこ', ''];

async function fill(store: SessionStore): Promise<void> {
  const now = Date.now();
  for (let i = 0; i < SESSIONS; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, SESSIONS - i) }, () => store.save(newSession(randomUUID(), now))));
  }
}

async function measure(label: string, index: CorpusIndex, sessions: SessionStore): Promise<string> {
  await fill(sessions);
  const log = createLogger({ level: 'warn', destination: pino.destination({ dest: '/dev/null', sync: false }) });
  const events = new OpsEvents();
  const observability = createObservability({ log, sessions, events });
  const deps = { index, sessions, localEngine: new LocalAnswerEngine(), now: Date.now, newId: randomUUID, observer: observability.pipelineObserver, events, log };
  const app = createApp({ deps, log, errorRate: observability.errorRate, metrics: observability.metrics, metricsToken: TOKEN, breakers: observability.breakers, events, version: 'bench', startedAt: Date.now() });
  for (let i = 0; i < 600; i += 1) {
    await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: QUESTIONS[i % QUESTIONS.length] }) });
  }
  events.emit('breaker', { name: 'gemini', state: 'closed' });
  events.emit('external', { service: 'gemini', status: 'success', seconds: 0.8 });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/metrics`;
  const registryTimes: number[] = [];
  const httpTimes: number[] = [];
  const floorTimes: number[] = [];
  // CPU time is what the scrape costs the process; wall time also holds the waits for a CPU on a busy machine
  const registryCpu: number[] = [];
  const curl = async (target: string) => {
    const { stdout } = await run('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code} %{size_download} %{time_total}', '-H', `Authorization: Bearer ${TOKEN}`, target]);
    const [status = '', size = '0', seconds = 'NaN'] = stdout.trim().split(' ');
    if (status !== '200') throw new Error(`${target} answered ${status}`);
    return { size: Number(size), ms: Number(seconds) * 1000 };
  };
  let bytes = 0;
  let active = '';
  for (let i = 0; i < SCRAPES + 20; i += 1) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const text = await observability.metrics.registry.metrics();
    const cpu = process.cpuUsage(cpuBefore);
    const registryMs = performance.now() - started;
    const scrape = await curl(url);
    // the same client and server answering the cheapest endpoint: the machine's floor for one HTTP exchange
    const floor = await curl(url.replace('/api/metrics', '/api/health'));
    if (i < 20) continue; // warm-up
    registryTimes.push(registryMs);
    registryCpu.push((cpu.user + cpu.system) / 1000);
    httpTimes.push(scrape.ms);
    floorTimes.push(floor.ms);
    bytes = scrape.size;
    active = /^active_sessions_total (\d+)/m.exec(text)?.[1] ?? '?';
  }
  server.close();
  observability.close();
  const series = (await observability.metrics.registry.getMetricsAsJSON()).reduce((n, m) => n + m.values.length, 0);
  return `${label.padEnd(7)} active_sessions_total ${active}, ${series} series, ${Math.round(bytes / 1024)} KiB: registry p50 ${median(registryTimes).toFixed(2)} ms p95 ${percentile(registryTimes, 95).toFixed(2)} ms (CPU p50 ${median(registryCpu).toFixed(2)} ms); GET /api/metrics p50 ${median(httpTimes).toFixed(2)} ms p95 ${percentile(httpTimes, 95).toFixed(2)} ms (GET /api/health on the same server: p50 ${median(floorTimes).toFixed(2)} ms)`;
}

async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  probe.close();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

async function main(): Promise<void> {
  const index = new CorpusIndex(await loadCorpus(path.resolve('data/snapshot/corpus.json')));
  console.log(`# scrape of /api/metrics with ${SESSIONS} sessions, ${SCRAPES} scrapes, ${new Date().toISOString()}`);
  console.log(`# ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(await measure('memory', index, new MemorySessionStore()));
  const redisServer = await startRedis();
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: 1 });
  try {
    console.log(await measure('redis', index, new RedisSessionStore(redis, { prefix: `bench:${randomUUID()}:` })));
  } finally {
    redis.disconnect();
    await redisServer.stop();
  }
}

await main();
