/**
 * The server as in production (src/server/main.ts's startServer), in its own process, plus a refresh that
 * discovers every municipality's datasets in the catalogue double whose addresses the parent sends, run on the
 * parent's message while the parent measures chat turns (bench/refresh-discovery.ts). The refresh runs in this
 * process as the server's own would: downloads and checks on its event loop, the rebuild in a child at
 * niceness 19, the index swapped in one assignment.
 * Messages: parent → `{ type: 'refresh', catalogue, cacheDir }`, `{ type: 'stop' }`; child → `{ type: 'listening',
 * port }`, `{ type: 'phase', phase: 'rebuild' | 'swapped' }`, `{ type: 'refreshed', ms, outcomes, places, … }`.
 */
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadEnv } from '../../src/config/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { refreshOpenData } from '../../src/opendata/refresh/refresh-open-data.ts';
import { CorpusIndex } from '../../src/retrieval/corpus-index.ts';
import { startServer } from '../../src/server/start-server.ts';
import { type DiscoveryRefreshSetup, discoveryRefreshOptions } from '../../tests/helpers/discovery-refresh.ts';

const env = loadEnv(process.env);
const running = await startServer({ env, log: createLogger({ level: env.LOG_LEVEL }) });
const send = (message: unknown) => process.send?.(message);
// how long the event loop was held, before the refresh (since start) and while it runs: what answering waits for
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const delays = (histogram: typeof loop) => ({ p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 });
send({ type: 'listening', port: running.port });

process.on('message', (message: { type: 'refresh'; catalogue: DiscoveryRefreshSetup['double']; cacheDir: string } | { type: 'stop' }) => {
  if (message.type === 'stop') {
    void running.close().then(() => process.exit(0));
    return;
  }
  const loopBefore = delays(loop);
  loop.reset();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const options = discoveryRefreshOptions({
    double: message.catalogue,
    dir: message.cacheDir,
    snapshotPath: path.resolve(env.SNAPSHOT_PATH),
    timeoutMs: 1_500,
    reference: () => running.deps.index.corpus,
    onSnapshot: (corpus) => {
      running.deps.index = new CorpusIndex(corpus);
      send({ type: 'phase', phase: 'swapped' });
    },
  });
  let rebuildMs = 0;
  const rebuild = options.rebuild;
  options.rebuild = async (plan, outFile) => {
    send({ type: 'phase', phase: 'rebuild' });
    const rebuildStarted = performance.now();
    await rebuild(plan, outFile);
    rebuildMs = performance.now() - rebuildStarted;
  };
  refreshOpenData(options).then(
    (outcomes) => {
      const counts: Record<string, number> = {};
      for (const outcome of outcomes) counts[outcome.outcome] = (counts[outcome.outcome] ?? 0) + 1;
      const cpu = process.cpuUsage(cpuStarted);
      send({
        type: 'refreshed',
        ms: performance.now() - started,
        rebuildMs,
        serverCpuMs: (cpu.user + cpu.system) / 1000,
        loopBefore,
        loopDuring: delays(loop),
        outcomes: counts,
        places: running.deps.index.corpus.places.length,
      });
    },
    (error: unknown) => {
      console.error('refresh crashed', error);
      process.exit(1);
    },
  );
});
