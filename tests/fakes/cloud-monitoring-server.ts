import { type ApiReply, type ApiServer, failureReply, googleError, type QueuedFailure, startJsonApiServer } from './json-api-server.ts';
import { answerQueryRange, type RateAt } from './prometheus-server.ts';

/**
 * A local stand-in for Cloud Monitoring (monitoring.googleapis.com), the two ways the forecaster reads history:
 *
 *   GET /v3/projects/{project}/timeSeries?filter=…&interval.startTime=…&interval.endTime=…
 *       &aggregation.alignmentPeriod=300s&aggregation.perSeriesAligner=ALIGN_RATE&aggregation.crossSeriesReducer=REDUCE_SUM
 *       &view=FULL[&pageSize=N][&pageToken=T]
 *     → ListTimeSeriesResponse: { timeSeries: [{ metric, resource, metricKind: "GAUGE", valueType: "DOUBLE",
 *       points: [{ interval: { startTime, endTime }, value: { doubleValue } }] }], nextPageToken?, unit }, points
 *       newest first, at most pageSize points a page (100,000, or the double's `pageSize` to test paging).
 *   GET /v1/projects/{project}/location/global/prometheus/api/v1/query_range (PromQL, Prometheus's format).
 *
 * It wants `Authorization: Bearer <token>`, checks the parameters as the API does (400 INVALID_ARGUMENT), and
 * `fail(...)` queues 403, 429 (Retry-After) or 500.
 */
export interface MonitoringDouble extends ApiServer {
  fail(...failures: QueuedFailure[]): void;
}

export async function startCloudMonitoringDouble(options: { project: string; token: string; rateAt: RateAt; pageSize?: number }): Promise<MonitoringDouble> {
  const failures: QueuedFailure[] = [];
  const server = await startJsonApiServer((request): ApiReply => {
    const list = /^\/v3\/projects\/([^/]+)\/timeSeries$/.exec(request.path);
    const promql = /^\/v1\/projects\/([^/]+)\/location\/global\/prometheus\/api\/v1\/query_range$/.exec(request.path);
    if (!list && !promql) return googleError(404, 'NOT_FOUND', `Method not found: ${request.path}`);
    if (request.headers.authorization !== `Bearer ${options.token}`) return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    const failure = failures.shift();
    if (failure) return failureReply(failure, 'monitoring.timeSeries.list');
    const project = (list ?? promql)?.[1];
    if (project !== options.project) return googleError(403, 'PERMISSION_DENIED', `Permission monitoring.timeSeries.list denied (or the resource may not exist) on projects/${project}.`);
    if (promql) return answerQueryRange(request, options.rateAt);
    return listTimeSeries(request.query, options);
  });
  return { ...server, fail: (...more) => failures.push(...more) };
}

function listTimeSeries(query: URLSearchParams, options: { rateAt: RateAt; pageSize?: number }): ApiReply {
  const invalid = (message: string) => googleError(400, 'INVALID_ARGUMENT', message);
  const filter = query.get('filter') ?? '';
  if (!/metric\.type\s*=\s*"[^"]+"/.test(filter)) return invalid('Field filter had an invalid value: a filter must specify a metric type');
  const start = Date.parse(query.get('interval.startTime') ?? '');
  const end = Date.parse(query.get('interval.endTime') ?? '');
  if (!Number.isFinite(end)) return invalid('Field interval.endTime had an invalid value: it is required');
  if (!Number.isFinite(start) || start > end) return invalid('Field interval.startTime had an invalid value');
  const period = /^(\d+)s$/.exec(query.get('aggregation.alignmentPeriod') ?? '');
  if (!period || Number(period[1]) < 60) return invalid('Field aggregation.alignmentPeriod had an invalid value: it must be at least 60s');
  if (query.get('aggregation.perSeriesAligner') !== 'ALIGN_RATE') return invalid('This double serves ALIGN_RATE only');
  if (query.get('aggregation.crossSeriesReducer') !== 'REDUCE_SUM') return invalid('This double serves REDUCE_SUM only');
  if (query.get('view') !== 'FULL') return invalid('Field view had an invalid value: FULL is needed for points');
  const periodMs = Number(period[1]) * 1000;
  const pageSize = Math.min(Number(query.get('pageSize') || 100_000), options.pageSize ?? 100_000);
  const offset = Number(query.get('pageToken') || 0);
  // aligned periods end on multiples of the period; newest first, as the API returns them
  const points: Array<{ interval: { startTime: string; endTime: string }; value: { doubleValue: number } }> = [];
  for (let periodEnd = Math.floor(end / periodMs) * periodMs; periodEnd > start; periodEnd -= periodMs) {
    const value = options.rateAt(periodEnd - periodMs);
    if (value !== undefined) points.push({ interval: { startTime: new Date(periodEnd - periodMs).toISOString(), endTime: new Date(periodEnd).toISOString() }, value: { doubleValue: value } });
  }
  const page = points.slice(offset, offset + pageSize);
  if (page.length === 0) return { status: 200, body: { unit: '1/s' } };
  const more = offset + pageSize < points.length;
  return {
    status: 200,
    body: {
      timeSeries: [{ metric: { type: 'run.googleapis.com/request_count' }, resource: { type: 'cloud_run_revision', labels: {} }, metricKind: 'GAUGE', valueType: 'DOUBLE', points: page }],
      ...(more ? { nextPageToken: String(offset + pageSize) } : {}),
      unit: '1/s',
    },
  };
}
