import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { GeminiAnswerEngine } from '../adapters/answer-engine/gemini-answer-engine.ts';
import { LocalAnswerEngine } from '../adapters/answer-engine/local-answer-engine.ts';
import { createSemanticSearch } from '../adapters/semantic/create-semantic-search.ts';
import { createTranslator } from '../adapters/translation/create-translator.ts';
import { createRedisClient, createSessionStore } from '../adapters/session-store/create-session-store.ts';
import type { SessionStore } from '../adapters/session-store/session-store.ts';
import type { Env } from '../config/env.ts';
import { formatReports } from '../opendata/format-reports.ts';
import { loadCorpus } from '../opendata/load-corpus.ts';
import { readPlaceVectors } from '../opendata/place-vectors-file.ts';
import { createDataRefresher, type DataRefresher } from '../opendata/refresh/start-refresh.ts';
import type { OpsEvents } from '../observability/events.ts';
import { logRedisErrors } from '../observability/log-redis-errors.ts';
import { createObservability } from '../observability/observability.ts';
import { notifyOnOpsEvents } from '../adapters/notify/alerts-from-ops-events.ts';
import { createNotifier } from '../adapters/notify/create-notifier.ts';
import type { PipelineDeps } from '../pipeline/context.ts';
import { CorpusIndex } from '../retrieval/corpus-index.ts';
import { Admission } from './admission.ts';
import { createApp } from './create-app.ts';
import { MaintenanceSwitch } from './maintenance.ts';
import { createRateLimiters, type RateLimiterOptions, RequestLimits } from './request-limits.ts';
import { proxyTrustOf } from './client-address.ts';
import { CSP_MANIFEST } from './page-csp.ts';
import { CHAT_STEPS } from '../pipeline/steps/index.ts';
import { createSpeechServices } from './voice/create-speech-services.ts';
import type { SpeechServices } from './voice/speech-services.ts';
import { attachVoiceServer, type VoiceServer } from './voice/voice-server.ts';

export interface RunningServer {
  server: ServerType;
  port: number;
  deps: PipelineDeps;
  /** Speech engines and the /api/voice WebSocket server. */
  speech: SpeechServices;
  voice: VoiceServer;
  /** This instance's concurrency limit (MAX_CONCURRENT_REQUESTS) and what it holds now. */
  admission: Admission;
  /** The open-data refresh from the catalogue (scheduled by DATA_REFRESH_INTERVAL_MINUTES; runNow for ops). */
  refresher: DataRefresher;
  /**
   * Graceful shutdown (SIGTERM): readiness fails, the listener closes (a load balancer retries elsewhere), answers
   * being streamed and voice turns finish, voice connections close with 1012; after `graceMs` whatever is left is
   * cut. Then close().
   */
  drain(graceMs: number): Promise<{ cut: boolean }>;
  close(): Promise<void>;
}

export interface StartOptions {
  env: Env;
  log: Logger;
  /** A session store made by the caller (tests pass one with their own key prefix). */
  sessions?: SessionStore;
  /** The ops event bus (the process-wide one by default; tests bring their own). */
  events?: OpsEvents;
  /** Slow-step threshold of the PERFORMANCE log entries (OBSERVABILITY.slowStepMs by default). */
  slowStepMs?: number;
  /** Rate limits other than the tunables', and their Redis key prefix (tests, red team). */
  rateLimits?: Pick<RateLimiterOptions, 'limits' | 'prefix'>;
  /** A maintenance switch made by the caller (tests: their own Redis key); by default MAINTENANCE_MODE and the Redis flag. */
  maintenance?: MaintenanceSwitch;
}

/** Loads the snapshot, wires the adapters chosen by the environment, and listens. */
export async function startServer({ env, log, sessions: givenSessions, events, slowStepMs, rateLimits, maintenance: givenMaintenance }: StartOptions): Promise<RunningServer> {
  const started = performance.now();
  const corpus = await loadCorpus(path.resolve(env.SNAPSHOT_PATH));
  const index = new CorpusIndex(corpus);
  log.info(
    { places: corpus.places.length, datasets: corpus.datasets.length, builtAt: corpus.builtAt, reports: corpus.reports },
    `open-data snapshot loaded\n${formatReports(corpus.reports)}`,
  );
  // one Redis client for sessions and rate limits (a test's own session store brings its own)
  const redis = env.REDIS_URL ? createRedisClient(env.REDIS_URL) : undefined;
  if (redis) logRedisErrors(redis, log);
  const sessions = givenSessions ?? createSessionStore(env.REDIS_URL, redis);
  const observability = createObservability({ log, countSessions: () => sessions.countActive(), events, slowStepMs });
  const notifier = createNotifier(env, { log, count: (channel, outcome) => observability.metrics.notifications.inc({ channel, outcome }) });
  const stopNotifying = notifyOnOpsEvents(observability.events, notifier, log);
  const maintenance = givenMaintenance ?? new MaintenanceSwitch({ envEnabled: env.MAINTENANCE_MODE, redis, events: observability.events, log });
  await maintenance.start();
  const deps: PipelineDeps = {
    index,
    sessions,
    localEngine: new LocalAnswerEngine(),
    now: Date.now,
    newId: randomUUID,
    observer: observability.pipelineObserver,
    events: observability.events,
    log,
  };
  // GEMINI_API_KEY set: Gemini answers, behind its circuit breaker, with the local engine as its fallback
  const gemini = env.GEMINI_API_KEY
    ? new GeminiAnswerEngine({
        apiKey: env.GEMINI_API_KEY,
        model: env.GEMINI_MODEL,
        baseUrl: env.GEMINI_BASE_URL,
        firstTokenMs: env.GEMINI_FIRST_TOKEN_MS,
        canary: `tac-${randomBytes(6).toString('hex')}`,
        events: observability.events,
      })
    : undefined;
  deps.primaryEngine = gemini;
  // Semantic retrieval (ADR 0010): Vertex AI Vector Search, or the snapshot's own vectors, or none (lexical alone)
  const vectors = await readPlaceVectors(path.resolve(env.SNAPSHOT_PATH)).catch((error: unknown) => {
    log.warn({ err: error }, "the snapshot's place vectors could not be read: lexical retrieval only");
    return undefined;
  });
  const semantic = createSemanticSearch({ env, vectors, placeOf: (id) => index.places.get(id), events: observability.events, log });
  deps.semantic = semantic;
  // TRANSLATION=google: questions in other languages are translated (cached in Redis when configured)
  const translation = createTranslator(env, { redis, log, events: observability.events });
  deps.translator = translation?.translator;
  deps.translationPivot = env.TRANSLATION_PIVOT;
  // Live open-data refresh (off unless DATA_REFRESH_INTERVAL_MINUTES): a new snapshot swaps the index per request.
  const refresher = createDataRefresher({
    env,
    log,
    events: observability.events,
    onSnapshot: (next) => {
      deps.index = new CorpusIndex(next);
      setImmediate(() => deps.index.warmUp());
    },
    currentCorpus: () => deps.index.corpus,
  });
  const staticDir = path.resolve(env.STATIC_DIR);
  // the page is served only with its CSP: the hashes of its inline scripts, recorded by the build
  const hasWebClient = existsSync(path.join(staticDir, 'index.html')) && existsSync(path.join(staticDir, CSP_MANIFEST));
  if (!hasWebClient) log.warn({ staticDir }, 'web client not built (run `npm run build`): serving the API only');
  // one limiter for the API and the voice socket: per address and session, in Redis when configured
  const limits = new RequestLimits(createRateLimiters({ redis, ...rateLimits }), {
    trust: proxyTrustOf(env.TRUST_PROXY_HOPS, env.TRUSTED_PROXY_RANGES),
    exemptLoopback: env.RATE_LIMIT_EXEMPT_LOOPBACK,
    events: observability.events,
    log,
  });
  const speech = createSpeechServices({ env, log, events: observability.events, corpus });
  const admission = new Admission({ limit: env.MAX_CONCURRENT_REQUESTS, maxEventLoopDelayMs: env.MAX_EVENT_LOOP_DELAY_MS || Number.POSITIVE_INFINITY });
  let draining = false;
  const app = createApp({
    deps,
    speech,
    log,
    errorRate: observability.errorRate,
    metrics: observability.metrics,
    metricsToken: env.METRICS_TOKEN,
    breakers: observability.breakers,
    events: observability.events,
    projectId: env.GOOGLE_CLOUD_PROJECT,
    version: env.APP_VERSION,
    startedAt: Date.now(),
    staticDir: hasWebClient ? staticDir : undefined,
    clientConfig: { mapTileUrl: env.MAP_TILE_URL },
    maintenance,
    limits,
    production: env.NODE_ENV === 'production',
    admission,
    draining: () => draining,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const voice = attachVoiceServer(server, {
    deps,
    steps: CHAT_STEPS,
    speech,
    log,
    limits,
    allowedOrigins: env.VOICE_ALLOWED_ORIGINS,
    production: env.NODE_ENV === 'production',
    maintenance,
    admission,
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  log.info(
    {
      port,
      host: env.HOST,
      sessions: sessions.kind,
      engine: gemini ? `gemini (${env.GEMINI_MODEL}), local fallback` : 'local',
      retrieval: semantic ? `lexical + semantic (${semantic.name})` : 'lexical',
      translation: translation ? `google (pivot ${env.TRANSLATION_PIVOT}, cache ${translation.cache})` : 'off',
      startMs: Math.round(performance.now() - started),
    },
    'listening',
  );
  // what the index builds on first use, built now rather than in the first question's time
  setImmediate(() => deps.index.warmUp());
  // serve() without TLS or HTTP/2 options makes a node:http server, which can close its idle connections
  const http = server as HttpServer;
  const running: RunningServer = {
    server,
    port,
    deps,
    speech,
    voice,
    admission,
    refresher,
    async drain(graceMs) {
      draining = true;
      refresher.stop();
      const started = performance.now();
      // no new connections; idle keep-alive ones are closed as their last response ends
      const listenerClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      const idle = setInterval(() => http.closeIdleConnections(), 100);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
      const outcome = await Promise.race([Promise.all([listenerClosed, voice.drain()]).then(() => 'drained' as const), late]);
      clearTimeout(timer);
      clearInterval(idle);
      const cut = outcome === 'late';
      if (cut) http.closeAllConnections();
      log.info({ drainMs: Math.round(performance.now() - started), cut, inFlight: admission.inFlight }, cut ? 'drain cut short' : 'drained');
      await running.close();
      return { cut };
    },
    async close() {
      refresher.stop();
      await voice.close(); // aborts voice turns: their engine processes are killed
      await new Promise<void>((resolve) => server.close(() => resolve()));
      maintenance.stop();
      admission.close();
      stopNotifying();
      observability.close();
      gemini?.close();
      semantic?.close();
      translation?.close();
      await sessions.close();
      if (redis && givenSessions) await redis.quit(); // otherwise the session store closed it
    },
  };
  return running;
}
