/** A request-rate history on a regular grid: `values[i]` is the mean rate (per second) of the step starting at `startMs + i * stepMs`; null where nothing was recorded. */
export interface RateSeries {
  startMs: number;
  stepMs: number;
  values: Array<number | null>;
}

/** One measured point: the mean rate over the step that starts at `atMs`. */
export interface RatePoint {
  atMs: number;
  value: number;
}

/**
 * Puts points on the grid [startMs, endMs) of `stepMs`. A point falls in the step its time is in; two points in one
 * step are averaged; a step with no point is null (a gap: the forecaster skips it rather than read it as zero).
 */
export function toRateSeries(points: readonly RatePoint[], range: { startMs: number; endMs: number; stepMs: number }): RateSeries {
  const { startMs, endMs, stepMs } = range;
  const count = Math.max(0, Math.floor((endMs - startMs) / stepMs));
  const sums = new Float64Array(count);
  const seen = new Uint32Array(count);
  for (const { atMs, value } of points) {
    const i = Math.floor((atMs - startMs) / stepMs);
    if (i < 0 || i >= count || !Number.isFinite(value)) continue;
    sums[i] = (sums[i] as number) + value;
    seen[i] = (seen[i] as number) + 1;
  }
  const values = Array.from(sums, (sum, i) => (seen[i] ? sum / (seen[i] as number) : null));
  return { startMs, stepMs, values };
}

/** The share of steps that hold a value. */
export function coverageOf(series: RateSeries): number {
  if (series.values.length === 0) return 0;
  return series.values.filter((value) => value !== null).length / series.values.length;
}

/** The end of the series (the start of the step after its last). */
export function endOf(series: RateSeries): number {
  return series.startMs + series.values.length * series.stepMs;
}
