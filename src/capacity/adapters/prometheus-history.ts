import { CapacityApiError } from '../capacity-api-error.ts';
import type { RateHistorySource, RequestCredentials } from '../ports.ts';
import type { RatePoint } from '../rate-series.ts';
import { callJson } from './call-json.ts';

export interface PrometheusOptions {
  /**
   * The Prometheus HTTP API's base: `http://127.0.0.1:9090` for a local Prometheus, or Cloud Monitoring's PromQL
   * endpoint `https://monitoring.googleapis.com/v1/projects/PROJECT/location/global/prometheus` (with credentials).
   */
  baseUrl: string;
  /** A PromQL expression giving one series: the turn rate per second. */
  query: string;
  credentials?: RequestCredentials;
  timeoutMs?: number;
}

/** The chat turn rate from the app's own counter, over a window of one step. */
export function chatTurnRateQuery(stepMs: number): string {
  return `sum(rate(chat_messages_total[${Math.round(stepMs / 1000)}s]))`;
}

interface QueryRangeResponse {
  status?: string;
  data?: { resultType?: string; result?: Array<{ values?: Array<[number, string]> }> };
}

/**
 * The rate history from the Prometheus HTTP API (`GET /api/v1/query_range`). The value at time t of a
 * `rate(…[step])` is the rate over the step that ends at t. Missing or NaN samples are left out.
 */
export class PrometheusHistory implements RateHistorySource {
  readonly name = 'prometheus';
  private readonly options: PrometheusOptions;

  constructor(options: PrometheusOptions) {
    this.options = options;
  }

  async readRate(range: { startMs: number; endMs: number; stepMs: number }): Promise<RatePoint[]> {
    const { baseUrl, query, credentials, timeoutMs = 20_000 } = this.options;
    const params = new URLSearchParams({
      query,
      // the first sample covers the first step: it is evaluated at the step's end
      start: String((range.startMs + range.stepMs) / 1000),
      end: String(range.endMs / 1000),
      step: `${range.stepMs / 1000}s`,
    });
    const body = ((await callJson(`${baseUrl.replace(/\/$/, '')}/api/v1/query_range?${params}`, { api: this.name, credentials, timeoutMs })) ?? {}) as QueryRangeResponse;
    if (body.status !== 'success' || body.data?.resultType !== 'matrix') throw new CapacityApiError(this.name, 200, `unexpected answer: status ${body.status}, result ${body.data?.resultType}`);
    const results = body.data.result ?? [];
    if (results.length > 1) throw new CapacityApiError(this.name, 200, `the query gives ${results.length} series; sum them in the query`);
    const points: RatePoint[] = [];
    for (const [seconds, text] of results[0]?.values ?? []) {
      const value = Number(text);
      if (Number.isFinite(value)) points.push({ atMs: seconds * 1000 - range.stepMs, value });
    }
    return points;
  }
}
