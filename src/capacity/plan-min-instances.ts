import { seasonalSlotCount, seasonalSlotOf } from './calendar.ts';
import { DEFAULT_GEMINI, type GeminiFigures, instancesForSlots, slotSecondsPerTurn } from './capacity-model.ts';
import { decideMinInstances, type MinInstancesDecision } from './decide-min-instances.ts';
import { fitHoltWinters, forecastHoltWinters } from './holt-winters.ts';
import { coverageOf, endOf, type RateSeries } from './rate-series.ts';
import type { ScalingPolicy } from './scaling-policy.ts';

/** Everything a decision was made from, logged and published with it. */
export interface PlanInputs {
  historyStartMs: number;
  historyEndMs: number;
  historySteps: number;
  /** Share of the last `minHistoryDays` with data. */
  recentCoverage: number;
  /** The model's level (deseasonalised turns per second) at the end of the history. */
  level: number;
  /** Turns per second forecast for each step of the horizon. */
  forecast: number[];
  /** The largest of them, raised by the margin. */
  forecastPeak: number;
  /** The largest measured rate of the last `lowerAfterMinutes`, raised by the margin. */
  recentPeak: number;
  slotSecondsPerTurn: number;
}

export type Plan =
  | { kind: 'decided'; decision: MinInstancesDecision; inputs: PlanInputs }
  | { kind: 'insufficient_history'; reason: string; historySteps: number; recentCoverage: number };

/** From the history of the turn rate and the current setting to a decision; pure, so that the backtest runs it as the job does. */
export function planMinInstances(history: RateSeries, nowMs: number, current: number | undefined, policy: ScalingPolicy, gemini: GeminiFigures = DEFAULT_GEMINI): Plan {
  const { stepMs } = policy;
  const stepsPerDay = (24 * 3_600_000) / stepMs;
  const firstWithData = history.values.findIndex((value) => value !== null);
  const span = firstWithData < 0 ? 0 : history.values.length - firstWithData;
  const recentSteps = Math.round(policy.minHistoryDays * stepsPerDay);
  const recent: RateSeries = { ...history, startMs: endOf(history) - recentSteps * stepMs, values: history.values.slice(-recentSteps) };
  const recentCoverage = history.values.length >= recentSteps ? coverageOf(recent) : coverageOf(recent) * (recent.values.length / recentSteps);
  if (span < recentSteps) {
    return { kind: 'insufficient_history', reason: `${(span / stepsPerDay).toFixed(1)} days of history, ${policy.minHistoryDays} needed`, historySteps: span, recentCoverage };
  }
  if (recentCoverage < policy.minCoverage) {
    return { kind: 'insufficient_history', reason: `${Math.round(recentCoverage * 100)} % of the last ${policy.minHistoryDays} days hold data, ${Math.round(policy.minCoverage * 100)} % needed`, historySteps: span, recentCoverage };
  }
  const trimmed: RateSeries = { ...history, startMs: history.startMs + firstWithData * stepMs, values: history.values.slice(firstWithData) };
  const slotOf = (ms: number) => seasonalSlotOf(ms, stepMs);
  const model = fitHoltWinters(trimmed, slotOf, seasonalSlotCount(stepMs), policy.holtWinters);
  // the history ends at the last complete step; the horizon counts from now
  const steps = Math.max(1, Math.ceil((nowMs + policy.horizonMinutes * 60_000 - model.nextMs) / stepMs));
  const forecast = forecastHoltWinters(model, steps, slotOf);
  const margin = 1 + policy.forecastMargin;
  const forecastPeak = Math.max(...forecast) * margin;
  const lookback = Math.max(1, Math.round((policy.lowerAfterMinutes * 60_000) / stepMs));
  const recentPeak = Math.max(0, ...history.values.slice(-lookback).map((value) => value ?? 0)) * margin;
  const slotSeconds = slotSecondsPerTurn(gemini);
  const instances = (rate: number) => instancesForSlots(rate * slotSeconds, undefined, policy.floorUtilisation);
  const decision = decideMinInstances(current, instances(forecastPeak), instances(recentPeak), policy);
  return {
    kind: 'decided',
    decision,
    inputs: {
      historyStartMs: trimmed.startMs,
      historyEndMs: model.nextMs,
      historySteps: trimmed.values.length,
      recentCoverage,
      level: model.level,
      forecast,
      forecastPeak,
      recentPeak,
      slotSecondsPerTurn: slotSeconds,
    },
  };
}
