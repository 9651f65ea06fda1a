/**
 * The server as in production (src/server/main.ts's startServer), in its own process, plus a refresh that
 * discovers every municipality's datasets in the catalogue double whose addresses the parent sends, run on the
 * parent's message while the parent measures chat turns (bench/refresh-discovery.ts). The refresh runs in this
 * process as the server's own would: downloads and checks on its event loop, the rebuild in a child at
 * niceness 10, the index swapped in one assignment.
 * Messages: parent → `{ type: 'refresh', catalogue, cacheDir }`, `{ type: 'stop' }`; child → `{ type: 'listening',
 * port }`, `{ type: 'refreshed', ms, outcomes, places }`.
 */
import path from 'node:path';
import { loadEnv } from '../../src/config/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { refreshOpenData } from '../../src/opendata/refresh/refresh-open-data.ts';
import { CorpusIndex } from '../../src/retrieval/corpus-index.ts';
import { startServer } from '../../src/server/start-server.ts';
import { type DiscoveryRefreshSetup, discoveryRefreshOptions } from '../../tests/helpers/discovery-refresh.ts';

const env = loadEnv(process.env);
const running = await startServer({ env, log: createLogger({ level: env.LOG_LEVEL }) });
const send = (message: unknown) => process.send?.(message);
send({ type: 'listening', port: running.port });

process.on('message', (message: { type: 'refresh'; catalogue: DiscoveryRefreshSetup['double']; cacheDir: string } | { type: 'stop' }) => {
  if (message.type === 'stop') {
    void running.close().then(() => process.exit(0));
    return;
  }
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const options = discoveryRefreshOptions({
    double: message.catalogue,
    dir: message.cacheDir,
    snapshotPath: path.resolve(env.SNAPSHOT_PATH),
    timeoutMs: 1_500,
    reference: () => running.deps.index.corpus,
    onSnapshot: (corpus) => (running.deps.index = new CorpusIndex(corpus)),
  });
  let rebuildMs = 0;
  const rebuild = options.rebuild;
  options.rebuild = async (plan, outFile) => {
    const rebuildStarted = performance.now();
    await rebuild(plan, outFile);
    rebuildMs = performance.now() - rebuildStarted;
  };
  refreshOpenData(options).then(
    (outcomes) => {
      const counts: Record<string, number> = {};
      for (const outcome of outcomes) counts[outcome.outcome] = (counts[outcome.outcome] ?? 0) + 1;
      const cpu = process.cpuUsage(cpuStarted);
      send({ type: 'refreshed', ms: performance.now() - started, rebuildMs, serverCpuMs: (cpu.user + cpu.system) / 1000, outcomes: counts, places: running.deps.index.corpus.places.length });
    },
    (error: unknown) => {
      console.error('refresh crashed', error);
      process.exit(1);
    },
  );
});
