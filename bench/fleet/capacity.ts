/**
 * What one instance costs per turn, measured so that the figure does not depend on how busy the shared machine
 * is: CPU time of the server process per answered turn (from /proc), Redis commands per turn (INFO), Gemini calls
 * per turn (the wire double's count), and the throughput one pinned instance reached at a fixed concurrency.
 * docs/operations.md ("Capacity for a real surge") turns these into instances, Redis ops/s and Gemini quota.
 *
 *   node bench/fleet/capacity.ts [--seconds 20] [--concurrency 32]
 *
 * The server runs as its own process pinned to CPU 1 (taskset), this client on CPU 0; both share the machine
 * with whatever else runs, so the load average is printed with every figure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { Redis } from 'ioredis';
import { startGeminiDouble } from '../../tests/fakes/gemini-server.ts';
import { startRedisServer } from '../../tests/helpers/redis-server.ts';
import { numberOption } from '../lib/options.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { startServerProcess } from '../lib/server-process.ts';
import { percentile } from '../lib/stats.ts';
import { FOLLOW_UPS, LOCATIONS, MIX, oneOf, pick, QUESTIONS } from './mix.ts';
import { loadAverage, machine } from './report.ts';

const SECONDS = numberOption('seconds', 20);
const CONCURRENCY = numberOption('concurrency', 32);
const CLOCK_TICKS = 100; // USER_HZ on Linux

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000;
}

async function commands(redis: Redis): Promise<number> {
  return Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1] ?? Number.NaN);
}

interface Phase {
  engine: string;
  loadAverage: { before: string; after: string };
  turns: number;
  turnsPerSecond: number;
  cpuMsPerTurn: number;
  /** Turns per second one fully used vCPU would answer at this cost. */
  turnsPerCpuSecond: number;
  redisCommandsPerTurn: number;
  geminiCallsPerTurn?: number;
  /** Characters of a Gemini request (system instruction and user turn) and of its answer, on average. */
  geminiPromptChars?: number;
  p50: number;
  p95: number;
  failed: number;
}

/** Runs `CONCURRENCY` clients in a closed loop for `seconds`, half JSON, half streamed, the fleet's mix of questions. */
async function drive(baseUrl: string, seconds: number, seed: number): Promise<{ latencies: number[]; failed: number; causes: Record<string, number> }> {
  const random = seededRandom(seed);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL(baseUrl);
  const sessions: string[] = [];
  const latencies: number[] = [];
  let failed = 0;
  const causes: Record<string, number> = {};
  const end = performance.now() + seconds * 1000;
  const client = async (n: number) => {
    while (performance.now() < end) {
      const lang = pick(MIX.languages, random);
      const followUp = sessions.length > 100 && random() < MIX.followUp;
      const body = JSON.stringify({
        message: oneOf((followUp ? FOLLOW_UPS : QUESTIONS)[lang], random),
        lang,
        sessionId: followUp ? oneOf(sessions, random) : undefined,
        location: random() < MIX.withLocation ? oneOf(LOCATIONS, random) : undefined,
      });
      const sse = random() < 0.5;
      const started = performance.now();
      const { status, text } = await new Promise<{ status: number; text: string }>((resolve) => {
        const req = request(
          { host: url.hostname, port: url.port, path: '/api/chat', method: 'POST', agent, headers: { 'content-type': 'application/json', accept: sse ? 'text/event-stream' : 'application/json', 'x-forwarded-for': `198.18.${n}.${Math.floor(random() * 250)}` } },
          (res) => {
            let data = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (data += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text: data }));
            res.on('error', () => resolve({ status: 0, text: '' }));
          },
        );
        req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, text: error.code ?? error.message }));
        req.end(body);
      });
      if (status !== 200 || (sse && !text.includes('event: done'))) {
        failed += 1;
        const cause = `${status} ${text.slice(0, 80)}`;
        causes[cause] = (causes[cause] ?? 0) + 1;
        continue;
      }
      latencies.push(performance.now() - started);
      const id = /"sessionId":"([^"]+)"/.exec(text)?.[1];
      if (id && !followUp && sessions.length < 2_000) sessions.push(id);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => client(n)));
  agent.destroy();
  return { latencies, failed, causes };
}

async function measure(engine: 'local' | 'gemini'): Promise<Phase> {
  const redisServer = await startRedisServer();
  const gemini = engine === 'gemini' ? await startGeminiDouble() : undefined;
  const server = await startServerProcess({
    REDIS_URL: redisServer.url,
    // no balancer in front: the client's own X-Forwarded-For entry is the one proxy hop
    TRUST_PROXY_HOPS: '1',
    LOG_LEVEL: 'warn',
    ...(gemini ? { GEMINI_API_KEY: 'capacity', GEMINI_BASE_URL: gemini.url } : {}),
  });
  const redis = new Redis(redisServer.url);
  const pid = server.child.pid as number;
  try {
    execFileSync('taskset', ['-pc', '1', String(pid)], { stdio: 'ignore' });
    execFileSync('taskset', ['-pc', '0', String(process.pid)], { stdio: 'ignore' });
    await drive(server.baseUrl, 5, 1); // warm-up: JIT, caches, connections
    const before = { cpu: cpuMs(pid), commands: await commands(redis), gemini: gemini?.requests.length ?? 0, load: loadAverage(), at: performance.now() };
    const { latencies, failed, causes } = await drive(server.baseUrl, SECONDS, 2);
    if (failed > 0) console.error(`${engine}: failures`, causes);
    const wall = (performance.now() - before.at) / 1000;
    const cpu = cpuMs(pid) - before.cpu;
    const turns = latencies.length;
    return {
      engine,
      loadAverage: { before: before.load, after: loadAverage() },
      turns,
      turnsPerSecond: Math.round(turns / wall),
      cpuMsPerTurn: cpu / turns,
      turnsPerCpuSecond: Math.round(1000 / (cpu / turns)),
      redisCommandsPerTurn: ((await commands(redis)) - before.commands) / turns,
      geminiCallsPerTurn: gemini ? (gemini.requests.length - before.gemini) / turns : undefined,
      geminiPromptChars: gemini ? Math.round(gemini.requests.reduce((sum, r) => sum + r.systemText.length + r.userText.length, 0) / Math.max(1, gemini.requests.length)) : undefined,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      failed,
    };
  } finally {
    redis.disconnect();
    await server.stop();
    await gemini?.close();
    await redisServer.stop();
  }
}

const results = { date: new Date().toISOString(), command: `node bench/fleet/capacity.ts ${process.argv.slice(2).join(' ')}`.trim(), machine: machine(), concurrency: CONCURRENCY, seconds: SECONDS, phases: [await measure('local'), await measure('gemini')] };
for (const phase of results.phases) {
  console.log(
    `${phase.engine}: ${phase.turns} turns, ${phase.turnsPerSecond}/s on one pinned CPU (load ${phase.loadAverage.before} → ${phase.loadAverage.after}); ` +
      `${phase.cpuMsPerTurn.toFixed(2)} ms CPU per turn (${phase.turnsPerCpuSecond} turns per CPU-second); ${phase.redisCommandsPerTurn.toFixed(2)} Redis commands per turn` +
      `${phase.geminiCallsPerTurn === undefined ? '' : `; ${phase.geminiCallsPerTurn.toFixed(2)} Gemini calls per turn, ${phase.geminiPromptChars} characters of prompt each`}; p50 ${phase.p50.toFixed(0)} ms, p95 ${phase.p95.toFixed(0)} ms; ${phase.failed} failed`,
  );
}
const out = path.resolve(import.meta.dirname, '../results/fleet-capacity.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
