import type { RateSeries } from './rate-series.ts';

/**
 * The seasonal-naive forecast, the baseline the Holt-Winters model is compared with (docs/adr/0007): each future
 * step gets the last value seen in the same calendar slot (same day type, same time of day), or null when that
 * slot was never seen.
 */
export function forecastSeasonalNaive(series: RateSeries, steps: number, slotOf: (epochMs: number) => number, slotCount: number): Array<number | null> {
  const last = new Array<number | null>(slotCount).fill(null);
  series.values.forEach((y, i) => {
    if (y !== null) last[slotOf(series.startMs + i * series.stepMs)] = y;
  });
  const nextMs = series.startMs + series.values.length * series.stepMs;
  return Array.from({ length: steps }, (_, h) => last[slotOf(nextMs + h * series.stepMs)] ?? null);
}
