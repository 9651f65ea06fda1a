import { Hono } from 'hono';
import type { SessionStore } from '../../adapters/session-store/session-store.ts';
import type { ErrorRateWindow } from '../../observability/error-rate.ts';
import type { CorpusIndex } from '../../retrieval/corpus-index.ts';
import type { AppEnv } from '../app-env.ts';

export interface HealthDeps {
  index: CorpusIndex;
  sessions: SessionStore;
  errorRate: ErrorRateWindow;
  version: string;
  startedAt: number;
}

type Check = { status: 'ok' | 'fail'; [key: string]: unknown };

const PING_TIMEOUT_MS = 500;

/**
 * GET /api/health: liveness (200 while the process serves) with the checks and the 5-minute error rate the
 * canary reads at `data.metrics.errorRate`. GET /api/health/ready: 503 when a required dependency is down.
 */
export function healthRoutes(deps: HealthDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/health', async (c) => {
    const checks = await runChecks(deps);
    return c.json(body(deps, checks, 'ok'));
  });
  app.get('/api/health/ready', async (c) => {
    const checks = await runChecks(deps);
    const ready = Object.values(checks).every((check) => check.status === 'ok');
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
    },
  };
}

async function runChecks(deps: HealthDeps): Promise<Record<string, Check>> {
  const snapshot: Check = {
    status: deps.index.corpus.places.length > 0 ? 'ok' : 'fail',
    places: deps.index.corpus.places.length,
    builtAt: deps.index.corpus.builtAt,
  };
  let sessions: Check;
  try {
    await withTimeout(deps.sessions.ping(), PING_TIMEOUT_MS);
    sessions = { status: 'ok', store: deps.sessions.kind };
  } catch (error) {
    sessions = { status: 'fail', store: deps.sessions.kind, error: (error as Error).message };
  }
  return { snapshot, sessions };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
