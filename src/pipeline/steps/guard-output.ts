import { opsEvents } from '../../observability/events.ts';
import type { ChatContext } from '../context.ts';
import type { ChatEvent, SourceView } from '../../core/chat.ts';
import { neutraliseMarkup, safeUrl } from '../../guardrails/neutralise-markup.ts';
import type { Step } from '../step.ts';

/**
 * The output guard (OWASP LLM05), wrapped around the step that writes the answer: every text delta and every
 * source field it streams is made inert as HTML before it leaves (neutralise-markup.ts), whichever engine
 * wrote it and whatever the records held; and the turn's answer becomes exactly what was streamed, so the
 * JSON reply and the session hold the same safe text.
 */
export function guardOutput(step: Step): Step {
  return {
    name: step.name,
    always: step.always,
    async *run(ctx) {
      let shown = '';
      let flagged = false;
      try {
        const result = step.run(ctx);
        if (!isIterable(result)) {
          await result;
          return;
        }
        for await (const event of result) {
          const safe = safeEvent(event);
          if (!flagged && JSON.stringify(safe) !== JSON.stringify(event)) {
            flagged = true;
            reportMarkup(ctx);
          }
          if (safe.type === 'delta') shown += safe.text;
          yield safe;
        }
      } finally {
        ctx.answer = shown.trimEnd();
      }
    },
  };
}

function safeEvent(event: ChatEvent): ChatEvent {
  if (event.type === 'delta') return { type: 'delta', text: neutraliseMarkup(event.text) };
  if (event.type === 'sources') return { ...event, sources: event.sources.map(safeSource), ...(event.anchor?.label ? { anchor: { ...event.anchor, label: neutraliseMarkup(event.anchor.label) } } : {}) };
  return event;
}

function safeSource(source: SourceView): SourceView {
  return {
    ...source,
    title: neutraliseMarkup(source.title),
    dataset: neutraliseMarkup(source.dataset),
    publisher: neutraliseMarkup(source.publisher),
    license: neutraliseMarkup(source.license),
    attribution: neutraliseMarkup(source.attribution),
    address: source.address === undefined ? undefined : neutraliseMarkup(source.address),
    phone: source.phone === undefined ? undefined : neutraliseMarkup(source.phone),
    url: safeUrl(source.url),
    mapUrl: safeUrl(source.mapUrl),
  };
}

function reportMarkup(ctx: ChatContext): void {
  (ctx.deps.events ?? opsEvents).emit('security', { kind: 'markup_neutralised', detail: { engine: ctx.engine, lang: ctx.lang } });
}

function isIterable(value: unknown): value is AsyncIterable<ChatEvent> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
