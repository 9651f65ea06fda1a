import { Hono } from 'hono';
import type { SessionStore } from '../../adapters/session-store/session-store.ts';
import { OBSERVABILITY } from '../../config/tunables.ts';
import type { BreakerStates } from '../../observability/breaker-states.ts';
import type { ErrorRateWindow } from '../../observability/error-rate.ts';
import type { CorpusIndex } from '../../retrieval/corpus-index.ts';
import type { AppEnv } from '../app-env.ts';
import type { Admission } from '../admission.ts';
import type { MaintenanceStatus } from '../maintenance.ts';

export interface HealthDeps {
  index: CorpusIndex;
  sessions: SessionStore;
  errorRate: ErrorRateWindow;
  /** Breaker states from the ops events; absent in apps built without observability. */
  breakers?: BreakerStates;
  /** Maintenance mode, reported by both probes; it never fails readiness (new instances must still start). */
  maintenance?: { status(): MaintenanceStatus };
  /** Requests in flight against the instance's limit, reported as `data.load`. */
  admission?: Pick<Admission, 'inFlight' | 'limit' | 'refused' | 'eventLoopDelayMs'>;
  /** True while the instance drains after SIGTERM: readiness fails so that no new request comes. */
  draining?: () => boolean;
  version: string;
  startedAt: number;
}

/**
 * `ok` and `fail` checks decide readiness; `degraded` (a breaker open, answers from the fallback engine) is
 * reported but keeps the instance in rotation, since it still answers every question.
 */
type Check = { status: 'ok' | 'degraded' | 'fail'; [key: string]: unknown };

/**
 * GET /api/health: liveness. 200 while the process serves, whatever its dependencies say (restarting the
 * container would not bring Redis back), with the checks and the 5-minute error rate (5xx responses / all,
 * `data.metrics.errorRate`) the canary reads. GET /api/health/ready: readiness (Cloud Run's startup probe, the
 * deploy's check), 503 when a required dependency is down (the data snapshot, and Redis when the sessions live
 * there) or the instance is draining after SIGTERM. Serving instances answer without history while Redis is
 * down (docs/adr/0008-redis-down.md); load balancers route by liveness, as Cloud Run does.
 */
export function healthRoutes(deps: HealthDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/health', async (c) => {
    const checks = await runChecks(deps);
    return c.json(body(deps, checks, 'ok'));
  });
  app.get('/api/health/ready', async (c) => {
    const checks = await runChecks(deps);
    const ready = !deps.draining?.() && Object.values(checks).every((check) => check.status !== 'fail');
    c.header('Cache-Control', 'no-store');
    return c.json(body(deps, checks, ready ? 'ok' : 'unavailable'), ready ? 200 : 503);
  });
  return app;
}

function body(deps: HealthDeps, checks: Record<string, Check>, status: string) {
  return {
    status,
    data: {
      version: deps.version,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
      checks,
      metrics: { errorRate: deps.errorRate.rate(), requests5m: deps.errorRate.count() },
      ...(deps.maintenance ? { maintenance: deps.maintenance.status() } : {}),
      ...(deps.admission ? { load: { inFlight: deps.admission.inFlight, limit: deps.admission.limit, refused: deps.admission.refused, eventLoopDelayMs: Math.round(deps.admission.eventLoopDelayMs) } } : {}),
      ...(deps.draining?.() ? { draining: true } : {}),
    },
  };
}

async function runChecks(deps: HealthDeps): Promise<Record<string, Check>> {
  const places = deps.index.corpus.places.length;
  const snapshot: Check = { status: places > 0 ? 'ok' : 'fail', places, builtAt: deps.index.corpus.builtAt };
  const checks: Record<string, Check> = { snapshot, sessions: await checkSessions(deps.sessions) };
  if (deps.breakers) checks.breakers = checkBreakers(deps.breakers);
  return checks;
}

async function checkSessions(sessions: SessionStore): Promise<Check> {
  const started = performance.now();
  try {
    await withTimeout(sessions.ping(), OBSERVABILITY.healthPingTimeoutMs);
    return { status: 'ok', store: sessions.kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'fail', store: sessions.kind, error: (error as Error).message };
  }
}

function checkBreakers(breakers: BreakerStates): Check {
  const states = breakers.snapshot();
  const open = Object.entries(states).filter(([, state]) => state !== 'closed').map(([name]) => name);
  return { status: open.length === 0 ? 'ok' : 'degraded', states };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
