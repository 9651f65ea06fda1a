import { rename, writeFile } from 'node:fs/promises';
import { Gauge, Registry } from 'prom-client';
import type { DecisionRecord, DecisionSink, RunOutcome } from '../ports.ts';

const OUTCOMES: readonly RunOutcome[] = ['applied', 'dry_run', 'unchanged', 'skipped_no_history', 'failed'];

/** The run's figures in the Prometheus text format, as a registry's exposition. */
export async function decisionMetrics(record: DecisionRecord): Promise<string> {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[] = []) => new Gauge({ name, help, labelNames, registers: [registry] });
  const labels = { source: record.source };
  gauge('tac_forecaster_last_run_timestamp_seconds', 'When the forecaster last ran (Unix seconds).', ['source']).set(labels, record.atMs / 1000);
  const outcome = gauge('tac_forecaster_last_run_outcome', 'The last run\'s outcome: 1 for the one it had, 0 for the others.', ['outcome']);
  for (const name of OUTCOMES) outcome.set({ outcome: name }, name === record.outcome ? 1 : 0);
  gauge('tac_forecaster_dry_run', '1 when the last run only printed its decision.').set(record.dryRun ? 1 : 0);
  const optional: Array<[string, string, number | undefined]> = [
    ['tac_forecaster_min_instances_current', 'Minimum instances read from Cloud Run before the run.', record.current],
    ['tac_forecaster_min_instances_target', 'Minimum instances the run decided on.', record.target],
    ['tac_forecaster_needed_instances_ahead', 'Instances the forecast of the coming horizon needs.', record.neededAhead],
    ['tac_forecaster_needed_instances_recently', 'Instances the measured rate of the recent past needed.', record.neededRecently],
    ['tac_forecaster_forecast_peak_turns_per_second', 'Highest forecast turn rate of the horizon, margin included.', record.forecastPeak],
    ['tac_forecaster_recent_peak_turns_per_second', 'Highest measured turn rate of the recent past, margin included.', record.recentPeak],
    ['tac_forecaster_history_steps', 'Steps of history the forecast was fitted on.', record.historySteps],
  ];
  for (const [name, help, value] of optional) if (value !== undefined) gauge(name, help).set(value);
  return registry.metrics();
}

/**
 * Writes each run's figures to a file for node_exporter's textfile collector (or any scraper of a file): written
 * to a temporary name and renamed, so a scrape never reads half a file.
 */
export class PrometheusTextfile implements DecisionSink {
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  async publish(record: DecisionRecord): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, await decisionMetrics(record), 'utf8');
    await rename(temporary, this.path);
  }
}
