/**
 * `npm run eval:blind -- --batch 2026-12-06`: runs a blind batch (eval/blind/README.md) through the HTTP API of a
 * fresh in-process server (the embedded default: local engine, memory sessions) and judges it by the README's
 * rules (blind-judge.ts). The first run of a batch is kept in eval/blind/results/<batch>.first-run.json and never
 * overwritten: it is the figure docs/quality.md reports. Later runs go to <batch>.latest.json (a development set).
 * `--show` prints every failure with its answer.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadEnv } from '../src/config/env.ts';
import { createLogger } from '../src/observability/logger.ts';
import { startServer } from '../src/server/start-server.ts';
import { type ApiReply, type BlindBatch, BlindJudge, type BlindExpectation, type BlindVerdict } from './blind-judge.ts';

const { values: args } = parseArgs({ options: { batch: { type: 'string', default: '2026-12-06' }, show: { type: 'boolean' } } });
const dir = path.resolve(import.meta.dirname, 'blind');
const batch = JSON.parse(await readFile(path.join(dir, `${args.batch}.json`), 'utf8')) as BlindBatch;

interface Result {
  id: string;
  lang: string;
  kind: string;
  dataset: string | null;
  conversation: boolean;
  expected: BlindExpectation['status'];
  status: string;
  verdict: BlindVerdict;
  question: string;
  answer: string;
  sources: string[];
}

const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
// one client asks hundreds of questions from this machine: the rate limits would refuse it (HTTP 429), as they did
// the batch's run of 21:54 UTC (eval/blind/results/2026-12-06.run1-harness-429.json), which is why this is set
const env = loadEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_EXEMPT_LOOPBACK: 'true', ...(process.env.SNAPSHOT_PATH ? { SNAPSHOT_PATH: process.env.SNAPSHOT_PATH } : {}) });
const server = await startServer({ env, log: createLogger({ level: 'warn', destination: quiet }) });
const baseUrl = `http://127.0.0.1:${server.port}`;
const judge = new BlindJudge(server.deps.index.corpus);
const results: Result[] = [];
try {
  for (const item of batch.cases) {
    const { status, body } = await ask({ message: item.message, location: item.location, lang: item.sendLang });
    results.push(resultOf(item.id, item.lang, item.kind, item.dataset, false, item.expect, item.message, status, body));
  }
  for (const conversation of batch.conversations) {
    let sessionId: string | undefined;
    let last: { status: number; body: ApiReply & { sessionId?: string } } | undefined;
    const sendLang = conversation.lang === 'ja-easy' ? 'ja-easy' : undefined;
    for (const turn of conversation.turns) {
      last = await ask({ message: turn.message, location: turn.location, sessionId, lang: sendLang });
      sessionId = last.body.sessionId ?? sessionId;
    }
    const final = conversation.turns.at(-1)?.message ?? '';
    if (last) results.push(resultOf(conversation.id, conversation.lang, conversation.kind, conversation.dataset, true, conversation.expect, final, last.status, last.body));
  }
} finally {
  await server.close();
}

const summary = summarise(results);
process.stdout.write(`${summary.text}\n`);
if (args.show) for (const r of results.filter((x) => !x.verdict.correct)) process.stdout.write(`\n--- ${r.id} [${r.status}] ${r.question}\n${r.answer}\nsources: ${r.sources.join('; ')}\n${r.verdict.reasons.join('\n')}\n`);
await mkdir(path.join(dir, 'results'), { recursive: true });
const first = path.join(dir, 'results', `${args.batch}.first-run.json`);
const record = { batch: args.batch, ranAt: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`, figures: summary.figures, results };
const target = existsSync(first) ? path.join(dir, 'results', `${args.batch}.latest.json`) : first;
await writeFile(target, `${JSON.stringify(record, null, 1)}\n`);
process.stdout.write(`\nwritten: ${path.relative(process.cwd(), target)}${target === first ? ' (the first run: the figure to report)' : ''}\n`);

async function ask(body: { message: string; location?: { lat: number; lon: number }; lang?: string; sessionId?: string }) {
  const response = await fetch(`${baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as ApiReply & { sessionId?: string } };
}

function resultOf(id: string, lang: string, kind: string, dataset: string | null, conversation: boolean, expect: BlindExpectation, question: string, status: number, body: ApiReply): Result {
  const reply: ApiReply = { lang: body.lang, status: body.status, answer: body.answer ?? '', sources: body.sources ?? [] };
  return {
    id,
    lang,
    kind,
    dataset,
    conversation,
    expected: expect.status,
    status: reply.status,
    verdict: judge.judge(lang, expect, status, reply),
    question,
    answer: reply.answer,
    sources: reply.sources.map((source) => `${source.title} (${source.id})`),
  };
}

function summarise(all: Result[]) {
  const rate = (list: Result[]) => ({ correct: list.filter((r) => r.verdict.correct).length, total: list.length });
  const pct = ({ correct, total }: { correct: number; total: number }) => (total === 0 ? '–' : `${((100 * correct) / total).toFixed(1)} %`);
  const group = (key: (r: Result) => string) => {
    const groups = new Map<string, Result[]>();
    for (const r of all) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, ...rate(list) }));
  };
  const figures = {
    overall: rate(all),
    single: rate(all.filter((r) => !r.conversation)),
    conversations: rate(all.filter((r) => r.conversation)),
    declines: rate(all.filter((r) => r.expected === 'declined')),
    invented: all.filter((r) => r.verdict.invented).length,
    byLanguage: group((r) => r.lang),
    byKind: group((r) => (r.conversation ? `conversation: ${r.kind}` : r.kind)),
    byDataset: group((r) => r.dataset ?? '(none)'),
  };
  const line = (name: string, r: { correct: number; total: number }) => `  ${name.padEnd(44)} ${String(r.correct).padStart(4)} / ${String(r.total).padEnd(4)} ${pct(r)}`;
  const text = [
    `blind batch ${args.batch}: ${figures.overall.correct} / ${figures.overall.total} (${pct(figures.overall)})`,
    line('single questions', figures.single),
    line('conversations (last turn)', figures.conversations),
    line('declined with a contact (expected declines)', figures.declines),
    `  answers with an invented fact               ${figures.invented}`,
    'per language',
    ...figures.byLanguage.map((g) => line(g.name, g)),
    'per kind',
    ...figures.byKind.map((g) => line(g.name, g)),
    'per dataset',
    ...figures.byDataset.map((g) => line(g.name, g)),
  ].join('\n');
  return { figures, text };
}
