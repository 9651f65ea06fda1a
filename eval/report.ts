import { percentile } from '../bench/lib/stats.ts';
import type { EvalCase } from './cases.ts';
import type { Verdict } from './judge.ts';

export interface CaseResult {
  item: EvalCase;
  verdict: Verdict;
  /** Whole request, as the client saw it. */
  ms: number;
  /** QuestionFrame and retrieval (the understand and retrieve steps), from the Server-Timing header. */
  retrieveMs?: number;
  status: string;
}

export interface Summary {
  total: number;
  correct: number;
  byLang: Array<[string, number, number]>;
  byTopic: Array<[string, number, number]>;
  honest: [number, number];
  nearWithLocation: [number, number];
  latency: { p50: number; p95: number; retrieveP50?: number; retrieveP95?: number };
  failures: CaseResult[];
}

export function summarise(results: CaseResult[]): Summary {
  const group = (key: (r: CaseResult) => string) => {
    const map = new Map<string, [number, number]>();
    for (const r of results) {
      const [ok, all] = map.get(key(r)) ?? [0, 0];
      map.set(key(r), [ok + Number(r.verdict.correct), all + 1]);
    }
    return [...map].map(([name, [ok, all]]) => [name, ok, all] as [string, number, number]);
  };
  const count = (list: CaseResult[]): [number, number] => [list.filter((r) => r.verdict.correct).length, list.length];
  const retrieve = results.flatMap((r) => (r.retrieveMs === undefined ? [] : [r.retrieveMs]));
  return {
    total: results.length,
    correct: results.filter((r) => r.verdict.correct).length,
    byLang: group((r) => r.item.lang),
    byTopic: group((r) => r.item.topic).sort((a, b) => a[0].localeCompare(b[0])),
    honest: count(results.filter((r) => r.item.expect.kind === 'unanswerable')),
    nearWithLocation: count(results.filter((r) => r.item.expect.kind === 'nearest' && r.item.location !== undefined)),
    latency: {
      p50: percentile(results.map((r) => r.ms), 50),
      p95: percentile(results.map((r) => r.ms), 95),
      retrieveP50: retrieve.length > 0 ? percentile(retrieve, 50) : undefined,
      retrieveP95: retrieve.length > 0 ? percentile(retrieve, 95) : undefined,
    },
    failures: results.filter((r) => !r.verdict.correct),
  };
}

const pct = (ok: number, all: number) => (all === 0 ? '–' : `${((100 * ok) / all).toFixed(1)} %`);

/** The figures as Markdown tables (docs/quality.md, "Evaluation"). */
export function toMarkdown(s: Summary, meta: { date: string; machine: string; snapshot: string }): string {
  const rows = (list: Array<[string, number, number]>) => list.map(([name, ok, all]) => `| ${name} | ${ok} / ${all} | ${pct(ok, all)} |`).join('\n');
  const ms = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(1)} ms`);
  return [
    `Run: ${meta.date}, ${meta.machine}, snapshot built ${meta.snapshot}, local answer engine, in-process server (\`npm run eval\`).`,
    '',
    '| measure | result |',
    '|---|---|',
    `| correct overall | ${s.correct} / ${s.total} (${pct(s.correct, s.total)}) |`,
    `| honest "don't know" on unanswerable questions | ${s.honest[0]} / ${s.honest[1]} (${pct(...s.honest)}) |`,
    `| "near me" answers whose first place is the true nearest | ${s.nearWithLocation[0]} / ${s.nearWithLocation[1]} (${pct(...s.nearWithLocation)}) |`,
    `| latency per request, p50 / p95 (client side, sequential) | ${ms(s.latency.p50)} / ${ms(s.latency.p95)} |`,
    `| understand + retrieve steps, p50 / p95 (Server-Timing) | ${ms(s.latency.retrieveP50)} / ${ms(s.latency.retrieveP95)} |`,
    '',
    '| language | correct | share |',
    '|---|---|---|',
    rows(s.byLang),
    '',
    '| topic | correct | share |',
    '|---|---|---|',
    rows(s.byTopic),
    '',
    s.failures.length === 0 ? 'No failures.' : `Failures (${s.failures.length}):`,
    ...s.failures.map((f) => `- \`${f.item.id}\` "${f.item.message}": ${f.verdict.reasons.join('; ')}`),
  ].join('\n');
}

/** The figures for a terminal. */
export function toText(s: Summary): string {
  const rows = (title: string, list: Array<[string, number, number]>) => [title, ...list.map(([name, ok, all]) => `  ${name.padEnd(18)} ${String(ok).padStart(3)} / ${String(all).padEnd(3)} ${pct(ok, all)}`)];
  return [
    `correct overall      ${s.correct} / ${s.total} (${pct(s.correct, s.total)})`,
    `honest don't-know    ${s.honest[0]} / ${s.honest[1]} (${pct(...s.honest)})`,
    `near me, true nearest ${s.nearWithLocation[0]} / ${s.nearWithLocation[1]} (${pct(...s.nearWithLocation)})`,
    `latency p50 / p95    ${s.latency.p50.toFixed(1)} / ${s.latency.p95.toFixed(1)} ms (understand + retrieve ${s.latency.retrieveP50?.toFixed(2) ?? '–'} / ${s.latency.retrieveP95?.toFixed(2) ?? '–'} ms)`,
    ...rows('per language', s.byLang),
    ...rows('per topic', s.byTopic),
    ...(s.failures.length > 0 ? ['failures', ...s.failures.map((f) => `  ${f.item.id} "${f.item.message}" [${f.status}]: ${f.verdict.reasons.join('; ')}`)] : []),
  ].join('\n');
}
