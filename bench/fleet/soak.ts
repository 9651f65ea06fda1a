import { Fleet } from './fleet.ts';
import { runLoad } from './load.ts';
import { checkSessions, loadAverage, machine, phaseStats, type SessionCheck } from './report.ts';
import { type Sample, sampleFleet } from './sampler.ts';

export interface SoakReport {
  date: string;
  command: string;
  machine: string;
  minutes: number;
  rate: number;
  samples: Sample[];
  totals: { sent: number; ok: number; shed: number; failed: number; failuresByCause: Record<string, number> };
  latency: { p50: number; p95: number; p99: number };
  sessions: SessionCheck;
  summary: {
    /** Per instance: RSS at the end against RSS at the first sample after 5 minutes, in percent. */
    rssGrowthPercent: number[];
    redisGrowthPercent: number;
    /** Redis commands per answered turn (INFO instantaneous_ops_per_sec over the turns per second). */
    redisOpsPerTurn: number;
  };
}

/** `minutes` of the mixed load at `rate` turns/s, the fleet sampled every 10 s. */
export async function runSoak(options: { minutes: number; rate: number; command: string; log?: (line: string) => void }): Promise<SoakReport> {
  const fleet = new Fleet({ log: options.log });
  await fleet.start();
  try {
    const samples: Sample[] = [];
    const durationSeconds = options.minutes * 60;
    const result = await runLoad({
      url: fleet.url,
      rate: () => options.rate,
      durationSeconds,
      onSecond: (second) => {
        if (second % 10 !== 0) return;
        void sampleFleet(fleet, second).then((sample) => {
          samples.push(sample);
          options.log?.(`[soak] ${second} s: rss ${sample.rssMiB.map((v) => v.toFixed(0)).join('/')} MiB, loop p99 ${sample.eventLoopP99Ms.map((v) => v.toFixed(0)).join('/')} ms, redis ${sample.redisUsedMiB.toFixed(1)} MiB, load ${sample.loadAverage}`);
        });
      },
    });
    const sessions = await checkSessions(fleet.redis(), result.ledger, result.startedAt);
    const all = phaseStats(result.records, 0, durationSeconds * 1000);
    const failuresByCause: Record<string, number> = {};
    for (const record of result.records) if (!record.ok && !record.shed) failuresByCause[record.cause ?? 'unknown'] = (failuresByCause[record.cause ?? 'unknown'] ?? 0) + 1;
    const settled = samples.filter((sample) => sample.t >= 300);
    const first = settled[0];
    const last = settled.at(-1);
    const growth = (from: number, to: number) => ((to - from) / from) * 100;
    const okPerSecond = all.ok / durationSeconds;
    const opsPerSecond = settled.map((sample) => sample.redisOpsPerSecond).filter(Number.isFinite);
    return {
      date: new Date().toISOString(),
      command: options.command,
      machine: `${machine()}; load average at the end ${loadAverage()}`,
      minutes: options.minutes,
      rate: options.rate,
      samples,
      totals: { sent: all.sent, ok: all.ok, shed: all.shed, failed: all.failed, failuresByCause },
      latency: { p50: all.p50, p95: all.p95, p99: all.p99 },
      sessions,
      summary: {
        rssGrowthPercent: first && last ? first.rssMiB.map((rss, i) => growth(rss, last.rssMiB[i] as number)) : [],
        redisGrowthPercent: first && last ? growth(first.redisUsedMiB, last.redisUsedMiB) : Number.NaN,
        redisOpsPerTurn: opsPerSecond.reduce((a, b) => a + b, 0) / Math.max(1, opsPerSecond.length) / okPerSecond,
      },
    };
  } finally {
    await fleet.stop();
  }
}
