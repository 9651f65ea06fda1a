/**
 * Issue 16: the backtest of predictive scaling. Ten weeks of synthetic chat traffic (bench/lib/synthetic-traffic.ts:
 * weekdays and weekends, the September and October holidays, a typhoon warning day, an unannounced earthquake),
 * of which the last eight are counted (the first two build the forecaster's history). Cloud Run is modelled second
 * by second (bench/lib/autoscaler-sim.ts), once with the reactive autoscaler alone (floor 3) and once with the
 * floor set every 5 minutes by the forecaster's own planning code (src/capacity/plan-min-instances.ts, the same
 * function the job runs) on the 5-minute request rate it would read from Cloud Monitoring.
 *
 * Prints, per cold-start time (the measured 2.7 s, and 10 s and 30 s for a slower start on Cloud Run): minutes
 * under-provisioned, requests that waited more than 1 s, instance-hours. Writes bench/results/scaling-backtest.json;
 * `node scripts/draw-scaling-chart.ts` draws docs/images/scaling-backtest.svg from it.
 *
 * Run: node bench/scaling-backtest.ts [--seed 16] [--peak 200]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { seasonalSlotCount, seasonalSlotOf } from '../src/capacity/calendar.ts';
import { INSTANCE } from '../src/capacity/capacity-figures.ts';
import { DEFAULT_GEMINI, slotSecondsPerTurn } from '../src/capacity/capacity-model.ts';
import { fitHoltWinters, forecastHoltWinters } from '../src/capacity/holt-winters.ts';
import { planMinInstances } from '../src/capacity/plan-min-instances.ts';
import type { RateSeries } from '../src/capacity/rate-series.ts';
import { SCALING_POLICY, type ScalingPolicy } from '../src/capacity/scaling-policy.ts';
import { forecastSeasonalNaive } from '../src/capacity/seasonal-naive.ts';
import { type SimResult, type SimSettings, simulate } from './lib/autoscaler-sim.ts';
import { numberOption } from './lib/options.ts';
import { drawArrivals, generateTraffic } from './lib/synthetic-traffic.ts';

const SEED = numberOption('seed', 16);
/** The policy under test: the job's, unless the command line overrides a tunable (to compare settings). */
const POLICY: ScalingPolicy = {
  ...SCALING_POLICY,
  horizonMinutes: numberOption('horizon', SCALING_POLICY.horizonMinutes),
  forecastMargin: numberOption('margin', SCALING_POLICY.forecastMargin),
  floorUtilisation: numberOption('floor-utilisation', SCALING_POLICY.floorUtilisation),
  lowerAfterMinutes: numberOption('lower-after', SCALING_POLICY.lowerAfterMinutes),
};
const PEAK = numberOption('peak', 200);
const WARMUP_DAYS = 14;
const DAYS = WARMUP_DAYS + 56;
const START = Date.parse('2026-08-24T00:00:00+09:00');
const COUNT_FROM = WARMUP_DAYS * 86_400;
const STEP_S = SCALING_POLICY.stepMs / 1000;
/** The Admin API's change takes effect after about this long (an assumption: no revision is made). */
const APPLY_DELAY_S = 30;
const COLD_STARTS = [INSTANCE.coldStartSeconds, 30];

const started = performance.now();
const slotSeconds = slotSecondsPerTurn(DEFAULT_GEMINI);
const slotOf = (ms: number) => seasonalSlotOf(ms, SCALING_POLICY.stepMs);
const historySteps = Math.round((SCALING_POLICY.historyDays * 86_400) / STEP_S);
const AHEAD = 6; // 30 minutes ahead

/** The traffic of a scenario, and the floor the forecaster would have set through it, run every 5 minutes as the job runs. */
function prepare(pushHours: number[]) {
  const traffic = generateTraffic({
    startMs: START,
    days: DAYS,
    peakTurnsPerSecond: PEAK,
    weeklyGrowth: 0.01,
    typhoonWarningAt: '2026-10-08T05:50:00+09:00',
    earthquakeAt: '2026-10-21T14:37:00+09:00',
    pushHours,
    seed: SEED,
  });
  const arrivals = drawArrivals(traffic, SEED + 1);
  // what Cloud Monitoring would report: the mean request rate of each 5-minute step
  const steps = arrivals.length / STEP_S;
  const observed = new Float64Array(steps);
  for (let s = 0; s < arrivals.length; s += 1) {
    const k = Math.floor(s / STEP_S);
    observed[k] = (observed[k] as number) + (arrivals[s] as number) / STEP_S;
  }
  const floorAtStep = new Int16Array(steps);
  const accuracy = { holtWinters: [] as number[], seasonalNaive: [] as number[] };
  let floor: number = INSTANCE.minInstances;
  let skipped = 0;
  for (let k = 0; k < steps; k += 1) {
    // as the job reads it: up to the last step complete in Cloud Monitoring (ingestion delay), four weeks back
    const end = Math.max(0, Math.floor((k * STEP_S - POLICY.ingestionDelayMs / 1000) / STEP_S));
    const from = Math.max(0, end - historySteps);
    const history: RateSeries = { startMs: START + from * SCALING_POLICY.stepMs, stepMs: SCALING_POLICY.stepMs, values: Array.from(observed.subarray(from, end)) };
    const plan = planMinInstances(history, START + k * SCALING_POLICY.stepMs, floor, POLICY);
    if (plan.kind === 'decided') {
      floor = plan.decision.target;
      const actual = observed[end + AHEAD];
      if (k * STEP_S >= COUNT_FROM && k % 12 === 0 && actual !== undefined && actual > 5) {
        const model = fitHoltWinters(history, slotOf, seasonalSlotCount(SCALING_POLICY.stepMs), POLICY.holtWinters);
        accuracy.holtWinters.push(Math.abs((forecastHoltWinters(model, AHEAD + 1, slotOf)[AHEAD] as number) - actual) / actual);
        const naive = forecastSeasonalNaive(history, AHEAD + 1, slotOf, seasonalSlotCount(SCALING_POLICY.stepMs))[AHEAD];
        if (naive !== null && naive !== undefined) accuracy.seasonalNaive.push(Math.abs(naive - actual) / actual);
      }
    } else skipped += 1;
    floorAtStep[k] = floor;
  }
  const floorAt = (second: number) => {
    const step = Math.floor((second - APPLY_DELAY_S) / STEP_S);
    return step < 0 ? INSTANCE.minInstances : (floorAtStep[step] as number);
  };
  return { traffic, arrivals, floorAt, accuracy, skipped, steps };
}

const base: Omit<SimSettings, 'coldStartSeconds' | 'onDemand'> = {
  concurrency: INSTANCE.containerConcurrency,
  utilisationTarget: INSTANCE.utilisationTarget,
  slotSeconds,
  scaleInSeconds: 15 * 60,
  maxInstances: INSTANCE.maxInstances,
  evaluateEverySeconds: 5,
  windowSeconds: 60,
};
const SCENARIOS = [
  { name: 'base', label: 'base traffic (holidays, typhoon, earthquake)', pushHours: [] as number[] },
  { name: 'pushes', label: 'what-if: + app pushes on workdays at 07:30 and 17:30', pushHours: [7.5, 17.5] },
];
const AUTOSCALERS = [
  { name: 'metrics+on-demand', onDemand: true },
  { name: 'metrics only', onDemand: false },
];
interface Row {
  scenario: string;
  autoscaler: string;
  coldStartSeconds: number;
  reactive: SimResult;
  predictive: SimResult;
}
const rows: Row[] = [];
const prepared = new Map<string, ReturnType<typeof prepare>>();
for (const scenario of SCENARIOS) {
  const p = prepare(scenario.pushHours);
  prepared.set(scenario.name, p);
  for (const autoscaler of AUTOSCALERS) {
    for (const coldStartSeconds of COLD_STARTS) {
      const settings = { ...base, coldStartSeconds, onDemand: autoscaler.onDemand };
      rows.push({
        scenario: scenario.name,
        autoscaler: autoscaler.name,
        coldStartSeconds,
        reactive: simulate(p.arrivals, () => INSTANCE.minInstances, settings, COUNT_FROM),
        predictive: simulate(p.arrivals, p.floorAt, settings, COUNT_FROM),
      });
    }
  }
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const pct = (value: number) => `${(100 * value).toFixed(1)} %`;
const change = (before: number, after: number) => (before === 0 ? (after === 0 ? '±0' : '+∞') : `${after >= before ? '+' : '−'}${((100 * Math.abs(after - before)) / before).toFixed(1)} %`);
const main = prepared.get('base') as ReturnType<typeof prepare>;
console.log(`policy: horizon ${POLICY.horizonMinutes} min, margin ${POLICY.forecastMargin}, floor utilisation ${POLICY.floorUtilisation}, lower after ${POLICY.lowerAfterMinutes} min, −${POLICY.lowerStep} a run`);
console.log(`scaling backtest: ${DAYS - WARMUP_DAYS} days counted after ${WARMUP_DAYS} of history, seed ${SEED}, workday peak ${PEAK} turns/s, slot ${slotSeconds.toFixed(3)} s/turn`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}; forecaster runs per scenario: ${main.steps} (${main.skipped} skipped for lack of history)`);
console.log(`holidays: ${main.traffic.holidays.map((h) => `${h.date} ${h.name}`).join(', ')}`);
for (const [name, p] of prepared) console.log(`forecast error 30 min ahead (${name}; MAPE, hourly, counted days): Holt-Winters ${pct(mean(p.accuracy.holtWinters))}, seasonal naive ${pct(mean(p.accuracy.seasonalNaive))}`);
console.log('scenario | autoscaler | cold start | under-provisioned min (reactive → +predictive) | waited > 1 s | waited > 10 s | instance-hours | peak');
for (const row of rows) {
  const { reactive: r, predictive: p } = row;
  console.log(
    `${row.scenario} | ${row.autoscaler} | ${row.coldStartSeconds} s | ${r.underProvisionedMinutes} → ${p.underProvisionedMinutes} (${change(r.underProvisionedMinutes, p.underProvisionedMinutes)}) | ` +
      `${r.waitedPastOneSecond} → ${p.waitedPastOneSecond} (${change(r.waitedPastOneSecond, p.waitedPastOneSecond)}) | ${r.waitedPastTenSeconds} → ${p.waitedPastTenSeconds} | ` +
      `${r.instanceHours.toFixed(0)} → ${p.instanceHours.toFixed(0)} (${change(r.instanceHours, p.instanceHours)}) | ${r.peakInstances} / ${p.peakInstances}`,
  );
}
// where the remaining shortfalls are: by day, the event days named
const dayName = (day: number) => {
  const date = new Date(START + day * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
  const event = main.traffic.events.find((e) => new Date(e.atMs + 9 * 3_600_000).toISOString().slice(0, 10) === date);
  return event ? `${date} (${event.label})` : date;
};
for (const row of rows.filter((r) => r.coldStartSeconds === INSTANCE.coldStartSeconds && r.autoscaler === 'metrics+on-demand')) {
  const days = (result: SimResult) =>
    Array.from(result.underProvisionedPerDay)
      .map((minutes, day) => ({ day, minutes, waited: result.waitedPerDay[day] as number }))
      .filter((d) => d.minutes > 0)
      .map((d) => `${dayName(d.day)}: ${d.minutes} min, ${d.waited} waited`);
  console.log(`${row.scenario}, reactive alone, days short: ${days(row.reactive).join('; ') || 'none'}`);
  console.log(`${row.scenario}, reactive + predictive, days short: ${days(row.predictive).join('; ') || 'none'}`);
}
const requests = rows[0]?.reactive.requests ?? 0;
console.log(`requests counted: ${requests.toLocaleString('en')}`);

// per-minute series of three windows for the chart
const minuteOf = (iso: string) => Math.round((Date.parse(iso) - START) / 60_000);
const windows = [
  { scenario: 'pushes', name: 'What-if pushes at 07:30 and 17:30: a Friday, then Saturday and the holiday Monday (敬老の日)', from: '2026-09-18T00:00:00+09:00', to: '2026-09-22T00:00:00+09:00' },
  { scenario: 'base', name: 'Typhoon warning day (warning 05:50, pushed by the app)', from: '2026-10-07T12:00:00+09:00', to: '2026-10-09T00:00:00+09:00' },
  { scenario: 'base', name: 'Unannounced earthquake (14:37)', from: '2026-10-21T00:00:00+09:00', to: '2026-10-22T12:00:00+09:00' },
];
const chart = windows.map((w) => {
  const row = rows.find((r) => r.scenario === w.scenario && r.autoscaler === 'metrics+on-demand' && r.coldStartSeconds === INSTANCE.coldStartSeconds) as Row;
  const traffic = (prepared.get(w.scenario) as ReturnType<typeof prepare>).traffic;
  const a = minuteOf(w.from);
  const b = minuteOf(w.to);
  const slice = (array: ArrayLike<number>) => Array.from({ length: b - a }, (_, i) => array[a + i] as number);
  const neededAtLimit = Array.from({ length: b - a }, (_, i) => Math.round((((traffic.perMinute[a + i] as number) * slotSeconds) / INSTANCE.containerConcurrency) * 100) / 100);
  return { ...w, startMs: START + a * 60_000, neededAtLimit, reactive: slice(row.reactive.instancesPerMinute), predictive: slice(row.predictive.instancesPerMinute), floor: slice(row.predictive.floorPerMinute) };
});

const strip = (r: SimResult) => ({ ...r, instancesPerMinute: undefined, floorPerMinute: undefined, underProvisionedPerDay: undefined, waitedPerDay: undefined });
const shortDays = (r: SimResult) =>
  Object.fromEntries(
    Array.from(r.underProvisionedPerDay)
      .map((minutes, day) => [dayName(day), { minutes, waitedPastOneSecond: r.waitedPerDay[day] }] as const)
      .filter(([, d]) => d.minutes > 0),
  );
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/scaling-backtest.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      loadAverage: os.loadavg(),
      seed: SEED,
      peakTurnsPerSecond: PEAK,
      slotSeconds,
      countedDays: DAYS - WARMUP_DAYS,
      requestsCounted: requests,
      policy: POLICY,
      holidays: main.traffic.holidays,
      events: main.traffic.events,
      scenarios: SCENARIOS,
      forecastMape30min: Object.fromEntries([...prepared].map(([name, p]) => [name, { holtWinters: mean(p.accuracy.holtWinters), seasonalNaive: mean(p.accuracy.seasonalNaive) }])),
      rows: rows.map((row) => ({ ...row, reactive: strip(row.reactive), predictive: strip(row.predictive), shortDays: { reactive: shortDays(row.reactive), predictive: shortDays(row.predictive) } })),
    },
    null,
    2,
  )}\n`,
);
// the chart's per-minute series, one line: the draw script reads it (scripts/draw-scaling-chart.ts)
writeFileSync('bench/results/scaling-backtest-chart.json', `${JSON.stringify({ date: new Date().toISOString(), seed: SEED, peakTurnsPerSecond: PEAK, chart })}\n`);
console.log(`wrote bench/results/scaling-backtest.json and scaling-backtest-chart.json in ${((performance.now() - started) / 1000).toFixed(1)} s`);
