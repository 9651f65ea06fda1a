import { httpStatusOf, errorMessageOf } from './app-error.ts';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { type Lang, langFromAcceptLanguage } from '../core/languages.ts';
import type { BreakerStates } from '../observability/breaker-states.ts';
import type { ErrorRateWindow } from '../observability/error-rate.ts';
import { type OpsEvents, opsEvents } from '../observability/events.ts';
import { observeRequests } from './http-observer.ts';
import type { AppMetrics } from '../observability/metrics.ts';
import type { PipelineDeps } from '../pipeline/context.ts';
import { CHAT_STEPS } from '../pipeline/steps/index.ts';
import { DomainError } from '../core/domain-error.ts';
import type { AppEnv } from './app-env.ts';
import { chatRoutes } from './routes/chat.ts';
import { type ClientConfig, clientConfigRoutes } from './routes/client-config.ts';
import { coverageRoutes } from './routes/coverage.ts';
import { type MaintenanceSwitch, maintenanceGate } from './maintenance.ts';
import { rateLimit } from './rate-limit.ts';
import type { RequestLimits } from './request-limits.ts';
import type { ProxyTrust } from './client-address.ts';
import { securityHeaders } from './security-headers.ts';
import { type Admission, admissionGate } from './admission.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { healthRoutes } from './routes/health.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { speechRoutes } from './routes/speech.ts';
import { voiceRoutes } from './routes/voice.ts';
import { webClientRoutes } from './routes/web-client.ts';
import type { SpeechServices } from './voice/speech-services.ts';

export interface AppServices {
  deps: PipelineDeps;
  log: Logger;
  errorRate: ErrorRateWindow;
  version: string;
  startedAt: number;
  /** The built web client (Next.js static export); the page is not served when absent. */
  staticDir?: string;
  /** Metrics registry and counters; absent: no metrics (the overhead benchmark's baseline). */
  metrics?: AppMetrics;
  /** METRICS_TOKEN: the bearer token /api/metrics asks for (unset: the endpoint is refused). */
  metricsToken?: string;
  /** Breaker states for readiness. */
  breakers?: BreakerStates;
  /** The ops event bus security events go to (the process-wide one by default). */
  events?: OpsEvents;
  /** GOOGLE_CLOUD_PROJECT, so that log lines link to their Cloud Trace. */
  projectId?: string;
  /** Rate limits of the API, shared with the voice socket (request-limits.ts); absent: none (benchmarks of the bare pipeline). */
  limits?: RequestLimits;
  /** How the client address is read when there are no limits (logs of malformed requests); the limits' own otherwise. */
  proxyTrust?: ProxyTrust;
  /** NODE_ENV=production: HSTS is sent (the service is only reached over https there). */
  production?: boolean;
  /** Speech engines for /api/speech/* and /api/voice (absent: those routes answer 404). */
  speech?: SpeechServices;
  /** What GET /api/client-config gives the page (the map's tiles); absent: 404, and the page's map has no tiles. */
  clientConfig?: ClientConfig;
  /** Maintenance mode (maintenance.ts); absent: never in maintenance. */
  maintenance?: Pick<MaintenanceSwitch, 'status'>;
  /** Concurrency limit of this instance (admission.ts); absent: no limit. */
  admission?: Admission;
  /** True once SIGTERM started the drain: readiness answers 503 so that no new request is sent here. */
  draining?: () => boolean;
}

/** The HTTP application: the public API and the web client, one error table for both. */
export function createApp(services: AppServices): Hono<AppEnv> {
  const { deps, log, errorRate } = services;
  const app = new Hono<AppEnv>();

  // first, so that every answer carries them: errors, 404s, streams and the page alike
  app.use(securityHeaders({ hsts: services.production ?? false }));
  app.use(requestId({ headerName: 'X-Request-Id', limitLength: 64 }));
  const events = services.events ?? opsEvents;
  // request id, trace and session on every log line of the request; metrics, error rate, request log line
  app.use(observeRequests({ log, errorRate, events, metrics: services.metrics, projectId: services.projectId, proxyTrust: services.limits?.trust ?? services.proxyTrust }));
  // after the observer (a planned 503 is logged, not counted as an error), before everything that answers
  if (services.maintenance) app.use(maintenanceGate(services.maintenance));
  // before the rate limits: an overloaded instance refuses without a round trip to Redis
  if (services.admission) app.use('/api/*', admissionGate(services.admission));
  if (services.limits) app.use('/api/*', rateLimit({ limits: services.limits }));

  app.route('/', healthRoutes({ index: deps.index, sessions: deps.sessions, errorRate, breakers: services.breakers, maintenance: services.maintenance, admission: services.admission, draining: services.draining, version: services.version, startedAt: services.startedAt }));
  app.route('/', metricsRoutes({ registry: services.metrics?.registry, token: services.metricsToken, events }));
  app.route('/', chatRoutes(deps, CHAT_STEPS));
  app.route('/', feedbackRoutes(deps.sessions));
  if (services.clientConfig) app.route('/', clientConfigRoutes(services.clientConfig));
  app.route('/', coverageRoutes({ index: () => deps.index }));
  if (services.speech) {
    app.route('/', speechRoutes(services.speech, services.limits));
    app.route('/', voiceRoutes());
  }
  app.all('/api/*', () => {
    throw new DomainError('not_found');
  });
  if (services.staticDir) app.route('/', webClientRoutes(services.staticDir, { mapTileUrl: services.clientConfig?.mapTileUrl }));

  app.notFound(() => {
    throw new DomainError('not_found');
  });
  app.onError((error, c) => {
    const appError = error instanceof DomainError ? error : new DomainError('internal', undefined, { cause: error });
    if (httpStatusOf(appError) >= 500) c.get('log')?.error({ err: error }, 'request failed');
    const lang: Lang = c.get('lang') ?? langFromAcceptLanguage(c.req.header('accept-language')) ?? 'ja';
    const retryAfter = appError.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number' && !c.res.headers.has('Retry-After')) c.header('Retry-After', String(retryAfter));
    return c.json(
      { error: { code: appError.code, message: errorMessageOf(appError, lang), ...appError.details }, requestId: c.get('requestId') },
      httpStatusOf(appError) as 400,
    );
  });
  return app;
}
