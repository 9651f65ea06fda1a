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
          const { safe, changed } = safeEvent(event);
          if (!flagged && changed) {
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

/** The event made inert, and whether anything in it had to change (compared field by field, not re-serialised). */
function safeEvent(event: ChatEvent): { safe: ChatEvent; changed: boolean } {
  let changed = false;
  const clean = (text: string): string => {
    const out = neutraliseMarkup(text);
    if (out !== text) changed = true;
    return out;
  };
  const url = (value: string | undefined): string | undefined => {
    const out = safeUrl(value);
    if (out !== value) changed = true;
    return out;
  };
  if (event.type === 'delta') return { safe: { type: 'delta', text: clean(event.text) }, changed };
  if (event.type !== 'sources') return { safe: event, changed };
  const sources = event.sources.map((source) => safeSource(source, clean, url));
  const anchor = event.anchor?.label ? { anchor: { ...event.anchor, label: clean(event.anchor.label) } } : {};
  return { safe: { ...event, sources, ...anchor }, changed };
}

function safeSource(source: SourceView, clean: (text: string) => string, url: (value: string | undefined) => string | undefined): SourceView {
  return {
    ...source,
    title: clean(source.title),
    dataset: clean(source.dataset),
    publisher: clean(source.publisher),
    license: clean(source.license),
    attribution: clean(source.attribution),
    address: source.address === undefined ? undefined : clean(source.address),
    phone: source.phone === undefined ? undefined : clean(source.phone),
    url: url(source.url),
    mapUrl: url(source.mapUrl),
  };
}

function reportMarkup(ctx: ChatContext): void {
  (ctx.deps.events ?? opsEvents).emit('security', { kind: 'markup_neutralised', detail: { engine: ctx.engine, lang: ctx.lang } });
}

function isIterable(value: unknown): value is AsyncIterable<ChatEvent> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
