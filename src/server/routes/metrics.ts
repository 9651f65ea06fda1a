import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Registry } from 'prom-client';
import type { OpsEvents } from '../../observability/events.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { AppEnv } from '../app-env.ts';

export interface MetricsRouteDeps {
  /** Absent when metrics are off. */
  registry?: Registry;
  /** METRICS_TOKEN; unset: the endpoint answers 404, as if it did not exist (PRODUCT.md: "unset: metrics refused"). */
  token?: string;
  events: OpsEvents;
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/** GET /api/metrics: the Prometheus text format, for a scraper that sends `Authorization: Bearer $METRICS_TOKEN`. */
export function metricsRoutes({ registry, token, events }: MetricsRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/metrics', async (c) => {
    if (!registry || !token) throw new DomainError('not_found');
    const given = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    if (given === undefined || !sameSecret(given, token)) {
      events.emit('security', { kind: 'metrics_unauthorized', detail: { presented: given !== undefined } });
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new DomainError('unauthorized');
    }
    c.header('Cache-Control', 'no-store');
    return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });
  return app;
}

/**
 * Compares in constant time: both sides are hashed first, so neither the content nor the length of the
 * expected token leaks through the time the comparison takes.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
