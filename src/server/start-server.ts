import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { LocalAnswerEngine } from '../adapters/answer-engine/local-answer-engine.ts';
import { createRedisClient, createSessionStore } from '../adapters/session-store/create-session-store.ts';
import type { SessionStore } from '../adapters/session-store/session-store.ts';
import type { Env } from '../config/env.ts';
import { formatReports } from '../opendata/format-reports.ts';
import { loadCorpus } from '../opendata/load-corpus.ts';
import { ErrorRateWindow } from '../observability/error-rate.ts';
import type { PipelineDeps } from '../pipeline/context.ts';
import { CorpusIndex } from '../retrieval/corpus-index.ts';
import { createApp } from './create-app.ts';

export interface RunningServer {
  server: ServerType;
  port: number;
  deps: PipelineDeps;
  close(): Promise<void>;
}

export interface StartOptions {
  env: Env;
  log: Logger;
  /** A session store made by the caller (tests pass one with their own key prefix). */
  sessions?: SessionStore;
}

/** Loads the snapshot, wires the adapters chosen by the environment, and listens. */
export async function startServer({ env, log, sessions: givenSessions }: StartOptions): Promise<RunningServer> {
  const started = performance.now();
  const corpus = await loadCorpus(path.resolve(env.SNAPSHOT_PATH));
  const index = new CorpusIndex(corpus);
  log.info(
    { places: corpus.places.length, datasets: corpus.datasets.length, builtAt: corpus.builtAt, reports: corpus.reports },
    `open-data snapshot loaded\n${formatReports(corpus.reports)}`,
  );
  const sessions = givenSessions ?? createSessionStore(env.REDIS_URL, env.REDIS_URL ? createRedisClient(env.REDIS_URL) : undefined);
  const deps: PipelineDeps = {
    index,
    sessions,
    localEngine: new LocalAnswerEngine(),
    now: Date.now,
    newId: randomUUID,
  };
  const staticDir = path.resolve(env.STATIC_DIR);
  const hasWebClient = existsSync(path.join(staticDir, 'index.html'));
  if (!hasWebClient) log.warn({ staticDir }, 'web client not built (run `npm run build`): serving the API only');
  const app = createApp({
    deps,
    log,
    errorRate: new ErrorRateWindow(),
    version: env.APP_VERSION,
    startedAt: Date.now(),
    staticDir: hasWebClient ? staticDir : undefined,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  log.info({ port, host: env.HOST, sessions: sessions.kind, startMs: Math.round(performance.now() - started) }, 'listening');
  return {
    server,
    port,
    deps,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sessions.close();
    },
  };
}
