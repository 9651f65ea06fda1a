/**
 * Issue 4 benchmark: what the server adds to Gemini's time to first token, and how fast a complete fallback
 * answer is while Gemini is down (breaker open). The server runs as its own process (`node src/server/main.ts`)
 * pointed with GEMINI_BASE_URL at the Gemini double (tests/fakes/gemini-server.ts) in this process, which
 * sends its first chunk 300 ms after a request, then a line every 30 ms.
 *
 *   server-added TTFT = (client's first text event − request sent) − (double's first chunk − request received)
 *
 * Measured twice: with a first chunk that is a complete cited line (what the server itself adds), and with the
 * double's usual answer, which opens with an introduction that cites nothing: the server holds it back until
 * the first cited line (gemini-grounding.ts), so that answer's first text comes one line later.
 * The breaker-open figures come from a fresh server process: in one that has just served hundreds of good
 * answers, the rolling window needs more failures than the volume threshold before it opens.
 *
 * Run: node bench/gemini-latency.ts [--requests 200]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BREAKER } from '../src/config/tunables.ts';
import { groundedAnswer, startGeminiDouble } from '../tests/fakes/gemini-server.ts';
import { fixed, median, percentile } from './lib/stats.ts';
import { startServerProcess } from './lib/server-process.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--requests');
const REQUESTS = at >= 0 ? Number(args[at + 1]) : 200;
const WARMUP = 20;
const FIRST_TOKEN_MS = 300;
const QUESTIONS = ['大井町駅の近くの避難所はどこですか？', 'Where is the nearest AED to Shinagawa Station?', '新宿駅の近くのトイレ', '渋谷站附近的避难所在哪里', '시부야역 근처 대피소'];

const gemini = await startGeminiDouble();
let server = await startServerProcess({ GEMINI_API_KEY: 'bench', GEMINI_BASE_URL: gemini.url, LOG_LEVEL: 'warn' });
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
};

try {
  // 1. Gemini answering: time to the first text event, and what the server adds to the double's 300 ms
  gemini.setDefault({ kind: 'answer', firstTokenMs: FIRST_TOKEN_MS, chunkMs: 30, chunkChars: 'line', text: (request) => groundedAnswer(request).replace(/^[^\n]*\n/, '') });
  results.gemini = await measureFirstText();
  gemini.setDefault({ kind: 'answer', firstTokenMs: FIRST_TOKEN_MS, chunkMs: 30, chunkChars: 'line' });
  results.geminiUncitedIntro = await measureFirstText();
} finally {
  await server.stop();
}

// 2. Gemini down: HTTP 500 until the breaker of a fresh server opens, then complete fallback answers (JSON)
gemini.setDefault({ kind: 'http-error', status: 500 });
server = await startServerProcess({ GEMINI_API_KEY: 'bench', GEMINI_BASE_URL: gemini.url, LOG_LEVEL: 'warn' });
try {
  for (let i = 0; i < BREAKER.volumeThreshold; i += 1) await jsonTurn(QUESTIONS[0] as string);
  const callsWhileOpen = gemini.requests.length;
  const fallback: number[] = [];
  const fallbackStatuses = new Map<string, number>();
  for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
    const sent = performance.now();
    const { status } = await jsonTurn(QUESTIONS[i % QUESTIONS.length] as string);
    fallbackStatuses.set(status, (fallbackStatuses.get(status) ?? 0) + 1);
    if (i >= WARMUP) fallback.push(performance.now() - sent);
  }
  results.breakerOpen = {
    requests: REQUESTS,
    statuses: Object.fromEntries(fallbackStatuses),
    geminiCallsWhileOpen: gemini.requests.length - callsWhileOpen,
    completeAnswerP50ms: median(fallback),
    completeAnswerP95ms: percentile(fallback, 95),
  };
} finally {
  await server.stop();
  await gemini.close();
}

const g = results.gemini as Record<string, number>;
const u = results.geminiUncitedIntro as Record<string, number>;
const b = results.breakerOpen as Record<string, number>;
process.stdout.write(
  `${results.machine as string}\n` +
    `Gemini double at ${FIRST_TOKEN_MS} ms to first token, first line cited (${REQUESTS} turns): TTFT p50 ${fixed(g.ttftP50ms ?? NaN)} ms, p95 ${fixed(g.ttftP95ms ?? NaN)} ms; ` +
    `server adds p50 ${fixed(g.serverAddedP50ms ?? NaN)} ms, p95 ${fixed(g.serverAddedP95ms ?? NaN)} ms (target < 30 ms): ` +
    `to the model p50 ${fixed(g.toModelP50ms ?? NaN)} / p95 ${fixed(g.toModelP95ms ?? NaN)} ms, from its first chunk p50 ${fixed(g.fromModelP50ms ?? NaN)} / p95 ${fixed(g.fromModelP95ms ?? NaN)} ms; load average ${fixed(g.loadAverage ?? NaN, 1)}\n` +
    `  opening with an uncited introduction: TTFT p50 ${fixed(u.ttftP50ms ?? NaN)} ms, p95 ${fixed(u.ttftP95ms ?? NaN)} ms (the introduction waits for the first cited line)\n` +
    `Gemini down, breaker open (${REQUESTS} turns): complete fallback answer p50 ${fixed(b.completeAnswerP50ms ?? NaN)} ms, p95 ${fixed(b.completeAnswerP95ms ?? NaN)} ms (target < 50 ms); ` +
    `Gemini calls while open: ${b.geminiCallsWhileOpen}\n` +
    `statuses: ${JSON.stringify({ gemini: (g as unknown as { statuses: unknown }).statuses, uncited: (u as unknown as { statuses: unknown }).statuses, breakerOpen: (b as unknown as { statuses: unknown }).statuses })}\n`,
);
mkdirSync(path.resolve('bench/results'), { recursive: true });
writeFileSync(path.resolve('bench/results/gemini-latency.json'), `${JSON.stringify(results, null, 2)}\n`);

/** Streamed turns: time to the first text event, and that time minus the double's own time to its first chunk. */
async function measureFirstText(): Promise<Record<string, unknown>> {
  const ttft: number[] = [];
  const added: number[] = [];
  const toModel: number[] = [];
  const fromModel: number[] = [];
  const statuses = new Map<string, number>();
  for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
    const calls = gemini.timings.length;
    const sent = performance.now();
    const { firstText, status } = await streamTurn(QUESTIONS[i % QUESTIONS.length] as string);
    const model = gemini.timings[calls];
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (i < WARMUP || firstText === undefined || model?.firstChunk === undefined) continue;
    ttft.push(firstText - sent);
    added.push(firstText - sent - (model.firstChunk - model.received));
    toModel.push(model.received - sent);
    fromModel.push(firstText - model.firstChunk);
  }
  return {
    requests: REQUESTS,
    doubleFirstTokenMs: FIRST_TOKEN_MS,
    statuses: Object.fromEntries(statuses),
    ttftP50ms: median(ttft),
    ttftP95ms: percentile(ttft, 95),
    serverAddedP50ms: median(added),
    serverAddedP95ms: percentile(added, 95),
    // the two halves: question in → request at the model; model's first chunk → first text event out
    toModelP50ms: median(toModel),
    toModelP95ms: percentile(toModel, 95),
    fromModelP50ms: median(fromModel),
    fromModelP95ms: percentile(fromModel, 95),
    loadAverage: os.loadavg()[0],
  };
}

/** One streamed turn: when its first text event came, and its final status. */
async function streamTurn(message: string): Promise<{ firstText?: number; status: string }> {
  const response = await fetch(`${server.baseUrl}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ message }),
  });
  let firstText: number | undefined;
  let text = '';
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    text += decoder.decode(read.value, { stream: true });
    if (firstText === undefined && text.includes('event: delta')) firstText = performance.now();
  }
  const status = /"type":"done","status":"(\w+)"/.exec(text)?.[1] ?? `http ${response.status}`;
  return { firstText, status };
}

async function jsonTurn(message: string): Promise<{ status: string }> {
  const response = await fetch(`${server.baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) });
  const body = (await response.json()) as { status?: string };
  return { status: body.status ?? `http ${response.status}` };
}
