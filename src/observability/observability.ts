import type { Logger } from 'pino';
import { OBSERVABILITY } from '../config/tunables.ts';
import type { PipelineObserver } from '../core/turn-summary.ts';
import { BreakerStates } from './breaker-states.ts';
import { ErrorRateWindow } from './error-rate.ts';
import { type OpsEvents, opsEvents } from './events.ts';
import { createSecurityLogger } from './logger.ts';
import { type AppMetrics, createMetrics } from './metrics.ts';
import { createPipelineObserver } from './pipeline-observer.ts';
import { recordOpsEvents } from './record-ops-events.ts';

export interface ObservabilityOptions {
  log: Logger;
  /** Active sessions, read at each scrape. */
  countSessions: () => Promise<number>;
  /** The ops event bus to listen to (the process-wide one unless a test brings its own). */
  events?: OpsEvents;
  collectDefaults?: boolean;
  slowStepMs?: number;
}

/** Everything a server instance observes itself with, wired once at start and released by `close`. */
export interface Observability {
  metrics: AppMetrics;
  errorRate: ErrorRateWindow;
  events: OpsEvents;
  breakers: BreakerStates;
  pipelineObserver: PipelineObserver;
  /** Stops listening to the ops events (a closed server must not count another's). */
  close(): void;
}

export function createObservability(options: ObservabilityOptions): Observability {
  const { log, countSessions } = options;
  const events = options.events ?? opsEvents;
  const metrics = createMetrics({ countSessions, log, collectDefaults: options.collectDefaults });
  const breakers = new BreakerStates(events, log);
  const stopRecording = recordOpsEvents(events, metrics, log, createSecurityLogger(log));
  return {
    metrics,
    errorRate: new ErrorRateWindow(),
    events,
    breakers,
    pipelineObserver: createPipelineObserver({ metrics, log, slowStepMs: options.slowStepMs ?? OBSERVABILITY.slowStepMs }),
    close() {
      stopRecording();
      breakers.close();
    },
  };
}
