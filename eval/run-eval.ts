/**
 * `npm run eval`: asks a question set through the real HTTP API and prints accuracy per
 * language and per topic, the honest "don't know" rate, and latency. By default it starts the server in this
 * process on a free port (as tests/helpers/test-server.ts does); `--endpoint http://host:port` asks a running one
 * (the judge then reads the local snapshot, which must be the server's). `--set original` (the default,
 * eval/questions.ts), `--set holdout` (eval/holdout-questions.ts, written blind to measure generalisation) or
 * `--set all`. `--write` puts the figures into docs/quality.md between that set's markers. `--only <id-prefix>` runs
 * a subset.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadEnv } from '../src/config/env.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import type { Corpus } from '../src/core/place.ts';
import { createLogger } from '../src/observability/logger.ts';
import { startServer } from '../src/server/start-server.ts';
import type { EvalCase } from './cases.ts';
import { FRESH_QUESTIONS, HOLDOUT_QUESTIONS } from './holdout-questions.ts';
import { InventionChecker } from './invention-checker.ts';
import { type ApiAnswer, Judge } from './judge.ts';
import { QUESTIONS } from './questions.ts';
import { type CaseResult, summarise, toMarkdown, toText } from './report.ts';

const DOC = 'docs/quality.md';
/** The question sets and the markers in DOC their figures go between. */
const SETS = {
  original: { questions: QUESTIONS, marker: 'eval' },
  holdout: { questions: HOLDOUT_QUESTIONS, marker: 'eval-holdout' },
  fresh: { questions: FRESH_QUESTIONS, marker: 'eval-fresh' },
  all: { questions: [...QUESTIONS, ...HOLDOUT_QUESTIONS, ...FRESH_QUESTIONS], marker: undefined },
} as const;

const { values: args } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    write: { type: 'boolean' },
    only: { type: 'string' },
    set: { type: 'string', default: 'original' },
    /** Print each failed answer's text and sources, to see why. */
    show: { type: 'boolean' },
  },
});
if (!Object.hasOwn(SETS, args.set)) throw new Error(`--set must be one of ${Object.keys(SETS).join(', ')}, not ${args.set}`);
const set = SETS[args.set as keyof typeof SETS];

const { baseUrl, corpus, close } = args.endpoint ? await remote(args.endpoint) : await inProcess();
try {
  selfTest(corpus);
  const judge = new Judge(corpus);
  const cases = set.questions.filter((item) => !args.only || item.id.startsWith(args.only));
  const results = await askAll(baseUrl, cases, judge);
  const summary = summarise(results);
  process.stdout.write(`${toText(summary)}\n`);
  if (args.write && set.marker) await writeDoc(set.marker, toMarkdown(summary, { date: new Date().toISOString().slice(0, 10), machine: machine(), snapshot: corpus.builtAt }));
} finally {
  await close();
}

async function inProcess() {
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  // SNAPSHOT_PATH from the environment lets a run use a snapshot built elsewhere (e.g. while data/snapshot is rebuilt).
  // the questions all come from this machine: the benchmark setting lets them past the rate limits
  const env = loadEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_EXEMPT_LOOPBACK: 'true', ...(process.env.SNAPSHOT_PATH ? { SNAPSHOT_PATH: process.env.SNAPSHOT_PATH } : {}) });
  const running = await startServer({ env, log: createLogger({ level: 'warn', destination: quiet }) });
  return { baseUrl: `http://127.0.0.1:${running.port}`, corpus: running.deps.index.corpus, close: () => running.close() };
}

async function remote(endpoint: string) {
  const corpus = await loadCorpus(path.resolve(loadEnv({ NODE_ENV: 'test' }).SNAPSHOT_PATH));
  return { baseUrl: endpoint.replace(/\/$/, ''), corpus, close: async () => undefined };
}

/** The checker must catch what it is there to catch, or its "no invention" verdicts mean nothing. */
function selfTest(corpus: Corpus): void {
  const checker = new InventionChecker(corpus);
  const planted = checker.check('1. 架空の避難所\n   電話: 03-1234-5678\n   住所: 東京都千代田区架空町1-2-3\n   https://example.com/\n119', []);
  const kinds = new Set(planted.map((invention) => invention.kind));
  if (!['phone', 'address', 'url', 'place'].every((kind) => kinds.has(kind as never)) || planted.some((i) => i.value === '119')) {
    throw new Error(`invention checker self-test failed: ${JSON.stringify(planted)}`);
  }
}

/** One session per `session` group (asked in order), a fresh session for every other question; one at a time. */
async function askAll(baseUrl: string, cases: EvalCase[], judge: Judge): Promise<CaseResult[]> {
  const sessions = new Map<string, string>();
  const results: CaseResult[] = [];
  for (const item of cases) {
    const sessionId = item.session ? sessions.get(item.session) : undefined;
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ message: item.message, sessionId, lang: item.sendLang, location: item.location }),
    });
    const body = (await response.json()) as ApiAnswer;
    const ms = performance.now() - started;
    if (item.session && body.sessionId) sessions.set(item.session, body.sessionId);
    const verdict = judge.judge(item, response.status, body);
    if (args.show && !verdict.correct) {
      const sources = (body.sources ?? []).map((source) => `${source.title} (${source.id}, ${source.distanceMeters ?? '-'} m)`).join('; ');
      process.stdout.write(`--- ${item.id} [${body.status}] ${item.message}\n${body.answer}\nsources: ${sources}\n`);
    }
    results.push({ item, verdict, ms, retrieveMs: retrievalMs(response.headers.get('server-timing')), status: body.status });
  }
  return results;
}

/** Retrieval as the server timed it: the understand step (place and name finding) plus the retrieve step. */
function retrievalMs(header: string | null): number | undefined {
  const steps = new Map(
    (header ?? '').split(',').map((entry) => {
      const [name = '', ...params] = entry.trim().split(';');
      return [name, Number(params.find((param) => param.startsWith('dur='))?.slice(4))] as const;
    }),
  );
  const understand = steps.get('understand');
  const retrieve = steps.get('retrieve');
  return understand !== undefined && retrieve !== undefined && Number.isFinite(understand + retrieve) ? understand + retrieve : undefined;
}

async function writeDoc(marker: string, markdown: string): Promise<void> {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const text = await readFile(DOC, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${start} … ${end} section to write into`);
  await writeFile(DOC, `${text.slice(0, from + start.length)}\n${markdown}\n${text.slice(to)}`);
  process.stdout.write(`figures written to ${DOC}\n`);
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average ${load} (shared machine: latencies are upper bounds)`;
}
