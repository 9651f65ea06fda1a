/**
 * Issue 5 benchmark: the time of one scrape of /api/metrics with 10,000 active sessions, with the memory session
 * store and with the Redis one (a redis-server started here). The server runs as its own process, as in
 * production; the scraper is this process, reusing its connection as Prometheus does. The registry is filled by
 * real chat turns (memory: the 10,000 turns that open the sessions; Redis: sessions written to Redis, then 600
 * turns), with the process metrics on. GET /api/health on the same server gives the floor of one HTTP exchange.
 * Run: node bench/metrics-scrape.ts [--sessions 10000] [--scrapes 200]
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { RedisSessionStore } from '../src/adapters/session-store/redis-session-store.ts';
import { newSession } from '../src/core/session.ts';
import { startRedisServer } from '../tests/helpers/redis-server.ts';
import { numberOption } from './lib/options.ts';
import { startServerProcess } from './lib/server-process.ts';
import { median, percentile } from './lib/stats.ts';

const SESSIONS = numberOption('sessions', 10_000);
const SCRAPES = numberOption('scrapes', 200);
const TOKEN = 'bench-metrics-token-0123456789';
const QUESTIONS = ['大井町駅の近くの避難所は？', 'Shelters near Shibuya station', '新宿站附近的避难所在哪里', '品川구 대피소 어디예요', 'ひなんじょ どこ'];

/** `amount` chat turns, each opening a session, through 20 connections. */
async function chatTurns(baseUrl: string, amount: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    autocannon(
      {
        url: baseUrl,
        connections: 20,
        amount,
        requests: QUESTIONS.map((message) => ({ method: 'POST', path: '/api/chat', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) })),
      },
      (error, result) => (error ? reject(error) : result.non2xx > 0 ? reject(new Error(`${result.non2xx} chat turns failed`)) : resolve()),
    );
  });
}

async function scrape(baseUrl: string): Promise<{ metrics: number[]; health: number[]; bytes: number; active: string; series: number }> {
  const metrics: number[] = [];
  const health: number[] = [];
  let text = '';
  for (let i = 0; i < SCRAPES + 20; i += 1) {
    let started = performance.now();
    const response = await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    text = await response.text();
    if (response.status !== 200) throw new Error(`/api/metrics answered ${response.status}`);
    const metricsMs = performance.now() - started;
    started = performance.now();
    await (await fetch(`${baseUrl}/api/health`)).text();
    const healthMs = performance.now() - started;
    if (i < 20) continue; // warm-up
    metrics.push(metricsMs);
    health.push(healthMs);
  }
  const series = text.split('\n').filter((line) => line && !line.startsWith('#')).length;
  return { metrics, health, bytes: Buffer.byteLength(text), active: /^active_sessions_total (\d+)/m.exec(text)?.[1] ?? '?', series };
}

function line(label: string, r: Awaited<ReturnType<typeof scrape>>): string {
  return (
    `${label.padEnd(7)} active_sessions_total ${r.active}, ${r.series} series lines, ${Math.round(r.bytes / 1024)} KiB: ` +
    `GET /api/metrics p50 ${median(r.metrics).toFixed(2)} ms p95 ${percentile(r.metrics, 95).toFixed(2)} ms ` +
    `(GET /api/health on the same server: p50 ${median(r.health).toFixed(2)} ms p95 ${percentile(r.health, 95).toFixed(2)} ms)`
  );
}

console.log(`# scrape of /api/metrics with ${SESSIONS} sessions, ${SCRAPES} scrapes, ${new Date().toISOString()}`);
console.log(`# ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const memoryServer = await startServerProcess({ METRICS_TOKEN: TOKEN });
try {
  await chatTurns(memoryServer.baseUrl, SESSIONS);
  console.log(line('memory', await scrape(memoryServer.baseUrl)));
} finally {
  await memoryServer.stop();
}

const redisServer = await startRedisServer();
try {
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: 1 });
  const store = new RedisSessionStore(redis); // the server's own key prefix
  const now = Date.now();
  for (let i = 0; i < SESSIONS; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, SESSIONS - i) }, () => store.save(newSession(randomUUID(), now))));
  }
  redis.disconnect();
  const server = await startServerProcess({ METRICS_TOKEN: TOKEN, REDIS_URL: redisServer.url });
  try {
    await chatTurns(server.baseUrl, 600);
    console.log(line('redis', await scrape(server.baseUrl)));
  } finally {
    await server.stop();
  }
} finally {
  await redisServer.stop();
}
