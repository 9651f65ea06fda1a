import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudRunRequestCountFilter, CloudMonitoringHistory } from '../../src/capacity/adapters/cloud-monitoring-history.ts';
import { CloudRunMinInstances } from '../../src/capacity/adapters/cloud-run-min-instances.ts';
import { chatTurnRateQuery, PrometheusHistory } from '../../src/capacity/adapters/prometheus-history.ts';
import { CapacityApiError } from '../../src/capacity/capacity-api-error.ts';
import type { RequestCredentials } from '../../src/capacity/ports.ts';
import { type MonitoringDouble, startCloudMonitoringDouble } from '../fakes/cloud-monitoring-server.ts';
import { type CloudRunDouble, startCloudRunDouble } from '../fakes/cloud-run-admin-server.ts';
import { type PrometheusDouble, startPrometheusDouble } from '../fakes/prometheus-server.ts';

const TOKEN = 'ya29.test-token';
const credentials: RequestCredentials = { headers: async () => ({ authorization: `Bearer ${TOKEN}` }) };
const STEP = 300_000;
const END = Date.parse('2026-10-14T00:00:00Z');
const RANGE = { startMs: END - 2 * 86_400_000, endMs: END, stepMs: STEP };
/** The rate the doubles hold: a different value every step, so that an off-by-one step shows. */
const rateAt = (ms: number) => (ms % 86_400_000) / STEP + 1;

async function rejection(promise: Promise<unknown>): Promise<CapacityApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CapacityApiError);
  return error as CapacityApiError;
}

describe('Cloud Monitoring timeSeries.list', () => {
  let monitoring: MonitoringDouble;
  const history = () => new CloudMonitoringHistory({ project: 'tac-prod', filter: cloudRunRequestCountFilter('tokyo-ai-chat-service'), credentials, baseUrl: monitoring.url });

  beforeAll(async () => {
    monitoring = await startCloudMonitoringDouble({ project: 'tac-prod', token: TOKEN, rateAt, pageSize: 200 });
  });
  afterAll(() => monitoring.close());

  it('asks for the aligned, summed rate as documented, with the bearer token, following every page', async () => {
    monitoring.requests.length = 0;
    const points = await history().readRate(RANGE);
    expect(points).toHaveLength(2 * 288);
    expect(points[0]).toEqual({ atMs: RANGE.startMs, value: rateAt(RANGE.startMs) });
    expect(points.at(-1)).toEqual({ atMs: END - STEP, value: rateAt(END - STEP) });
    expect(monitoring.requests).toHaveLength(3); // 576 points in pages of 200
    const [first, second] = monitoring.requests;
    expect(first?.path).toBe('/v3/projects/tac-prod/timeSeries');
    expect(first?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(Object.fromEntries(first?.query ?? [])).toEqual({
      filter: 'metric.type = "run.googleapis.com/request_count" AND resource.type = "cloud_run_revision" AND resource.labels.service_name = "tokyo-ai-chat-service"',
      'interval.startTime': '2026-10-12T00:00:00.000Z',
      'interval.endTime': '2026-10-14T00:00:00.000Z',
      'aggregation.alignmentPeriod': '300s',
      'aggregation.perSeriesAligner': 'ALIGN_RATE',
      'aggregation.crossSeriesReducer': 'REDUCE_SUM',
      view: 'FULL',
      pageSize: '100000',
    });
    expect(second?.query.get('pageToken')).toBe('200');
  });

  it('reads an empty answer as no history', async () => {
    const empty = await startCloudMonitoringDouble({ project: 'tac-prod', token: TOKEN, rateAt: () => undefined });
    try {
      const points = await new CloudMonitoringHistory({ project: 'tac-prod', filter: cloudRunRequestCountFilter('s'), credentials, baseUrl: empty.url }).readRate(RANGE);
      expect(points).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it.each([
    [403, 'PERMISSION_DENIED', undefined],
    [429, 'RESOURCE_EXHAUSTED', 30],
    [500, 'INTERNAL', undefined],
  ] as const)('turns a %i into an error with its status and code', async (status, code, retryAfter) => {
    monitoring.fail(status);
    const error = await rejection(history().readRate(RANGE));
    expect(error).toMatchObject({ api: 'cloud-monitoring', status, code, retryAfterSeconds: retryAfter });
  });

  it('is refused without a token, and says so', async () => {
    const none: RequestCredentials = { headers: async () => ({}) };
    const error = await rejection(new CloudMonitoringHistory({ project: 'tac-prod', filter: cloudRunRequestCountFilter('s'), credentials: none, baseUrl: monitoring.url }).readRate(RANGE));
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('reports a metadata server that gives no token as an error, without calling the API', async () => {
    const count = monitoring.requests.length;
    const broken: RequestCredentials = { headers: async () => Promise.reject(new Error('metadata server answered 404')) };
    const error = await rejection(new CloudMonitoringHistory({ project: 'tac-prod', filter: cloudRunRequestCountFilter('s'), credentials: broken, baseUrl: monitoring.url }).readRate(RANGE));
    expect(error).toMatchObject({ status: 0, code: 'UNAUTHENTICATED' });
    expect(monitoring.requests.length).toBe(count);
  });

  it('reads the same history through the PromQL endpoint', async () => {
    const promql = new PrometheusHistory({ baseUrl: `${monitoring.url}/v1/projects/tac-prod/location/global/prometheus`, query: chatTurnRateQuery(STEP), credentials });
    const points = await promql.readRate(RANGE);
    expect(points[0]?.atMs).toBe(RANGE.startMs);
    expect(points.at(-1)?.atMs).toBe(END - STEP);
    expect(monitoring.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});

describe('Prometheus query_range (local)', () => {
  let prometheus: PrometheusDouble;
  beforeAll(async () => {
    prometheus = await startPrometheusDouble(rateAt);
  });
  afterAll(() => prometheus.close());

  it('asks for the turn rate over the range, one sample a step, each standing for the step before it', async () => {
    const points = await new PrometheusHistory({ baseUrl: prometheus.url, query: chatTurnRateQuery(STEP) }).readRate(RANGE);
    expect(points).toHaveLength(2 * 288);
    // the sample at t is the rate of (t − step, t]: the double holds it at t, the adapter files it under t − step
    expect(points[0]).toEqual({ atMs: RANGE.startMs, value: rateAt(RANGE.startMs + STEP) });
    const query = prometheus.requests.at(-1)?.query;
    expect(query?.get('query')).toBe('sum(rate(chat_messages_total[300s]))');
    expect(query?.get('step')).toBe('300s');
    expect(Number(query?.get('end'))).toBe(END / 1000);
  });

  it('turns a refusal into an error', async () => {
    prometheus.fail(500);
    const error = await rejection(new PrometheusHistory({ baseUrl: prometheus.url, query: 'up' }).readRate(RANGE));
    expect(error.status).toBe(500);
    const bad = await rejection(new PrometheusHistory({ baseUrl: prometheus.url, query: '' }).readRate(RANGE));
    expect(bad).toMatchObject({ status: 400, code: 'bad_data' });
  });
});

describe('Cloud Run Admin API v2: service-level minimum instances', () => {
  let run: CloudRunDouble;
  const setting = (token = TOKEN) =>
    new CloudRunMinInstances({ project: 'tac-prod', region: 'asia-northeast1', service: 'tokyo-ai-chat-service', baseUrl: run.url, credentials: { headers: async () => ({ authorization: `Bearer ${token}` }) } });

  beforeAll(async () => {
    run = await startCloudRunDouble({ project: 'tac-prod', location: 'asia-northeast1', service: 'tokyo-ai-chat-service', token: TOKEN });
  });
  afterAll(() => run.close());

  it('reads no minimum as undefined, then patches only scaling.minInstanceCount and reads it back', async () => {
    expect(await setting().read()).toBeUndefined();
    await setting().write(7);
    const patch = run.requests.find((request) => request.method === 'PATCH');
    expect(patch?.path).toBe('/v2/projects/tac-prod/locations/asia-northeast1/services/tokyo-ai-chat-service');
    expect(patch?.query.get('updateMask')).toBe('scaling.minInstanceCount');
    expect(patch?.body).toEqual({ scaling: { minInstanceCount: 7 } });
    expect(patch?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(patch?.headers['content-type']).toBe('application/json');
    expect(run.minInstanceCount()).toBe(7);
    expect(await setting().read()).toBe(7);
  });

  it.each([
    [403, 'PERMISSION_DENIED', /lacks a role/],
    [429, 'RESOURCE_EXHAUSTED', /quota/],
    [500, 'INTERNAL', /tries again/],
  ] as const)('a %i on the patch changes nothing and is reported', async (status, code, advice) => {
    const before = run.minInstanceCount();
    run.fail(status);
    const error = await rejection(setting().write(12));
    expect(error).toMatchObject({ api: 'cloud-run', status, code });
    expect(error.advice).toMatch(advice);
    expect(run.minInstanceCount()).toBe(before);
  });

  it('a wrong token is refused', async () => {
    const error = await rejection(setting('ya29.stale').read());
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
