/**
 * Share of failed requests over a sliding window (5 minutes by default), in one-second buckets.
 * The canary step of the deploy reads it from /api/health as `data.metrics.errorRate`.
 */
export class ErrorRateWindow {
  private readonly windowSeconds: number;
  private readonly now: () => number;
  private readonly totals: Int32Array;
  private readonly errors: Int32Array;
  private readonly stamps: Float64Array;

  constructor(windowSeconds = 300, now: () => number = Date.now) {
    this.windowSeconds = windowSeconds;
    this.now = now;
    this.totals = new Int32Array(windowSeconds);
    this.errors = new Int32Array(windowSeconds);
    this.stamps = new Float64Array(windowSeconds).fill(-1);
  }

  record(failed: boolean): void {
    const second = Math.floor(this.now() / 1000);
    const slot = second % this.windowSeconds;
    if (this.stamps[slot] !== second) {
      this.stamps[slot] = second;
      this.totals[slot] = 0;
      this.errors[slot] = 0;
    }
    this.totals[slot] = (this.totals[slot] ?? 0) + 1;
    if (failed) this.errors[slot] = (this.errors[slot] ?? 0) + 1;
  }

  /** Failed / total over the window; 0 when there was no request. */
  rate(): number {
    const since = Math.floor(this.now() / 1000) - this.windowSeconds;
    let total = 0;
    let failed = 0;
    for (let i = 0; i < this.windowSeconds; i += 1) {
      if ((this.stamps[i] ?? -1) <= since) continue;
      total += this.totals[i] ?? 0;
      failed += this.errors[i] ?? 0;
    }
    return total === 0 ? 0 : failed / total;
  }

  /** Requests counted over the window. */
  count(): number {
    const since = Math.floor(this.now() / 1000) - this.windowSeconds;
    let total = 0;
    for (let i = 0; i < this.windowSeconds; i += 1) if ((this.stamps[i] ?? -1) > since) total += this.totals[i] ?? 0;
    return total;
  }
}
