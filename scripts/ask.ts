/**
 * Asks the local pipeline one question or a short conversation, in process, and prints what the API would
 * answer: a tool for developers (no server, no network).
 *
 *   node scripts/ask.ts "深川図書館は何時まで？" ["and on Sunday?" ...] [--lang en] [--at 35.68,139.80] [--json]
 *
 * Each further argument is the next turn of the same session. `--at` sends a device location with every turn.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LocalAnswerEngine } from '../src/adapters/answer-engine/local-answer-engine.ts';
import { MemorySessionStore } from '../src/adapters/session-store/memory-session-store.ts';
import { LANGS, type Lang } from '../src/core/languages.ts';
import type { ChatEvent, SourceView } from '../src/core/chat.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { ChatContext, type PipelineDeps } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { CHAT_STEPS } from '../src/pipeline/steps/index.ts';
import { CorpusIndex } from '../src/retrieval/corpus-index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean', default: false }, snapshot: { type: 'string' } },
});
if (positionals.length === 0) {
  console.error('usage: node scripts/ask.ts "question" ["follow-up" ...] [--lang en] [--at lat,lon] [--json]');
  process.exit(2);
}
const lang = values.lang as Lang | undefined;
if (lang && !LANGS.includes(lang)) throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
const [lat, lon] = (values.at ?? '').split(',').map(Number);
const location = values.at ? { lat: lat as number, lon: lon as number } : undefined;

const corpus = await loadCorpus(values.snapshot ?? path.resolve(import.meta.dirname, '../data/snapshot/corpus.json'));
const deps: PipelineDeps = { index: new CorpusIndex(corpus), sessions: new MemorySessionStore(), localEngine: new LocalAnswerEngine(), now: Date.now, newId: randomUUID };

let sessionId: string | undefined;
for (const message of positionals) {
  const ctx = new ChatContext({ message, sessionId, lang, location }, deps, new AbortController().signal);
  let sources: SourceView[] = [];
  let anchor: unknown;
  for await (const event of runPipeline(ctx, CHAT_STEPS) as AsyncIterable<ChatEvent>) {
    if (event.type === 'meta') sessionId = event.sessionId;
    if (event.type === 'sources') [sources, anchor] = [event.sources, event.anchor];
  }
  if (values.json) {
    console.log(JSON.stringify({ message, lang: ctx.lang, status: ctx.status, frame: ctx.frame, answer: ctx.answer, anchor, sources }, null, 2));
    continue;
  }
  console.log(`\n> ${message}\n[${ctx.lang}] ${ctx.status}  frame: ${JSON.stringify(ctx.frame, (key, value) => (key === 'residue' ? undefined : value))}`);
  console.log(ctx.answer);
  for (const [i, source] of sources.entries()) {
    const distance = source.distanceMeters === undefined ? '' : ` ${source.distanceMeters} m`;
    console.log(`  [${i + 1}] ${source.title}${distance} — ${source.id}${source.facts ? ` ${JSON.stringify(source.facts.map((fact) => `${fact.label}: ${fact.value}`))}` : ''}`);
  }
}
