import type { RatePoint } from './rate-series.ts';

/** Where the turn-rate history comes from: Cloud Monitoring in production, Prometheus on one machine. */
export interface RateHistorySource {
  /** Names the source in logs and metrics (`cloud-monitoring`, `prometheus`). */
  readonly name: string;
  /**
   * The mean rate per second of each step of `stepMs` in [startMs, endMs), oldest first. Steps with no data are
   * left out. Rejects with a `CapacityApiError` when the source refuses or fails: no history is ever invented.
   */
  readRate(range: { startMs: number; endMs: number; stepMs: number }): Promise<RatePoint[]>;
}

/** The service's minimum instance count: Cloud Run's service-level `scaling.minInstanceCount`. */
export interface MinInstancesSetting {
  /** Names the service, for logs (`projects/…/services/…`). */
  readonly target: string;
  /** The current setting; undefined when none is set. Rejects with a `CapacityApiError`. */
  read(): Promise<number | undefined>;
  /** Sets it; resolves once the API accepted the change. Rejects with a `CapacityApiError`. */
  write(minInstances: number): Promise<void>;
}

/** How a request to a Google API is authorised: the job's service account token (the metadata server) or none. */
export interface RequestCredentials {
  /** Headers to add to a request (`authorization: Bearer …`); rejects when no token can be had. */
  headers(signal?: AbortSignal): Promise<Record<string, string>>;
}

/** An alert about the forecaster itself, sent through the app's notifier (Slack, e-mail, webhook). */
export interface ForecasterAlert {
  subject: string;
  title: string;
  description: string;
  severity: 'critical' | 'warning' | 'info';
  labels?: Record<string, string>;
}

export interface AlertSink {
  /** Delivers the alert to the configured channels, or gives up after their retries; never rejects. */
  send(alert: ForecasterAlert): Promise<void>;
}

/** Where each run's decision is published as metrics (a Prometheus textfile; the log line feeds log-based metrics). */
export interface DecisionSink {
  /** Writes the run's figures; rejects when they could not be written. */
  publish(record: DecisionRecord): Promise<void>;
}

/** The subset of a pino logger the job writes to. */
export interface JobLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export type RunOutcome = 'applied' | 'dry_run' | 'unchanged' | 'skipped_no_history' | 'failed';

/** One run, as logged and published. */
export interface DecisionRecord {
  atMs: number;
  outcome: RunOutcome;
  dryRun: boolean;
  source: string;
  current?: number;
  target?: number;
  neededAhead?: number;
  neededRecently?: number;
  forecastPeak?: number;
  recentPeak?: number;
  level?: number;
  historySteps?: number;
  recentCoverage?: number;
  reason: string;
}
