import { describe, expect, it } from 'vitest';
import { CapacityApiError } from './capacity-api-error.ts';
import { DEFAULT_GEMINI, instancesForSlots, slotSecondsPerTurn } from './capacity-model.ts';
import type { AlertSink, DecisionRecord, DecisionSink, ForecasterAlert, JobLog, MinInstancesSetting, RateHistorySource } from './ports.ts';
import type { RatePoint } from './rate-series.ts';
import { exitCodeOf, runForecastJob } from './run-forecast-job.ts';
import { SCALING_POLICY } from './scaling-policy.ts';

const STEP = SCALING_POLICY.stepMs;
/** Wednesday 2026-10-14 08:00 JST: the morning rise is under way. */
const NOW = Date.parse('2026-10-13T23:00:00Z');

/** 300 turns/s at the evening peak of a workday, 20 at night. */
const rateAt = (ms: number) => {
  const hour = ((ms / 3_600_000 + 9) % 24 + 24) % 24;
  return 20 + 280 * Math.exp(-(((hour - 18) / 3) ** 2)) + 150 * Math.exp(-(((hour - 9) / 1.5) ** 2));
};

function historyOf(days: number, options: { fail?: Error } = {}): RateHistorySource & { ranges: unknown[] } {
  const ranges: unknown[] = [];
  return {
    name: 'test',
    ranges,
    async readRate(range) {
      ranges.push(range);
      if (options.fail) throw options.fail;
      const points: RatePoint[] = [];
      for (let t = Math.max(range.startMs, range.endMs - days * 86_400_000); t < range.endMs; t += range.stepMs) points.push({ atMs: t, value: rateAt(t) });
      return points;
    },
  };
}

function settingOf(current: number | undefined, options: { failWrite?: Error } = {}): MinInstancesSetting & { writes: number[] } {
  const writes: number[] = [];
  return {
    target: 'projects/p/locations/asia-northeast1/services/s',
    writes,
    async read() {
      return current;
    },
    async write(value) {
      if (options.failWrite) throw options.failWrite;
      writes.push(value);
    },
  };
}

function harness() {
  const alerts: ForecasterAlert[] = [];
  const published: DecisionRecord[] = [];
  const lines: Array<{ level: string; fields: object; message: string }> = [];
  const log: JobLog = {
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
  };
  const alertSink: AlertSink = { send: async (alert) => void alerts.push(alert) };
  const sink: DecisionSink = { publish: async (record) => void published.push(record) };
  return { alerts, published, lines, log, alertSink, sink };
}

describe('one run of the forecaster', () => {
  it('raises the floor ahead of the morning peak, logs and publishes the decision with its inputs', async () => {
    const h = harness();
    const history = historyOf(21);
    const setting = settingOf(3);
    const record = await runForecastJob({ history, setting, alerts: h.alertSink, sinks: [h.sink], log: h.log, policy: SCALING_POLICY, now: () => NOW, dryRun: false });
    expect(record.outcome).toBe('applied');
    expect(setting.writes).toEqual([record.target]);
    // the history repeats every day, so the forecast is the rate itself: the floor holds the highest rate from the
    // end of the history (one step back: the source's ingestion delay) to 20 minutes ahead, plus the margin, at 80 %
    // of 80 slots an instance
    const ahead = Math.max(...[-1, 0, 1, 2, 3].map((k) => rateAt(NOW + k * STEP)));
    const expected = instancesForSlots(ahead * (1 + SCALING_POLICY.forecastMargin) * slotSecondsPerTurn(DEFAULT_GEMINI), undefined, SCALING_POLICY.floorUtilisation);
    expect(expected).toBeGreaterThan(3);
    expect(record.target).toBe(expected);
    expect(record.forecastPeak).toBeCloseTo(ahead * (1 + SCALING_POLICY.forecastMargin), 6);
    expect(h.published).toEqual([record]);
    const line = h.lines.find((l) => l.message === 'scaling decision');
    expect(line?.fields).toMatchObject({ decision: { outcome: 'applied', current: 3, target: record.target, source: 'test' } });
    expect((line?.fields as { forecast: number[] }).forecast.length).toBeGreaterThan(0);
    expect(h.alerts).toEqual([]);
    expect(history.ranges).toEqual([{ startMs: NOW - STEP - 28 * 86_400_000, endMs: NOW - STEP, stepMs: STEP }]);
    expect(exitCodeOf(record.outcome)).toBe(0);
  });

  it('in dry-run mode decides the same and changes nothing', async () => {
    const h = harness();
    const setting = settingOf(3);
    const record = await runForecastJob({ history: historyOf(21), setting, alerts: h.alertSink, sinks: [h.sink], log: h.log, policy: SCALING_POLICY, now: () => NOW, dryRun: true });
    expect(record.outcome).toBe('dry_run');
    expect(record.dryRun).toBe(true);
    expect(record.target).toBeGreaterThan(3);
    expect(setting.writes).toEqual([]);
  });

  it('with less than a week of history leaves the setting alone and alerts', async () => {
    const h = harness();
    const setting = settingOf(8);
    const record = await runForecastJob({ history: historyOf(3), setting, alerts: h.alertSink, sinks: [h.sink], log: h.log, policy: SCALING_POLICY, now: () => NOW, dryRun: false });
    expect(record).toMatchObject({ outcome: 'skipped_no_history', current: 8 });
    expect(record.reason).toMatch(/3\.0 days of history, 7 needed/);
    expect(setting.writes).toEqual([]);
    expect(h.alerts).toEqual([expect.objectContaining({ subject: 'forecaster:history', severity: 'warning' })]);
    expect(h.published).toEqual([record]);
    expect(exitCodeOf(record.outcome)).toBe(2);
  });

  it('with no history at all leaves the setting alone and alerts', async () => {
    const h = harness();
    const setting = settingOf(5);
    const record = await runForecastJob({ history: historyOf(0), setting, alerts: h.alertSink, sinks: [h.sink], log: h.log, policy: SCALING_POLICY, now: () => NOW, dryRun: false });
    expect(record.outcome).toBe('skipped_no_history');
    expect(setting.writes).toEqual([]);
    expect(h.alerts).toHaveLength(1);
  });

  it('on an API error reading the history leaves the setting alone, alerts with the advice, and fails', async () => {
    const h = harness();
    const setting = settingOf(5);
    const error = new CapacityApiError('cloud-monitoring', 403, 'Permission monitoring.timeSeries.list denied', { code: 'PERMISSION_DENIED' });
    const record = await runForecastJob({ history: historyOf(21, { fail: error }), setting, alerts: h.alertSink, sinks: [h.sink], log: h.log, policy: SCALING_POLICY, now: () => NOW, dryRun: false });
    expect(record.outcome).toBe('failed');
    expect(setting.writes).toEqual([]);
    expect(h.alerts[0]).toMatchObject({ subject: 'forecaster:error', labels: { api: 'cloud-monitoring', status: '403' } });
    expect(h.alerts[0]?.description).toMatch(/lacks a role/);
    expect(h.lines.some((l) => l.level === 'error')).toBe(true);
    expect(exitCodeOf(record.outcome)).toBe(1);
  });

  it('on an API error setting the floor reports the failure', async () => {
    const h = harness();
    const setting = settingOf(3, { failWrite: new CapacityApiError('cloud-run', 429, 'Quota exceeded', { code: 'RESOURCE_EXHAUSTED' }) });
    const record = await runForecastJob({ history: historyOf(21), setting, alerts: h.alertSink, sinks: [h.sink], log: h.log, policy: SCALING_POLICY, now: () => NOW, dryRun: false });
    expect(record.outcome).toBe('failed');
    expect(h.alerts[0]?.description).toMatch(/quota/);
  });

  it('keeps the decision when its metrics cannot be written, and says so in the log', async () => {
    const h = harness();
    const broken: DecisionSink = { publish: async () => Promise.reject(new Error('read-only file system')) };
    const setting = settingOf(3);
    const record = await runForecastJob({ history: historyOf(21), setting, alerts: h.alertSink, sinks: [broken, h.sink], log: h.log, policy: SCALING_POLICY, now: () => NOW, dryRun: false });
    expect(record.outcome).toBe('applied');
    expect(h.published).toEqual([record]);
    expect(h.lines.some((l) => l.message === 'scaling decision metrics could not be published')).toBe(true);
  });
});
