import type { Logger } from 'pino';
import type { OpsEvents } from '../../observability/events.ts';
import { subscribe } from '../../observability/subscribe.ts';
import type { AlertNotifier } from './alert-notifier.ts';

const RUNBOOK = 'docs/operations.md';

/** What users get while a breaker is open, by breaker; Gemini's (the answer engine) otherwise. */
const WHILE_OPEN: Record<string, string> = {
  embedding: 'Turns are answered from lexical retrieval alone (semantic_fallbacks_total)',
  'vector-search': 'Turns are answered from lexical retrieval alone (semantic_fallbacks_total)',
  translation: 'Questions in other languages than the six get the list of the six languages, in English',
};

/**
 * The alerts the app raises itself, from the ops events: a breaker opened (critical) or closed again (info),
 * an open-data refresh failed (warning), maintenance started or ended (info). Returns the unsubscribe.
 */
export function notifyOnOpsEvents(events: OpsEvents, notifier: AlertNotifier, log: Logger, now: () => number = Date.now): () => void {
  const troubled = new Set<string>();
  const offs = [
    subscribe(events, 'breaker', log, ({ name, state }) => {
      if (state === 'open') {
        troubled.add(name);
        notifier.notify({
          subject: `breaker:${name}`,
          title: `Circuit breaker ${name} opened`,
          description: `Calls to ${name} failed or timed out too often, so they are stopped for 30 s at a time. ${WHILE_OPEN[name] ?? 'Users get answers from the local engine (status degraded_fallback)'} until it closes. See ${RUNBOOK}#circuit-breaker-open.`,
          severity: 'critical',
          at: now(),
          labels: { breaker: name },
        });
      } else if (state === 'closed' && troubled.delete(name)) {
        notifier.notify({
          subject: `breaker:${name}`,
          title: `Circuit breaker ${name} closed`,
          description: `${name} answers again; answers come from it as before.`,
          severity: 'info',
          at: now(),
          labels: { breaker: name },
        });
      }
    }),
    subscribe(events, 'refresh', log, ({ datasetId, outcome, reason }) => {
      if (outcome !== 'failed') return;
      notifier.notify({
        subject: `refresh:${datasetId}`,
        title: `Open-data refresh failed: ${datasetId}`,
        description: `The dataset could not be refreshed from the catalogue${reason ? ` (${reason})` : ''}. Answers keep using the last good snapshot. See ${RUNBOOK}#open-data-refresh-failed.`,
        severity: 'warning',
        at: now(),
        labels: { dataset: datasetId },
      });
    }),
    subscribe(events, 'maintenance', log, ({ enabled, source }) => {
      notifier.notify({
        subject: 'maintenance',
        title: enabled ? 'Maintenance mode started' : 'Maintenance mode ended',
        description: enabled
          ? `The service answers 503 with a maintenance message (switched by ${source}); liveness stays up and error alerts are silenced.`
          : `The service answers again (switched by ${source}).`,
        severity: 'info',
        at: now(),
        labels: { source },
      });
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
