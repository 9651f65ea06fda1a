/** A call to Cloud Monitoring, Prometheus or the Cloud Run Admin API that failed; `status` is the HTTP status (0: no answer). */
export class CapacityApiError extends Error {
  override readonly name = 'CapacityApiError';
  readonly api: string;
  readonly status: number;
  /** The API's own error status name (`PERMISSION_DENIED`, `RESOURCE_EXHAUSTED`), when it gave one. */
  readonly code?: string;
  /** Seconds the API asked to wait (429 Retry-After). */
  readonly retryAfterSeconds?: number;

  constructor(api: string, status: number, message: string, options: { code?: string; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(`${api}: ${status ? `HTTP ${status}` : 'no answer'}${options.code ? ` ${options.code}` : ''}: ${message}`, { cause: options.cause });
    this.api = api;
    this.status = status;
    this.code = options.code;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** What an operator should do about it, for the alert. */
  get advice(): string {
    if (this.status === 401 || this.status === 403) return 'the job\'s service account lacks a role (roles/monitoring.viewer to read, roles/run.developer on the service to set), or its token is invalid';
    if (this.status === 429) return 'the API\'s quota was exceeded; the next run tries again';
    if (this.status >= 500 || this.status === 0) return 'the API failed or did not answer; the next run tries again';
    return 'the request was refused: check the job\'s settings (project, region, service, query)';
  }
}
