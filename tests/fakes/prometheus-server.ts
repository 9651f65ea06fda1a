import { type ApiReply, type ApiRequest, type ApiServer, failureReply, type QueuedFailure, startJsonApiServer } from './json-api-server.ts';

/** The rate the double holds at an instant (per second), or undefined where it has no sample. */
export type RateAt = (epochMs: number) => number | undefined;

/**
 * `GET /api/v1/query_range` of the Prometheus HTTP API (also what Cloud Monitoring's PromQL endpoint serves under
 * /v1/projects/P/location/global/prometheus): `query`, `start`, `end` (Unix seconds or RFC 3339) and `step`
 * (seconds or a duration such as `300s`) are required; the answer is `{ status: "success", data: { resultType:
 * "matrix", result: [{ metric, values: [[seconds, "value"], …] }] } }`, and errors `{ status: "error", errorType,
 * error }` with 400 (bad_data). Like Prometheus it refuses more than 11,000 points per series.
 */
export function answerQueryRange(request: ApiRequest, rateAt: RateAt): ApiReply {
  const bad = (error: string): ApiReply => ({ status: 400, body: { status: 'error', errorType: 'bad_data', error } });
  const query = request.query.get('query');
  if (!query) return bad('invalid parameter "query": parse error: no expression found in input');
  const time = (name: string) => {
    const raw = request.query.get(name) ?? '';
    // Unix seconds (a number), or RFC 3339
    return raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : Date.parse(raw) / 1000;
  };
  const start = time('start');
  const end = time('end');
  const step = Number((request.query.get('step') ?? '').replace(/s$/, ''));
  if (!Number.isFinite(start)) return bad('invalid parameter "start": cannot parse');
  if (!Number.isFinite(end)) return bad('invalid parameter "end": cannot parse');
  if (!(step > 0)) return bad('invalid parameter "step": zero or negative query resolution step widths are not accepted');
  if (end < start) return bad('invalid parameter "end": end timestamp must not be before start time');
  if ((end - start) / step > 11_000) return bad('exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)');
  const values: Array<[number, string]> = [];
  for (let t = start; t <= end + 1e-9; t += step) {
    const value = rateAt(t * 1000);
    if (value !== undefined) values.push([t, String(value)]);
  }
  return { status: 200, body: { status: 'success', data: { resultType: 'matrix', result: values.length ? [{ metric: {}, values }] : [] } } };
}

export interface PrometheusDouble extends ApiServer {
  fail(...failures: QueuedFailure[]): void;
}

/** A local Prometheus server's HTTP API, answering query_range from `rateAt`. */
export async function startPrometheusDouble(rateAt: RateAt): Promise<PrometheusDouble> {
  const failures: QueuedFailure[] = [];
  const server = await startJsonApiServer((request) => {
    if (request.path !== '/api/v1/query_range') return { status: 404, body: '404 page not found' };
    const failure = failures.shift();
    if (failure) return failureReply(failure, 'query');
    return answerQueryRange(request, rateAt);
  });
  return { ...server, fail: (...more) => failures.push(...more) };
}
