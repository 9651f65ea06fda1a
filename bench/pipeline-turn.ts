/**
 * Issue 10 benchmark: the CPU time of one whole chat turn in process (every pipeline step, the answer streamed and
 * each event serialised as the API would), over the chat-turn benchmark's questions, and the bytes a turn streams.
 * CPU time (process.cpuUsage), not wall time, so that other work on a shared machine moves it less than the HTTP
 * benchmark (bench/chat-turn.ts), whose client shares the machine's cores with the server.
 *
 * Run: node bench/pipeline-turn.ts [--turns 1600] [--rounds 5]
 * Against an older commit: git worktree add /tmp/old <commit>; link node_modules; npm run ingest there; then
 *   (cd /tmp/old && node /path/to/this/bench/pipeline-turn.ts --src /tmp/old/src)
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { QUESTIONS } from './lib/chat-questions.ts';
import { numberOption, stringOption } from './lib/options.ts';
import { fixed, median } from './lib/stats.ts';

const TURNS = numberOption('turns', 1600);
const ROUNDS = numberOption('rounds', 5);
/** The source tree measured: this checkout's, or an older commit's worktree. */
const SRC = path.resolve(stringOption('src', path.resolve(import.meta.dirname, '../src')));

async function main(): Promise<void> {
  const { LocalAnswerEngine } = await import(path.join(SRC, 'adapters/answer-engine/local-answer-engine.ts'));
  const { MemorySessionStore } = await import(path.join(SRC, 'adapters/session-store/memory-session-store.ts'));
  const { loadCorpus } = await import(path.join(SRC, 'opendata/load-corpus.ts'));
  const { ChatContext } = await import(path.join(SRC, 'pipeline/context.ts'));
  const { runPipeline } = await import(path.join(SRC, 'pipeline/run-pipeline.ts'));
  const { CHAT_STEPS } = await import(path.join(SRC, 'pipeline/steps/index.ts'));
  const { CorpusIndex } = await import(path.join(SRC, 'retrieval/corpus-index.ts'));
  const index = new CorpusIndex(await loadCorpus(path.resolve('data/snapshot/corpus.json')));
  index.warmUp?.();
  const deps = { index, sessions: new MemorySessionStore(), localEngine: new LocalAnswerEngine(), now: Date.now, newId: randomUUID };
  const turn = async (i: number): Promise<number> => {
    const question = QUESTIONS[i % QUESTIONS.length] as (typeof QUESTIONS)[number];
    const ctx = new ChatContext({ message: question.message, location: question.location }, deps, new AbortController().signal);
    let bytes = 0;
    for await (const event of runPipeline(ctx, CHAT_STEPS)) bytes += Buffer.byteLength(JSON.stringify(event));
    return bytes;
  };
  for (let i = 0; i < TURNS / 2; i += 1) await turn(i); // warm up
  const perTurn: number[] = [];
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const before = process.cpuUsage();
    for (let i = 0; i < TURNS; i += 1) bytes += await turn(i);
    const used = process.cpuUsage(before);
    perTurn.push((used.user + used.system) / TURNS);
  }
  console.log(`pipeline turn (${SRC}): CPU ${fixed(median(perTurn), 0)} µs a turn (median of ${ROUNDS} rounds of ${TURNS}: ${perTurn.map((value) => fixed(value, 0)).join(', ')})`);
  console.log(`events streamed: ${fixed(bytes / (TURNS * ROUNDS) / 1024, 1)} KiB a turn`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((value) => fixed(value, 1)).join(' ')}, Node ${process.version}, ${new Date().toISOString()}`);
}

await main();
