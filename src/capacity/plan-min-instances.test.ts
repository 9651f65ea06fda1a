import { describe, expect, it } from 'vitest';
import { planMinInstances } from './plan-min-instances.ts';
import type { RateSeries } from './rate-series.ts';
import { SCALING_POLICY } from './scaling-policy.ts';

const STEP = SCALING_POLICY.stepMs;
const DAY_STEPS = 288;
const NOW = Date.parse('2026-10-13T23:00:00Z');
const seriesOf = (days: number, value: (i: number) => number | null): RateSeries => ({
  startMs: NOW - days * DAY_STEPS * STEP,
  stepMs: STEP,
  values: Array.from({ length: days * DAY_STEPS }, (_, i) => value(i)),
});

describe('planning the floor from the history', () => {
  it('refuses a history whose last week is mostly gaps: the metrics pipeline is broken, not the traffic gone', () => {
    const plan = planMinInstances(seriesOf(21, (i) => (i > 14 * DAY_STEPS && i % 3 !== 0 ? null : 100)), NOW, 5, SCALING_POLICY);
    expect(plan).toMatchObject({ kind: 'insufficient_history' });
    expect(plan.kind === 'insufficient_history' && plan.reason).toMatch(/33 % of the last 7 days hold data, 80 % needed/);
  });

  it('keeps a raised floor while the recent past still needed it, though the forecast is quiet', () => {
    // a steady 20 turns/s, except a burst of 600 turns/s in the last 20 minutes (an event the model has not learnt)
    const series = seriesOf(14, (i) => (i >= 14 * DAY_STEPS - 4 ? 600 : 20));
    const plan = planMinInstances(series, NOW, 12, SCALING_POLICY);
    expect(plan.kind).toBe('decided');
    if (plan.kind !== 'decided') return;
    expect(plan.decision.neededRecently).toBeGreaterThanOrEqual(12);
    expect(plan.decision).toMatchObject({ action: 'hold', target: 12 });
  });
});
