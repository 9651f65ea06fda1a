import type { RateSeries } from './rate-series.ts';

/**
 * Holt-Winters exponential smoothing with multiplicative seasonality and no trend term (ETS(M,N,M)), whose
 * season is a calendar, not a fixed period: `slotOf(t)` says which seasonal index an instant uses, so a holiday
 * Monday takes the rest-day profile and the Tuesday after it the workday one (calendar.ts). Growth over weeks is
 * slow next to a 5-minute step, so the level follows it without a trend term (docs/adr/0007).
 *
 *   level    ℓ_t  = α · y_t / s_k(t) + (1 − α) · ℓ_t−1
 *   season   s_k(t) = γ · y_t / ℓ_t + (1 − γ) · s_k(t)
 *   forecast ŷ_t+h = ℓ_t · s_k(t+h)
 */
export interface HoltWintersSettings {
  /** Weight of the newest step in the level (0–1): higher follows a surge faster, and noise too. */
  alpha: number;
  /** Weight of the newest step in its seasonal index (0–1). */
  gamma: number;
  /** Steps used to set the first level and indices (one week: every slot of both day types is seen). */
  initialSteps: number;
}

export interface HoltWintersModel {
  level: number;
  seasonal: Float64Array;
  /** The start of the step after the last one fitted: the first instant a forecast is for. */
  nextMs: number;
  stepMs: number;
}

/** Indices are kept above this, so that a quiet night slot cannot make one busy step look like a huge level. */
const MIN_INDEX = 0.05;
const MIN_LEVEL = 1e-9;

/** Fits the model to the whole series; null steps are skipped (the model neither learns from nor is hurt by them). */
export function fitHoltWinters(series: RateSeries, slotOf: (epochMs: number) => number, slotCount: number, settings: HoltWintersSettings): HoltWintersModel {
  const { alpha, gamma } = settings;
  const { level: level0, seasonal } = initialState(series, slotOf, slotCount, settings.initialSteps);
  let level = level0;
  series.values.forEach((y, i) => {
    if (y === null) return;
    const k = slotOf(series.startMs + i * series.stepMs);
    const index = seasonal[k] as number;
    const newLevel = Math.max(MIN_LEVEL, alpha * (y / index) + (1 - alpha) * level);
    seasonal[k] = Math.max(MIN_INDEX, gamma * (y / newLevel) + (1 - gamma) * index);
    level = newLevel;
  });
  return { level, seasonal, nextMs: series.startMs + series.values.length * series.stepMs, stepMs: series.stepMs };
}

/** The forecast for the next `steps` steps after the fitted series. */
export function forecastHoltWinters(model: HoltWintersModel, steps: number, slotOf: (epochMs: number) => number): number[] {
  return Array.from({ length: steps }, (_, h) => model.level * (model.seasonal[slotOf(model.nextMs + h * model.stepMs)] as number));
}

/**
 * The first level is the mean of the first `initialSteps`; each index the mean of its slot's steps over that
 * level. A slot not seen in them takes the index of the same time of day in the other day type, then 1.
 */
function initialState(series: RateSeries, slotOf: (epochMs: number) => number, slotCount: number, initialSteps: number) {
  const sums = new Float64Array(slotCount);
  const counts = new Uint32Array(slotCount);
  let total = 0;
  let seen = 0;
  for (let i = 0; i < Math.min(initialSteps, series.values.length); i += 1) {
    const y = series.values[i];
    if (y === null || y === undefined) continue;
    const k = slotOf(series.startMs + i * series.stepMs);
    sums[k] = (sums[k] as number) + y;
    counts[k] = (counts[k] as number) + 1;
    total += y;
    seen += 1;
  }
  const level = seen > 0 ? Math.max(MIN_LEVEL, total / seen) : MIN_LEVEL;
  const half = slotCount / 2;
  const meanAt = (k: number) => (counts[k] ? (sums[k] as number) / (counts[k] as number) : undefined);
  const seasonal = Float64Array.from({ length: slotCount }, (_, k) => {
    const mean = meanAt(k) ?? meanAt((k + half) % slotCount);
    return mean === undefined || seen === 0 ? 1 : Math.max(MIN_INDEX, mean / level);
  });
  return { level, seasonal };
}
