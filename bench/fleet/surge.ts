import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBalancerLog } from './balancer-log.ts';
import { Fleet } from './fleet.ts';
import { runLoad } from './load.ts';
import { checkSessions, loadAverage, machine, type SessionCheck } from './report.ts';
import { percentile } from '../lib/stats.ts';
import { type Sample, sampleFleet } from './sampler.ts';

/** The surge's load: `base` turns/s, a ramp to 20 × base within `rampS`, held, then back to base. */
export interface SurgeShape {
  base: number;
  warmS: number;
  rampS: number;
  holdS: number;
  coolS: number;
  maxConcurrent: number;
}

const FULL: SurgeShape = { base: 200, warmS: 15, rampS: 60, holdS: 30, coolS: 15, maxConcurrent: 80 };

/** Short: a small fleet limit so that shedding shows at a rate this machine can send beside a test run. */
const SHORT: SurgeShape = { base: 30, warmS: 2, rampS: 4, holdS: 3, coolS: 2, maxConcurrent: 3 };

export interface SurgeReport {
  date: string;
  command: string;
  machine: string;
  loadAverage: { before: string; after: string };
  shape: SurgeShape;
  offered: { turns: number; notSent: number; peakPerSecond: number };
  accepted: { turns: number; p50: number; p95: number; p99: number; firstByteP95: number; pastFirstTokenDeadline: number; peakPerSecond: number };
  shed: { turns: number; p50: number; p95: number; max: number; withRetryAfter: number; withMessage: number };
  /** Refused by HAProxy itself with 503 and Retry-After: every instance full for longer than its queue timeout. */
  shedByBalancer: { turns: number; p50: number; p95: number };
  failed: { turns: number; byCause: Record<string, number>; hung: number };
  /**
   * HTTP turns as HAProxy timed them (receipt to last byte; SSE: the whole stream), independent of how late the
   * load generator's own event loop ran: what the fleet did.
   */
  atBalancer: {
    accepted: { turns: number; p50: number; p95: number; max: number; queueP95: number };
    refusedByInstance: { turns: number; p50: number; p95: number; max: number };
    refusedByBalancer: { turns: number; p50: number; p95: number; max: number };
    other: number;
  };
  sessions: SessionCheck;
  samples: Sample[];
  rssMiB: { min: number[]; max: number[] };
}

export function surgeRate(shape: SurgeShape): (seconds: number) => number {
  const { base, warmS, rampS, holdS } = shape;
  return (t) => {
    if (t < warmS) return base;
    if (t < warmS + rampS) return base + ((t - warmS) / rampS) * 19 * base;
    if (t < warmS + rampS + holdS) return 20 * base;
    return base;
  };
}

/** The surge against a fleet of three that cannot grow; every instance sampled every 5 s. */
/**
 * `base`: the starting rate (200 by default, as issue 12 asks). `pin`: the three instances share CPU 1 and this
 * generator takes CPU 0, so that a machine of two cores can offer more than the fleet can take. `limit`: the
 * requests an instance admits at once (80, Cloud Run's concurrency, by default; scaled down with the CPU an
 * instance has here: a third of one core against Cloud Run's 2 vCPU is 80 / 6 ≈ 13).
 */
export async function runSurge(options: { short: boolean; base?: number; pin?: boolean; limit?: number; command: string; log?: (line: string) => void }): Promise<SurgeReport> {
  const shape = options.short ? SHORT : { ...FULL, base: options.base ?? FULL.base, maxConcurrent: options.limit ?? FULL.maxConcurrent };
  const lbLogFile = path.join(tmpdir(), `tac-surge-haproxy-${process.pid}.log`);
  const fleet = new Fleet({ log: options.log, maxConcurrent: shape.maxConcurrent, pinCpus: options.pin ? [1] : undefined, lbLogFile });
  if (options.pin) execFileSync('taskset', ['-pc', '0', String(process.pid)], { stdio: 'ignore' });
  await fleet.start();
  try {
    const before = loadAverage();
    const samples: Sample[] = [];
    const durationSeconds = shape.warmS + shape.rampS + shape.holdS + shape.coolS;
    const result = await runLoad({
      url: fleet.url,
      rate: surgeRate(shape),
      durationSeconds,
      sseConnections: options.short ? 100 : 1_000,
      voiceSockets: options.short ? 20 : 200,
      onSecond: (second) => {
        if (second % 5 === 0) void sampleFleet(fleet, second).then((sample) => samples.push(sample));
      },
    });
    const records = result.records.filter((record) => !record.notSent);
    const notSent = result.records.length - records.length;
    const accepted = records.filter((record) => record.ok);
    const shed = records.filter((record) => record.shed);
    // the balancer's own 503 (every instance at its limit past `timeout queue`): a refusal with Retry-After too
    const lbShed = records.filter((record) => !record.ok && !record.shed && record.byBalancer && record.retryAfter && record.cause === 'http_503_unavailable');
    const failed = records.filter((record) => !record.ok && !record.shed && !lbShed.includes(record));
    const byCause: Record<string, number> = {};
    for (const record of failed) byCause[record.cause ?? 'unknown'] = (byCause[record.cause ?? 'unknown'] ?? 0) + 1;
    const perSecond = (list: typeof records) => {
      const counts = new Map<number, number>();
      for (const record of list) counts.set(Math.floor(record.at / 1000), (counts.get(Math.floor(record.at / 1000)) ?? 0) + 1);
      return Math.max(0, ...counts.values());
    };
    const latencies = accepted.map((record) => record.totalMs);
    const shedMs = shed.map((record) => record.totalMs);
    const chat = readBalancerLog(lbLogFile).filter((request) => request.path === '/api/chat');
    rmSync(lbLogFile, { force: true });
    const timings = (list: typeof chat) => ({ turns: list.length, p50: percentile(list.map((r) => r.totalMs), 50), p95: percentile(list.map((r) => r.totalMs), 95), max: Math.max(0, ...list.map((r) => r.totalMs)) });
    const rss = samples.filter((sample) => sample.t >= shape.warmS).map((sample) => sample.rssMiB);
    return {
      date: new Date().toISOString(),
      command: options.command,
      machine: machine(),
      loadAverage: { before, after: loadAverage() },
      shape,
      offered: { turns: records.length, notSent, peakPerSecond: perSecond(records) },
      accepted: {
        turns: accepted.length,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        firstByteP95: percentile(accepted.map((record) => record.firstMs), 95),
        pastFirstTokenDeadline: accepted.filter((record) => record.firstMs > 1_500).length,
        peakPerSecond: perSecond(accepted),
      },
      shed: {
        turns: shed.length,
        p50: percentile(shedMs, 50),
        p95: percentile(shedMs, 95),
        max: Math.max(0, ...shedMs),
        withRetryAfter: shed.filter((record) => record.retryAfter).length,
        withMessage: shed.filter((record) => record.explained).length,
      },
      shedByBalancer: { turns: lbShed.length, p50: percentile(lbShed.map((r) => r.totalMs), 50), p95: percentile(lbShed.map((r) => r.totalMs), 95) },
      failed: { turns: failed.length, byCause, hung: failed.filter((record) => record.cause === 'hung').length },
      atBalancer: {
        accepted: { ...timings(chat.filter((r) => r.status === 200)), queueP95: percentile(chat.filter((r) => r.status === 200).map((r) => r.queueMs), 95) },
        refusedByInstance: timings(chat.filter((r) => r.status === 503 && r.server !== '<NOSRV>')),
        refusedByBalancer: timings(chat.filter((r) => r.status === 503 && r.server === '<NOSRV>')),
        other: chat.filter((r) => r.status !== 200 && r.status !== 503).length,
      },
      sessions: await checkSessions(fleet.redis(), result.ledger, result.startedAt),
      samples,
      rssMiB: { min: fleet.instances.map((_, i) => Math.min(...rss.map((r) => r[i] as number))), max: fleet.instances.map((_, i) => Math.max(...rss.map((r) => r[i] as number))) },
    };
  } finally {
    await fleet.stop();
  }
}

export function formatSurge(report: SurgeReport): string {
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
  return [
    `surge ${report.shape.base} → ${report.shape.base * 20} turns/s in ${report.shape.rampS} s, held ${report.shape.holdS} s; limit ${report.shape.maxConcurrent} per instance × 3`,
    `  ${report.date}, load average ${report.loadAverage.before} → ${report.loadAverage.after}; ${report.command}`,
    `  offered ${report.offered.turns} (peak ${report.offered.peakPerSecond}/s sent; ${report.offered.notSent} not sent: the generator saturated); accepted ${report.accepted.turns} (peak ${report.accepted.peakPerSecond}/s)`,
    `  accepted: p50 ${ms(report.accepted.p50)} p95 ${ms(report.accepted.p95)} p99 ${ms(report.accepted.p99)} ms, first byte p95 ${ms(report.accepted.firstByteP95)} ms, ${report.accepted.pastFirstTokenDeadline} past the 1.5 s first-token deadline`,
    `  shed: ${report.shed.turns}, p50 ${ms(report.shed.p50)} p95 ${ms(report.shed.p95)} max ${ms(report.shed.max)} ms; with Retry-After ${report.shed.withRetryAfter}, with a message ${report.shed.withMessage}`,
    `  shed by the balancer (503, Retry-After, ja+en message): ${report.shedByBalancer.turns}, p50 ${ms(report.shedByBalancer.p50)} p95 ${ms(report.shedByBalancer.p95)} ms`,
    `  failed: ${report.failed.turns} ${JSON.stringify(report.failed.byCause)}; hung ${report.failed.hung}`,
    `  at the balancer (HTTP turns): accepted ${report.atBalancer.accepted.turns}, p50 ${ms(report.atBalancer.accepted.p50)} p95 ${ms(report.atBalancer.accepted.p95)} max ${ms(report.atBalancer.accepted.max)} ms (queue p95 ${ms(report.atBalancer.accepted.queueP95)} ms); refused by an instance ${report.atBalancer.refusedByInstance.turns}, p50 ${ms(report.atBalancer.refusedByInstance.p50)} p95 ${ms(report.atBalancer.refusedByInstance.p95)} max ${ms(report.atBalancer.refusedByInstance.max)} ms; by the balancer ${report.atBalancer.refusedByBalancer.turns}, p95 ${ms(report.atBalancer.refusedByBalancer.p95)} ms; other ${report.atBalancer.other}`,
    `  sessions: ${report.sessions.checked} read back, ${report.sessions.lost} lost`,
    `  RSS per instance after warm-up: min ${report.rssMiB.min.map((v) => v.toFixed(0)).join('/')} max ${report.rssMiB.max.map((v) => v.toFixed(0)).join('/')} MiB`,
  ].join('\n');
}
