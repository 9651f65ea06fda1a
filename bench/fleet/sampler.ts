import { loadAverage } from './report.ts';
import { type Fleet, METRICS_TOKEN } from './fleet.ts';

/** One sample of the fleet: per instance (in the fleet's order) and of Redis. */
export interface Sample {
  /** Seconds since the run began. */
  t: number;
  loadAverage: string;
  rssMiB: number[];
  heapUsedMiB: number[];
  /** prom-client's event-loop delay (monitorEventLoopDelay), p99 over its window, ms. */
  eventLoopP99Ms: number[];
  inFlight: number[];
  redisUsedMiB: number;
  redisOpsPerSecond: number;
  redisKeys: number;
}

/** Reads every instance's /api/metrics and /proc, and Redis's INFO. Values it cannot read are NaN. */
export async function sampleFleet(fleet: Fleet, t: number): Promise<Sample> {
  const metrics = await Promise.all(
    fleet.instances.map((instance) =>
      fetch(`http://127.0.0.1:${instance.port}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` }, signal: AbortSignal.timeout(3_000) }).then(
        (response) => response.text(),
        () => '',
      ),
    ),
  );
  const health = await Promise.all(
    fleet.instances.map((instance) =>
      fetch(`http://127.0.0.1:${instance.port}/api/health`, { signal: AbortSignal.timeout(3_000) }).then(
        async (response) => ((await response.json()) as { data?: { load?: { inFlight?: number } } }).data?.load?.inFlight ?? Number.NaN,
        () => Number.NaN,
      ),
    ),
  );
  const info = await fleet
    .redis()
    .info()
    .catch(() => '');
  const fields = new Map(info.split('\r\n').map((line) => line.split(':') as [string, string]));
  const field = (name: string) => Number(fields.get(name) ?? Number.NaN);
  return {
    t,
    loadAverage: loadAverage(),
    rssMiB: fleet.rssMiB(),
    heapUsedMiB: metrics.map((text) => metric(text, 'nodejs_heap_size_used_bytes') / 2 ** 20),
    eventLoopP99Ms: metrics.map((text) => metric(text, 'nodejs_eventloop_lag_p99_seconds') * 1000),
    inFlight: health,
    redisUsedMiB: field('used_memory') / 2 ** 20,
    redisOpsPerSecond: field('instantaneous_ops_per_sec'),
    redisKeys: Number(/^db0:keys=(\d+)/m.exec(info)?.[1] ?? Number.NaN),
  };
}

/** The value of a sample without labels (or its first series) in Prometheus text. */
function metric(text: string, name: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `) || candidate.startsWith(`${name}{`));
  return Number(line?.split(' ').at(-1) ?? Number.NaN);
}
