import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from 'pino';
import { readContainerLimits, type ContainerLimits } from './container-limits.ts';

/** Step durations span sub-millisecond parsing to multi-second generation. */
const STEP_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Every metric of the service, in one registry (the design's section 4.1 names, types, labels and buckets). */
export interface AppMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'endpoint' | 'status_code'>;
  httpDuration: Histogram<'method' | 'endpoint'>;
  chatMessages: Counter<'language' | 'user_type'>;
  chatAnswers: Counter<'status'>;
  voiceRecognition: Counter<'language' | 'success'>;
  voiceSynthesis: Counter<'language'>;
  errors: Counter<'error_type' | 'severity'>;
  externalRequests: Counter<'service' | 'status'>;
  externalDuration: Histogram<'service'>;
  activeSessions: Gauge;
  stepDuration: Histogram<'step'>;
  breakerState: Gauge<'breaker'>;
  breakerTransitions: Counter<'breaker' | 'state'>;
  fallbacks: Counter<'engine' | 'reason'>;
  securityEvents: Counter<'kind'>;
  refreshes: Counter<'outcome'>;
  maintenanceMode: Gauge;
  notifications: Counter<'channel' | 'outcome'>;
  semanticRetrievals: Counter<'outcome'>;
  semanticFallbacks: Counter<'stage' | 'reason'>;
  translations: Counter<'direction' | 'language' | 'outcome'>;
}

export interface MetricsOptions {
  /** Active sessions (a turn within the idle TTL), read at each scrape for `active_sessions_total`. */
  countSessions: () => Promise<number>;
  log: Logger;
  /** Process metrics (CPU, memory, event loop, GC); off in benchmarks that compare the request path alone. */
  collectDefaults?: boolean;
  /** The container's limits, for the memory and CPU alerts; read from the cgroup when not given. */
  limits?: ContainerLimits;
}

/** Creates the registry and its metrics; one per server, so tests and benchmarks never share counters. */
export function createMetrics(options: MetricsOptions): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  const { countSessions, log } = options;
  if (options.collectDefaults !== false) collectDefaultMetrics({ register: registry });
  addLimitGauges(registry, options.limits ?? readContainerLimits());

  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'Total number of HTTP requests',
      labelNames: ['method', 'endpoint', 'status_code'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration in seconds (until the last byte of the response, streams included)',
      labelNames: ['method', 'endpoint'],
      buckets: [0.1, 0.3, 1.0, 3.0, 10.0],
      registers,
    }),
    chatMessages: new Counter({
      name: 'chat_messages_total',
      help: 'Total number of chat messages (user_type: new = first turn of a session, returning = a follow-up)',
      labelNames: ['language', 'user_type'],
      registers,
    }),
    chatAnswers: new Counter({
      name: 'chat_answers_total',
      help: 'Chat turns by outcome (category_reason status)',
      labelNames: ['status'],
      registers,
    }),
    voiceRecognition: new Counter({
      name: 'voice_recognition_total',
      help: 'Total number of voice recognition requests',
      labelNames: ['language', 'success'],
      registers,
    }),
    voiceSynthesis: new Counter({
      name: 'voice_synthesis_total',
      help: 'Total number of voice synthesis requests',
      labelNames: ['language'],
      registers,
    }),
    errors: new Counter({
      name: 'errors_total',
      help: 'Total number of errors, by type and severity',
      labelNames: ['error_type', 'severity'],
      registers,
    }),
    externalRequests: new Counter({
      name: 'external_api_requests_total',
      help: 'External API requests',
      labelNames: ['service', 'status'],
      registers,
    }),
    externalDuration: new Histogram({
      name: 'external_api_duration_seconds',
      help: 'External API response time',
      labelNames: ['service'],
      buckets: [0.5, 1.0, 2.0, 5.0, 10.0],
      registers,
    }),
    activeSessions: new Gauge({
      name: 'active_sessions_total',
      help: 'Number of active sessions (a turn within the idle TTL), from the session store',
      registers,
      async collect() {
        try {
          this.set(await countSessions());
        } catch (error) {
          // the scrape still answers with every other metric; the gauge keeps its last value
          log.warn({ err: error }, 'active_sessions_total: session store did not answer');
        }
      },
    }),
    stepDuration: new Histogram({
      name: 'pipeline_step_duration_seconds',
      help: 'Duration of each answer pipeline step',
      labelNames: ['step'],
      buckets: STEP_BUCKETS,
      registers,
    }),
    breakerState: new Gauge({
      name: 'circuit_breaker_state',
      help: 'Circuit breaker state: 0 closed, 1 half-open, 2 open',
      labelNames: ['breaker'],
      registers,
    }),
    breakerTransitions: new Counter({
      name: 'circuit_breaker_transitions_total',
      help: 'Circuit breaker state changes, by the state entered',
      labelNames: ['breaker', 'state'],
      registers,
    }),
    fallbacks: new Counter({
      name: 'answer_fallbacks_total',
      help: 'Answers served by the fallback engine instead of the configured one',
      labelNames: ['engine', 'reason'],
      registers,
    }),
    securityEvents: new Counter({
      name: 'security_events_total',
      help: 'Security events (blocked injections, rate limits, malformed requests)',
      labelNames: ['kind'],
      registers,
    }),
    refreshes: new Counter({
      name: 'opendata_refresh_total',
      help: 'Open-data dataset refreshes, by outcome',
      labelNames: ['outcome'],
      registers,
    }),
    maintenanceMode: new Gauge({
      name: 'maintenance_mode',
      help: '1 while maintenance mode is on (alerts on errors are silenced then)',
      registers,
    }),
    notifications: new Counter({
      name: 'alert_notifications_total',
      help: 'Alert notifications the service sent itself, by channel and outcome (sent, failed, dropped)',
      labelNames: ['channel', 'outcome'],
      registers,
    }),
    semanticRetrievals: new Counter({
      name: 'semantic_retrievals_total',
      help: 'Turns semantic retrieval could help, by outcome (fused, discovered, unchanged, fallback)',
      labelNames: ['outcome'],
      registers,
    }),
    semanticFallbacks: new Counter({
      name: 'semantic_fallbacks_total',
      help: 'Turns answered from lexical retrieval alone because the embedding or the vector index failed or was slow',
      labelNames: ['stage', 'reason'],
      registers,
    }),
    translations: new Counter({
      name: 'translations_total',
      help: 'Machine translations of questions and answers, by direction, language and outcome',
      labelNames: ['direction', 'language', 'outcome'],
      registers,
    }),
  };
}

/** The container's limits as gauges, so that memory and CPU alerts can be ratios (alert rules, ADR 0006). */
function addLimitGauges(registry: Registry, limits: ContainerLimits): void {
  if (limits.memoryBytes !== undefined) {
    new Gauge({ name: 'process_memory_limit_bytes', help: 'Memory limit of the container (cgroup)', registers: [registry] }).set(limits.memoryBytes);
  }
  if (limits.cpuCores !== undefined) {
    new Gauge({ name: 'process_cpu_limit_cores', help: 'CPU limit of the container in cores (cgroup)', registers: [registry] }).set(limits.cpuCores);
  }
}
