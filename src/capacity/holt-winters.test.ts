import { describe, expect, it } from 'vitest';
import { seasonalSlotCount, seasonalSlotOf } from './calendar.ts';
import { fitHoltWinters, forecastHoltWinters } from './holt-winters.ts';
import type { RateSeries } from './rate-series.ts';
import { forecastSeasonalNaive } from './seasonal-naive.ts';

const STEP = 5 * 60_000;
const DAY_STEPS = 288;
const WEEK_STEPS = 7 * DAY_STEPS;
/** Monday 2026-09-07 00:00 JST. */
const START = Date.parse('2026-09-06T15:00:00Z');

const seriesOf = (steps: number, rate: (i: number, ms: number) => number | null, start = START): RateSeries => ({
  startMs: start,
  stepMs: STEP,
  values: Array.from({ length: steps }, (_, i) => rate(i, start + i * STEP)),
});

/** A day shape: quiet at night, a morning and an evening peak; rest days later and flatter. */
const workday = (slot: number) => 0.2 + Math.sin((Math.PI * slot) / DAY_STEPS) ** 2 + (slot > 200 && slot < 230 ? 0.5 : 0);
const restday = (slot: number) => 0.3 + 0.6 * Math.sin((Math.PI * (slot - 30)) / DAY_STEPS) ** 2;
const calendarRate = (ms: number) => {
  const k = seasonalSlotOf(ms, STEP);
  return 100 * (k < DAY_STEPS ? workday(k) : restday(k - DAY_STEPS));
};

const slotOf = (ms: number) => seasonalSlotOf(ms, STEP);
const SLOTS = seasonalSlotCount(STEP);
const settings = { alpha: 0.3, gamma: 0.2, initialSteps: WEEK_STEPS };

describe('Holt-Winters with calendar seasonality', () => {
  it('forecasts a constant series as that constant', () => {
    const model = fitHoltWinters(seriesOf(2 * WEEK_STEPS, () => 42), slotOf, SLOTS, settings);
    for (const value of forecastHoltWinters(model, 24, slotOf)) expect(value).toBeCloseTo(42, 9);
  });

  it('repeats a purely seasonal series exactly, over a holiday too', () => {
    // two weeks from Monday 2026-09-07: the forecast runs into 09-21 (敬老の日), 09-22 and 09-23, all rest days
    const history = seriesOf(2 * WEEK_STEPS, (_, ms) => calendarRate(ms));
    const model = fitHoltWinters(history, slotOf, SLOTS, settings);
    const forecast = forecastHoltWinters(model, 3 * DAY_STEPS, slotOf);
    forecast.forEach((value, h) => expect(value).toBeCloseTo(calendarRate(model.nextMs + h * STEP), 6));
    // the holiday Monday looks like a Sunday, not like the Monday a week before
    const holidayNoon = forecast[144] as number;
    expect(holidayNoon).toBeCloseTo(100 * restday(144), 6);
    expect(holidayNoon).not.toBeCloseTo(100 * workday(144), 1);
  });

  it('moves its level to a permanent jump by (1 − α) per step, the closed form', () => {
    // with γ = 0 the indices stay at 1 and the level after n steps of 2L is 2L − L(1 − α)^n
    const alpha = 0.25;
    const jumpAt = WEEK_STEPS;
    const n = 6;
    const history = seriesOf(jumpAt + n, (i) => (i < jumpAt ? 10 : 20));
    const model = fitHoltWinters(history, slotOf, SLOTS, { alpha, gamma: 0, initialSteps: WEEK_STEPS });
    expect(model.level).toBeCloseTo(20 - 10 * (1 - alpha) ** n, 9);
    expect(forecastHoltWinters(model, 1, slotOf)[0]).toBeCloseTo(20 - 10 * (1 - alpha) ** n, 9);
  });

  it('skips gaps instead of reading them as zero traffic', () => {
    const history = seriesOf(2 * WEEK_STEPS, (i, ms) => (i % 7 === 3 ? null : calendarRate(ms)));
    const model = fitHoltWinters(history, slotOf, SLOTS, settings);
    const [next] = forecastHoltWinters(model, 1, slotOf);
    expect(next).toBeCloseTo(calendarRate(model.nextMs), 6);
  });

  it('has nothing to say about traffic it never saw: an empty history forecasts zero', () => {
    const model = fitHoltWinters(seriesOf(0, () => 1), slotOf, SLOTS, settings);
    expect(Math.max(...forecastHoltWinters(model, 12, slotOf))).toBeLessThan(1e-6);
  });
});

describe('seasonal naive (the baseline)', () => {
  it('repeats the last value of the same day type and time', () => {
    const history = seriesOf(2 * WEEK_STEPS, (_, ms) => calendarRate(ms));
    const forecast = forecastSeasonalNaive(history, DAY_STEPS, slotOf, SLOTS);
    const next = history.startMs + history.values.length * STEP;
    forecast.forEach((value, h) => expect(value).toBeCloseTo(calendarRate(next + h * STEP), 9));
  });

  it('returns null for a slot it never saw', () => {
    const history = seriesOf(DAY_STEPS, () => 5); // one Monday only: no rest-day slot seen
    const saturday = Date.parse('2026-09-11T15:00:00Z') - (history.startMs + DAY_STEPS * STEP);
    const forecast = forecastSeasonalNaive(history, saturday / STEP + 1, slotOf, SLOTS);
    expect(forecast[0]).toBe(5);
    expect(forecast.at(-1)).toBeNull();
  });
});
