import type { Logger } from 'pino';
import { LANGS } from '../core/languages.ts';
import { TRANSLATION_LANGS } from '../i18n/translation-languages.ts';
import { BoundedLabel, closedLabel } from './bounded-label.ts';
import type { OpsEvents } from './events.ts';
import type { AppMetrics } from './metrics.ts';
import { subscribe } from './subscribe.ts';

const BREAKER_VALUE = { closed: 0, half_open: 1, open: 2 } as const;
const EXTERNAL_STATUSES = ['success', 'error', 'timeout', 'rejected'];
const FALLBACK_REASONS = ['breaker_open', 'timeout', 'first_token_deadline', 'error', 'ungrounded', 'invalid_citation'];
const REFRESH_OUTCOMES = ['updated', 'unchanged', 'failed'];
const SEMANTIC_OUTCOMES = ['fused', 'discovered', 'unchanged', 'fallback'];
const SEMANTIC_STAGES = ['embedding', 'vector_index'];
const TRANSLATION_OUTCOMES = ['translated', 'cached', 'repaired', 'failed', 'refused'];

/**
 * Counts and logs the ops events other parts raise (events.ts): breaker changes, fallbacks, external calls,
 * refreshes, security events (on the security stream), maintenance and speech. Returns the unsubscribe.
 */
export function recordOpsEvents(events: OpsEvents, metrics: AppMetrics, log: Logger, securityLog: Logger): () => void {
  const breakers = new BoundedLabel(10);
  const services = new BoundedLabel(10);
  const engines = new BoundedLabel(5);
  const kinds = new BoundedLabel(20);
  const offs = [
    subscribe(events, 'breaker', log, ({ name, state }) => {
      const breaker = breakers.of(name);
      metrics.breakerState.set({ breaker }, BREAKER_VALUE[state]);
      metrics.breakerTransitions.inc({ breaker, state });
      if (state === 'open') metrics.errors.inc({ error_type: 'breaker_open', severity: 'critical' });
      log[state === 'open' ? 'warn' : 'info']({ breaker: { name, state } }, `circuit breaker ${name} ${state.replace('_', '-')}`);
    }),
    subscribe(events, 'fallback', log, ({ engine, reason }) => {
      metrics.fallbacks.inc({ engine: engines.of(engine), reason: closedLabel(reason, FALLBACK_REASONS) });
      log.info({ fallback: { engine, reason } }, 'answer served by the fallback engine');
    }),
    subscribe(events, 'external', log, ({ service, status, seconds }) => {
      const label = services.of(service);
      metrics.externalRequests.inc({ service: label, status: closedLabel(status, EXTERNAL_STATUSES) });
      metrics.externalDuration.observe({ service: label }, seconds);
      const failed = status === 'error' || status === 'timeout';
      if (failed) metrics.errors.inc({ error_type: 'external_api', severity: 'warning' });
      // one line per call, successes included: the log-based metric external_api_calls counts them, so Cloud
      // Monitoring can alert on the Gemini error ratio without scraping /api/metrics (ops/monitoring)
      log[failed ? 'warn' : 'info']({ externalApi: { service, status, seconds } }, `external API ${service}: ${status}`);
    }),
    subscribe(events, 'refresh', log, ({ datasetId, outcome, reason }) => {
      metrics.refreshes.inc({ outcome: closedLabel(outcome, REFRESH_OUTCOMES) });
      if (outcome === 'failed') metrics.errors.inc({ error_type: 'refresh_failed', severity: 'warning' });
      log[outcome === 'failed' ? 'warn' : 'info']({ refresh: { datasetId, outcome, reason } }, `open-data refresh ${outcome}: ${datasetId}`);
    }),
    subscribe(events, 'security', log, ({ kind, detail }) => {
      metrics.securityEvents.inc({ kind: kinds.of(kind) });
      securityLog.warn({ securityEvent: { kind, ...detail } }, `SECURITY: ${kind}`);
    }),
    subscribe(events, 'maintenance', log, ({ enabled, source }) => {
      metrics.maintenanceMode.set(enabled ? 1 : 0);
      log.warn({ maintenance: { enabled, source } }, `maintenance mode ${enabled ? 'on' : 'off'} (${source})`);
    }),
    subscribe(events, 'speech', log, ({ kind, lang, success }) => {
      const language = closedLabel(lang, LANGS);
      if (kind === 'recognition') metrics.voiceRecognition.inc({ language, success: String(success) });
      else metrics.voiceSynthesis.inc({ language });
    }),
    subscribe(events, 'semantic', log, ({ outcome, stage, reason }) => {
      metrics.semanticRetrievals.inc({ outcome: closedLabel(outcome, SEMANTIC_OUTCOMES) });
      if (outcome !== 'fallback') return;
      metrics.semanticFallbacks.inc({ stage: closedLabel(stage, SEMANTIC_STAGES), reason: closedLabel(reason, FALLBACK_REASONS) });
      log.warn({ semanticFallback: { stage, reason } }, `semantic retrieval fell back to lexical only (${stage ?? 'unknown'}: ${reason ?? 'error'})`);
    }),
    subscribe(events, 'translation', log, ({ direction, lang, outcome, reason }) => {
      metrics.translations.inc({ direction, language: closedLabel(lang, TRANSLATION_LANGS), outcome: closedLabel(outcome, TRANSLATION_OUTCOMES) });
      if (outcome === 'failed' || outcome === 'refused' || outcome === 'repaired') {
        log.warn({ translation: { direction, lang, outcome, reason } }, `translation of the ${direction} ${outcome}${reason ? `: ${reason}` : ''}`);
      }
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
