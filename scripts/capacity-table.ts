/**
 * `npm run capacity [-- options]`: the capacity table of docs/operations.md for any load (src/capacity/capacity-model.ts).
 * With no load given it prints the design's worked examples: 10,000 daily users, 1,000 concurrent users, 500
 * requests a second. Loads (each may be repeated, each is a column):
 *   --dau N          daily users, at the busiest minute of their day
 *   --concurrent N   people with a conversation open
 *   --rps N          chat requests a second (each counted as a Gemini turn)
 * Assumptions (defaults in src/capacity/capacity-figures.ts):
 *   --voice N              open voice sockets with --rps (default 0)
 *   --voice-share F        share of conversations by voice, for --dau and --concurrent
 *   --ttft S, --stream S   Gemini's time to first token and stream time, seconds
 *   --gemini-share F       share of turns that call Gemini
 *   --gemini-rpm N, --gemini-tpm N   the project's Gemini quota (read it in the console)
 *   --input-tokens N, --output-tokens N
 */
import { parseArgs } from 'node:util';
import { USAGE } from '../src/capacity/capacity-figures.ts';
import { type CapacityEstimate, DEFAULT_GEMINI, estimateCapacity, type Load, loadFromConcurrentUsers, loadFromDailyUsers, loadFromRequestRate } from '../src/capacity/capacity-model.ts';

const { values } = parseArgs({
  options: {
    dau: { type: 'string', multiple: true },
    concurrent: { type: 'string', multiple: true },
    rps: { type: 'string', multiple: true },
    voice: { type: 'string' },
    'voice-share': { type: 'string' },
    ttft: { type: 'string' },
    stream: { type: 'string' },
    'gemini-share': { type: 'string' },
    'gemini-rpm': { type: 'string' },
    'gemini-tpm': { type: 'string' },
    'input-tokens': { type: 'string' },
    'output-tokens': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: npm run capacity -- [--dau N] [--concurrent N] [--rps N] [--voice N] [--voice-share F] [--ttft S] [--stream S] [--gemini-share F] [--gemini-rpm N] [--gemini-tpm N] [--input-tokens N] [--output-tokens N]');
  process.exit(0);
}
const number = (name: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} needs a number ≥ 0, got ${text}`);
    process.exit(64);
  }
  return value;
};
const usage = { ...USAGE, voiceShare: number('voice-share', values['voice-share'], USAGE.voiceShare) };
const gemini = {
  ...DEFAULT_GEMINI,
  firstTokenSeconds: number('ttft', values.ttft, DEFAULT_GEMINI.firstTokenSeconds),
  streamSeconds: number('stream', values.stream, DEFAULT_GEMINI.streamSeconds),
  share: number('gemini-share', values['gemini-share'], DEFAULT_GEMINI.share),
  requestsPerMinuteQuota: number('gemini-rpm', values['gemini-rpm'], DEFAULT_GEMINI.requestsPerMinuteQuota),
  tokensPerMinuteQuota: number('gemini-tpm', values['gemini-tpm'], DEFAULT_GEMINI.tokensPerMinuteQuota),
  inputTokens: number('input-tokens', values['input-tokens'], DEFAULT_GEMINI.inputTokens),
  outputTokens: number('output-tokens', values['output-tokens'], DEFAULT_GEMINI.outputTokens),
};

const columns: Array<{ title: string; load: Load }> = [
  ...(values.dau ?? []).map((n) => ({ title: `${Number(n).toLocaleString('en')} DAU`, load: loadFromDailyUsers(number('dau', n, 0), usage) })),
  ...(values.concurrent ?? []).map((n) => ({ title: `${Number(n).toLocaleString('en')} concurrent`, load: loadFromConcurrentUsers(number('concurrent', n, 0), usage) })),
  ...(values.rps ?? []).map((n) => ({ title: `${Number(n).toLocaleString('en')} RPS`, load: loadFromRequestRate(number('rps', n, 0), number('voice', values.voice, 0)) })),
];
if (columns.length === 0) {
  columns.push(
    { title: '10,000 DAU', load: loadFromDailyUsers(10_000, usage) },
    { title: '1,000 concurrent', load: loadFromConcurrentUsers(1_000, usage) },
    { title: '500 RPS', load: loadFromRequestRate(500, number('voice', values.voice, 0)) },
  );
}

const estimates = columns.map((column) => estimateCapacity(column.load, gemini));
const n = (value: number, digits = 0) => (Number.isFinite(value) ? value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');
const share = (value: number) => `${n(100 * value, 1)} %`;
const rows: Array<[string, (e: CapacityEstimate) => string]> = [
  ['chat turns / s (busiest minute)', (e) => n(e.load.turnsPerSecond, 1)],
  ['people with a conversation open', (e) => n(e.load.concurrentUsers)],
  ['slot time per turn, s', (e) => n(e.slotSecondsPerTurn, 2)],
  ['turns in flight (rate × slot time)', (e) => n(e.turnsInFlight, 1)],
  ['open voice sockets (one slot each)', (e) => n(e.load.voiceSockets)],
  ['slots in use', (e) => n(e.slots, 1)],
  ['instances at the 60 % target (slots ÷ 48)', (e) => String(e.instancesAtTarget)],
  ['instances with every slot busy (slots ÷ 80)', (e) => String(e.instancesAtLimit)],
  ['instances for CPU (4 ms a Gemini turn, 60 % of a core)', (e) => String(e.instancesForCpu)],
  ['**instances to run** (bounds 3–20)', (e) => `**${e.instances}**${e.overMax ? ' (over 20!)' : ''} (${e.bindingConstraint})`],
  ['Redis commands / s', (e) => n(e.redis.commandsPerSecond)],
  ['Redis round trips / s', (e) => n(e.redis.roundTripsPerSecond)],
  ['Gemini requests / min', (e) => `${n(e.gemini.requestsPerMinute)} (${share(e.gemini.requestQuotaShare)} of ${n(gemini.requestsPerMinuteQuota)})`],
  ['Gemini tokens / min', (e) => `${n(e.gemini.tokensPerMinute)} (${share(e.gemini.tokenQuotaShare)} of ${n(gemini.tokensPerMinuteQuota)})`],
];
console.log(`| | ${columns.map((c) => c.title).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---').join('|')}|`);
for (const [label, cell] of rows) console.log(`| ${label} | ${estimates.map(cell).join(' | ')} |`);
console.log(
  `\nGemini: first token ${gemini.firstTokenSeconds} s + stream ${gemini.streamSeconds} s, ${gemini.inputTokens} + ${gemini.outputTokens} tokens a turn, ${share(gemini.share)} of turns; ` +
    `at most ${n(estimates[0]?.turnsPerSecondAtMax ?? 0)} chat turns/s on 20 instances at the target. Usage: ${usage.sessionsPerUser} conversations a user a day, ` +
    `${usage.turnsPerSession} turns each, ${share(usage.peakHourShare)} of a day in its busiest hour × ${usage.peakMinuteFactor}, a turn every ${usage.secondsBetweenTurns} s, ` +
    `${usage.sessionMinutes} min a conversation, ${share(usage.voiceShare)} by voice.`,
);
