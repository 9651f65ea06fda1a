import { INSTANCE } from './capacity-figures.ts';
import type { HoltWintersSettings } from './holt-winters.ts';

/** How the forecaster sets the minimum instances (docs/operations.md, "Predictive scaling"; ADR 0007). */
export interface ScalingPolicy {
  /** The history's step: Cloud Monitoring aligns the request rate to this period. */
  stepMs: number;
  /** History read at each run: four weeks, so that every rest-day slot has been seen a few times. */
  historyDays: number;
  /**
   * Cloud Monitoring shows a minute's requests a few minutes late: the history ends at the last step that is
   * complete this long ago, so that a step still filling in does not read as a drop.
   */
  ingestionDelayMs: number;
  /** Below this much history the job decides nothing (and alerts): a week holds both day types. */
  minHistoryDays: number;
  /** Share of the last `minHistoryDays` that must hold data; less means the metrics pipeline is broken. */
  minCoverage: number;
  /**
   * The floor covers the forecast this far ahead: past the next run (5 min), the change's delay (under a minute)
   * and an instance's start, with room for one failed run. Longer only costs: the backtest's 20 and 45 minutes
   * cut the same shortfalls, 45 for 2–5 times the extra instance-hours (docs/operations.md).
   */
  horizonMinutes: number;
  /** Forecasts are raised by this share before sizing: the model's typical error at the peaks (bench/scaling-backtest.ts). */
  forecastMargin: number;
  /**
   * The floor is sized for the forecast at this share of each instance's 80 slots. Above Cloud Run's own 60 %
   * target: the floor is there so that a rise finds slots free while the autoscaler catches up, not to do its job.
   */
  floorUtilisation: number;
  /** The floor comes down only once the measured rate of this many past minutes no longer needs it. */
  lowerAfterMinutes: number;
  /** And by at most this many instances a run: lowers are slow, raises immediate. */
  lowerStep: number;
  minInstances: number;
  maxInstances: number;
  holtWinters: HoltWintersSettings;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const SCALING_POLICY: ScalingPolicy = {
  stepMs: 5 * MINUTE,
  historyDays: 28,
  ingestionDelayMs: 3 * MINUTE,
  minHistoryDays: 7,
  minCoverage: 0.8,
  horizonMinutes: 20,
  forecastMargin: 0.15,
  floorUtilisation: 0.8,
  lowerAfterMinutes: 30,
  lowerStep: 1,
  minInstances: INSTANCE.minInstances,
  maxInstances: INSTANCE.maxInstances,
  holtWinters: { alpha: 0.3, gamma: 0.1, initialSteps: (7 * DAY) / (5 * MINUTE) },
};
