import { CapacityApiError } from '../capacity-api-error.ts';
import type { RateHistorySource, RequestCredentials } from '../ports.ts';
import type { RatePoint } from '../rate-series.ts';
import { callJson } from './call-json.ts';

export interface CloudMonitoringOptions {
  project: string;
  /** A monitoring filter naming one metric (for example Cloud Run's request count of the service). */
  filter: string;
  credentials: RequestCredentials;
  /** https://monitoring.googleapis.com (tests: the double). */
  baseUrl?: string;
  timeoutMs?: number;
  /** Pages read at most: a runaway pagination stops here with an error rather than looping. */
  maxPages?: number;
}

/** Cloud Run's request count for a service: every request, static files and probes included, so a rate a little above the turn rate. */
export function cloudRunRequestCountFilter(service: string): string {
  return `metric.type = "run.googleapis.com/request_count" AND resource.type = "cloud_run_revision" AND resource.labels.service_name = "${service}"`;
}

interface TimeSeriesPoint {
  interval?: { startTime?: string; endTime?: string };
  value?: { doubleValue?: number; int64Value?: string };
}
interface ListTimeSeriesResponse {
  timeSeries?: Array<{ points?: TimeSeriesPoint[] }>;
  nextPageToken?: string;
  executionErrors?: Array<{ message?: string }>;
}

/**
 * The rate history from Cloud Monitoring's `projects.timeSeries.list` (v3 REST): aligned to the step with
 * ALIGN_RATE (per second) and summed over revisions with REDUCE_SUM, so one series comes back, newest point
 * first. A point of ALIGN_RATE stands for the period that ends at its `endTime`.
 */
export class CloudMonitoringHistory implements RateHistorySource {
  readonly name = 'cloud-monitoring';
  private readonly options: CloudMonitoringOptions;

  constructor(options: CloudMonitoringOptions) {
    this.options = options;
  }

  async readRate(range: { startMs: number; endMs: number; stepMs: number }): Promise<RatePoint[]> {
    const { project, filter, credentials, baseUrl = 'https://monitoring.googleapis.com', timeoutMs = 20_000, maxPages = 20 } = this.options;
    const points: RatePoint[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < maxPages; page += 1) {
      const query = new URLSearchParams({
        filter,
        'interval.startTime': new Date(range.startMs).toISOString(),
        'interval.endTime': new Date(range.endMs).toISOString(),
        'aggregation.alignmentPeriod': `${range.stepMs / 1000}s`,
        'aggregation.perSeriesAligner': 'ALIGN_RATE',
        'aggregation.crossSeriesReducer': 'REDUCE_SUM',
        view: 'FULL',
        pageSize: '100000',
      });
      if (pageToken) query.set('pageToken', pageToken);
      const url = `${baseUrl.replace(/\/$/, '')}/v3/projects/${encodeURIComponent(project)}/timeSeries?${query}`;
      const body = ((await callJson(url, { api: this.name, credentials, timeoutMs })) ?? {}) as ListTimeSeriesResponse;
      if (body.executionErrors?.length) throw new CapacityApiError(this.name, 200, `incomplete data: ${body.executionErrors.map((e) => e.message).join('; ')}`);
      for (const series of body.timeSeries ?? []) {
        for (const point of series.points ?? []) {
          const end = Date.parse(point.interval?.endTime ?? '');
          const value = point.value?.doubleValue ?? Number(point.value?.int64Value);
          if (Number.isFinite(end) && Number.isFinite(value)) points.push({ atMs: end - range.stepMs, value });
        }
      }
      pageToken = body.nextPageToken || undefined;
      if (!pageToken) return points.sort((a, b) => a.atMs - b.atMs);
    }
    throw new CapacityApiError(this.name, 200, `more than ${maxPages} pages of points: narrow the filter`);
  }
}
