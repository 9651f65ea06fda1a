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
    /**
     * Per instance: mean RSS over the last third of the run after warm-up against the first third, in percent
     * (RSS saws with the garbage collector: single samples would compare a peak with a trough).
     */
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
    for (const record of result.records) if (!record.ok && !record.shed && !record.notSent) failuresByCause[record.cause ?? 'unknown'] = (failuresByCause[record.cause ?? 'unknown'] ?? 0) + 1;
    const warmupS = Math.min(300, durationSeconds / 3);
    const settled = samples.sort((a, b) => a.t - b.t).filter((sample) => sample.t >= warmupS);
    const third = Math.max(1, Math.floor(settled.length / 3));
    const [early, late] = [settled.slice(0, third), settled.slice(-third)];
    const mean = (list: Sample[], pick: (sample: Sample) => number) => list.reduce((sum, sample) => sum + pick(sample), 0) / list.length;
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
        rssGrowthPercent: fleet.instances.map((_, i) => growth(mean(early, (s) => s.rssMiB[i] as number), mean(late, (s) => s.rssMiB[i] as number))),
        redisGrowthPercent: growth(mean(early, (s) => s.redisUsedMiB), mean(late, (s) => s.redisUsedMiB)),
        redisOpsPerTurn: opsPerSecond.reduce((a, b) => a + b, 0) / Math.max(1, opsPerSecond.length) / okPerSecond,
      },
    };
  } finally {
    await fleet.stop();
  }
}
