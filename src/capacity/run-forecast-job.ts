import { CapacityApiError } from './capacity-api-error.ts';
import type { GeminiFigures } from './capacity-model.ts';
import { DEFAULT_GEMINI } from './capacity-model.ts';
import { planMinInstances } from './plan-min-instances.ts';
import type { AlertSink, DecisionRecord, DecisionSink, JobLog, MinInstancesSetting, RateHistorySource, RunOutcome } from './ports.ts';
import { toRateSeries } from './rate-series.ts';
import type { ScalingPolicy } from './scaling-policy.ts';

export interface ForecastJobDeps {
  history: RateHistorySource;
  setting: MinInstancesSetting;
  alerts: AlertSink;
  sinks: readonly DecisionSink[];
  log: JobLog;
  policy: ScalingPolicy;
  now: () => number;
  dryRun: boolean;
  gemini?: GeminiFigures;
}

const RUNBOOK = 'docs/operations.md#predictive-scaling';

/**
 * One run of the forecaster: read the setting and the history, forecast, decide, and (unless dry-run) apply.
 * Whatever fails, the setting is left as it was: no history or an API error means an alert, never a guess.
 * Every run ends with one `scaling decision` log line and the published metrics, whatever its outcome.
 */
export async function runForecastJob(deps: ForecastJobDeps): Promise<DecisionRecord> {
  const { history, setting, policy, log, dryRun } = deps;
  const nowMs = deps.now();
  const base = { atMs: nowMs, dryRun, source: history.name };
  let record: DecisionRecord;
  try {
    const current = await setting.read();
    // the history ends at the last step complete in the source, so that one still filling in does not read as a drop
    const endMs = Math.floor((nowMs - policy.ingestionDelayMs) / policy.stepMs) * policy.stepMs;
    const range = { startMs: endMs - policy.historyDays * 86_400_000, endMs, stepMs: policy.stepMs };
    const series = toRateSeries(await history.readRate(range), range);
    const plan = planMinInstances(series, nowMs, current, policy, deps.gemini ?? DEFAULT_GEMINI);
    if (plan.kind === 'insufficient_history') {
      record = { ...base, outcome: 'skipped_no_history', current, historySteps: plan.historySteps, recentCoverage: plan.recentCoverage, reason: plan.reason };
      await deps.alerts.send({
        subject: 'forecaster:history',
        title: 'Predictive scaling skipped: not enough request history',
        description: `${plan.reason} (source ${history.name}). The minimum instances of ${setting.target} stay at ${current ?? 'unset'}; the reactive autoscaler still works. See ${RUNBOOK}.`,
        severity: 'warning',
        labels: { source: history.name },
      });
    } else {
      const { decision, inputs } = plan;
      const changes = decision.target !== current;
      if (changes && !dryRun) await setting.write(decision.target);
      const outcome: RunOutcome = !changes ? 'unchanged' : dryRun ? 'dry_run' : 'applied';
      record = {
        ...base,
        outcome,
        current,
        target: decision.target,
        neededAhead: decision.neededAhead,
        neededRecently: decision.neededRecently,
        forecastPeak: inputs.forecastPeak,
        recentPeak: inputs.recentPeak,
        level: inputs.level,
        historySteps: inputs.historySteps,
        recentCoverage: inputs.recentCoverage,
        reason: `${decision.action}: ${decision.reason}`,
      };
      const summary = `${dryRun ? 'dry run: would ' : ''}${decision.action} ${current ?? 'unset'} → ${decision.target} (forecast peak ${inputs.forecastPeak.toFixed(1)}/s, recent peak ${inputs.recentPeak.toFixed(1)}/s)`;
      log.info({ summary, decision: record, forecast: inputs.forecast.map((value) => Math.round(value * 100) / 100), slotSecondsPerTurn: inputs.slotSecondsPerTurn, target: setting.target }, 'scaling decision');
    }
  } catch (error) {
    record = { ...base, outcome: 'failed', reason: (error as Error).message };
    const advice = error instanceof CapacityApiError ? error.advice : 'an unexpected error: see the job\'s log';
    log.error({ err: error, decision: record }, 'scaling decision failed: the minimum instances are left as they were');
    await deps.alerts.send({
      subject: 'forecaster:error',
      title: 'Predictive scaling failed: minimum instances left unchanged',
      description: `${(error as Error).message}. Likely cause: ${advice}. The reactive autoscaler still works. See ${RUNBOOK}.`,
      severity: 'warning',
      labels: error instanceof CapacityApiError ? { api: error.api, status: String(error.status) } : {},
    });
  }
  if (record.outcome === 'skipped_no_history') log.warn({ decision: record }, 'scaling decision skipped: not enough history');
  await publishRecord(deps.sinks, record, log);
  return record;
}

async function publishRecord(sinks: readonly DecisionSink[], record: DecisionRecord, log: JobLog): Promise<void> {
  for (const sink of sinks) {
    try {
      await sink.publish(record);
    } catch (error) {
      // the decision stands and is in the log; a metrics file that cannot be written must not undo it
      log.error({ err: error }, 'scaling decision metrics could not be published');
    }
  }
}

/** The process exit code for an outcome: 0 decided, 2 skipped for lack of history, 1 failed. */
export function exitCodeOf(outcome: RunOutcome): number {
  if (outcome === 'failed') return 1;
  if (outcome === 'skipped_no_history') return 2;
  return 0;
}
