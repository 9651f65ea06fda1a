import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Redis } from 'ioredis';
import { SESSION } from '../../src/config/tunables.ts';
import type { Session } from '../../src/core/session.ts';
import { percentile } from '../lib/stats.ts';
import type { LedgerEntry, LoadResult, TurnRecord } from './load.ts';

export interface SessionCheck {
  /** Sessions with at least one turn the client was told was recorded. */
  checked: number;
  /** …whose key is gone, or whose last acknowledged turn is missing. */
  lost: number;
  /** Sessions left out: idle past the TTL by the time of the check (expired as designed). */
  expired: number;
  /** Turns answered with sessionSaved: false (Redis away), by design not in the store. */
  unsavedTurns: number;
  examples: string[];
}

/** Reads every session the load wrote back from Redis and checks that its last acknowledged turn is there. */
export async function checkSessions(redis: Redis, ledger: Map<string, LedgerEntry>, startedAt: number, prefix = 'tac:'): Promise<SessionCheck> {
  const check: SessionCheck = { checked: 0, lost: 0, expired: 0, unsavedTurns: 0, examples: [] };
  const entries = [...ledger.entries()];
  const ttlMs = SESSION.idleTtlSeconds * 1000 - 60_000; // a minute of margin before Redis expires it
  for (const [, entry] of entries) check.unsavedTurns += entry.unsaved;
  const live = entries.filter(([, entry]) => entry.acked.length > 0 && performance.now() - startedAt - entry.lastAckAt < ttlMs);
  check.expired = entries.filter(([, entry]) => entry.acked.length > 0).length - live.length;
  for (let at = 0; at < live.length; at += 1_000) {
    const batch = live.slice(at, at + 1_000);
    const values = await redis.mget(...batch.map(([id]) => `${prefix}session:${id}`));
    batch.forEach(([id, entry], i) => {
      check.checked += 1;
      const json = values[i];
      const stored = json ? (JSON.parse(json) as Session) : undefined;
      const last = entry.acked.at(-1);
      if (stored && stored.turns.some((turn) => turn.messageId === last)) return;
      check.lost += 1;
      if (check.examples.length < 5) check.examples.push(`${id}: ${stored ? `turn ${last} missing of ${stored.turns.length}` : 'key missing'}`);
    });
  }
  return check;
}

export interface PhaseStats {
  sent: number;
  /** Due but not sent: the load generator itself was saturated (not counted as sent or failed). */
  notSent: number;
  ok: number;
  shed: number;
  failed: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Counts and latency percentiles (ms, of answered turns, from when each was due) of the turns due in [from, to). */
export function phaseStats(records: TurnRecord[], from: number, to: number): PhaseStats {
  const due = records.filter((record) => record.at >= from && record.at < to);
  const inPhase = due.filter((record) => !record.notSent);
  const latencies = inPhase.filter((record) => record.ok).map((record) => record.totalMs);
  return {
    sent: inPhase.length,
    notSent: due.length - inPhase.length,
    ok: latencies.length,
    shed: inPhase.filter((record) => record.shed).length,
    failed: inPhase.filter((record) => !record.ok && !record.shed).length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/**
 * Seconds from the end of the fault until the turns are back: the first moment from which two 2-second windows
 * in a row have a p95 within 20 % of the p95 before the fault (at least 25 ms of slack, for figures of a few ms
 * on a shared machine) and no failure. Undefined when that never happens before the run ends.
 */
export function recoverySeconds(records: TurnRecord[], faultEnd: number, runEnd: number, before: number): number | undefined {
  const bound = Math.max(before * 1.2, before + 25);
  const good = (from: number) => {
    const stats = phaseStats(records, from, from + 2_000);
    return stats.failed === 0 && !(stats.p95 > bound);
  };
  for (let start = faultEnd; start + 4_000 <= runEnd; start += 250) if (good(start) && good(start + 2_000)) return (start - faultEnd) / 1000;
  return undefined;
}

export interface FaultReport {
  scenario: string;
  date: string;
  command: string;
  loadAverage: { before: string; after: string };
  machine: string;
  ratePerSecond: number;
  durationSeconds: number;
  fault: { startS: number; endS: number; what: string };
  totals: { sent: number; ok: number; shed: number; failed: number; notSent: number };
  failuresByCause: Record<string, number>;
  failuresOnKilledInstance?: number;
  failuresWithoutBody: number;
  hung: number;
  sessions: SessionCheck;
  discontinuedFollowUps: number;
  before: PhaseStats;
  during: PhaseStats;
  after: PhaseStats;
  recoverySeconds?: number;
  peakSseInFlight: number;
  peakVoiceOpen: number;
  voiceReconnects: number;
  notes: string[];
}

export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
}

/** The report of a fault scenario from the load's records; `warmupS` seconds at the start are left out. */
export function faultReport(input: {
  scenario: string;
  command: string;
  loadBefore: string;
  load: LoadResult;
  sessions: SessionCheck;
  rate: number;
  durationSeconds: number;
  warmupS: number;
  fault: { startS: number; endS: number; what: string };
  killedInstance?: string;
  notes?: string[];
}): FaultReport {
  const records = input.load.records.filter((record) => !record.notSent);
  const [start, end, runEnd] = [input.fault.startS * 1000, input.fault.endS * 1000, input.durationSeconds * 1000];
  const failed = records.filter((record) => !record.ok && !record.shed);
  const byCause: Record<string, number> = {};
  for (const record of failed) byCause[record.cause ?? 'unknown'] = (byCause[record.cause ?? 'unknown'] ?? 0) + 1;
  const before = phaseStats(records, input.warmupS * 1000, start);
  return {
    scenario: input.scenario,
    date: new Date().toISOString(),
    command: input.command,
    loadAverage: { before: input.loadBefore, after: loadAverage() },
    machine: machine(),
    ratePerSecond: input.rate,
    durationSeconds: input.durationSeconds,
    fault: input.fault,
    totals: { sent: records.length, ok: records.filter((r) => r.ok).length, shed: records.filter((r) => r.shed).length, failed: failed.length, notSent: input.load.records.length - records.length },
    failuresByCause: byCause,
    failuresOnKilledInstance: input.killedInstance ? failed.filter((record) => record.instance === input.killedInstance).length : undefined,
    failuresWithoutBody: failed.filter((record) => record.cause?.startsWith('http_') && !record.explained).length,
    hung: failed.filter((record) => record.cause === 'hung').length,
    sessions: input.sessions,
    discontinuedFollowUps: input.load.discontinued,
    before,
    during: phaseStats(records, start, end),
    after: phaseStats(records, end, runEnd),
    recoverySeconds: recoverySeconds(records, end, runEnd, before.p95),
    peakSseInFlight: input.load.peakSseInFlight,
    peakVoiceOpen: input.load.peakVoiceOpen,
    voiceReconnects: input.load.voiceReconnects,
    notes: input.notes ?? [],
  };
}

/** A report as the lines printed at the end of a run. */
export function formatReport(report: FaultReport): string {
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
  const phase = (name: string, stats: PhaseStats) =>
    `  ${name.padEnd(7)} sent ${String(stats.sent).padStart(6)}  ok ${String(stats.ok).padStart(6)}  shed ${String(stats.shed).padStart(5)}  failed ${String(stats.failed).padStart(4)}  p50 ${ms(stats.p50)}  p95 ${ms(stats.p95)}  p99 ${ms(stats.p99)} ms`;
  return [
    `scenario ${report.scenario}: ${report.fault.what} (${report.fault.startS}-${report.fault.endS} s of ${report.durationSeconds} s, ${report.ratePerSecond} turns/s)`,
    `  ${report.date}, load average ${report.loadAverage.before} → ${report.loadAverage.after}; ${report.command}`,
    `  sent ${report.totals.sent}, answered ${report.totals.ok}, shed ${report.totals.shed}, failed ${report.totals.failed}${report.totals.notSent ? `; ${report.totals.notSent} not sent (the generator saturated)` : ''}`,
    `  failures by cause: ${JSON.stringify(report.failuresByCause)}${report.failuresOnKilledInstance !== undefined ? ` (${report.failuresOnKilledInstance} on the killed instance)` : ''}`,
    `  failures without a body: ${report.failuresWithoutBody}; hung: ${report.hung}`,
    `  sessions: ${report.sessions.checked} read back, ${report.sessions.lost} lost, ${report.sessions.expired} expired, ${report.sessions.unsavedTurns} turns answered unsaved; follow-ups not continued: ${report.discontinuedFollowUps}`,
    phase('before', report.before),
    phase('during', report.during),
    phase('after', report.after),
    `  recovery (two 2 s windows in a row with p95 within 20 % of before, no failure): ${report.recoverySeconds === undefined ? 'not within the run' : `${report.recoverySeconds} s after the fault ended`}`,
    `  peak SSE in flight ${report.peakSseInFlight}, voice sockets open ${report.peakVoiceOpen}, voice reconnects ${report.voiceReconnects}`,
    ...report.notes.map((note) => `  note: ${note}`),
  ].join('\n');
}
