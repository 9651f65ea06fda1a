import type { AnswerEngine, AnswerRequest } from '../../adapters/answer-engine/answer-engine.ts';
import { FALLBACK_NOTICE } from '../../i18n/guardrail-replies.ts';
import { opsEvents } from '../../observability/events.ts';
import type { Category, DatasetInfo } from '../../core/place.ts';
import { ownerName, wardName } from '../../i18n/place-names.ts';
import { tokyoTime } from '../understand/read-conditions.ts';
import { fallbackReasonOf } from '../../resilience/failure-reason.ts';
import type { ChatContext } from '../context.ts';
import type { ChatEvent } from '../../core/chat.ts';
import { toAnswerAnchor, toSourceView } from '../source-view.ts';
import type { Step } from '../step.ts';

/** The engine's input, built from the context: the redacted question and the retrieved records only. */
export function answerRequestOf(ctx: ChatContext): AnswerRequest {
  const { index } = ctx.deps;
  return {
    question: ctx.redactedMessage,
    lang: ctx.lang,
    status: ctx.status,
    frame: ctx.frame,
    places: ctx.places,
    matchedCount: ctx.matchedCount,
    // the office of the area asked about; for all of Tokyo, the Tokyo Metropolitan Government (no office)
    contact: index.officeOf(ctx.frame.ward ?? ctx.frame.scope?.ward ?? (ctx.frame.scope?.mode === 'tokyo' ? undefined : ctx.places[0]?.place.ward)),
    datasets: index.datasets,
    today: tokyoTime(ctx.deps.now()).date,
    coveredWards:
      ctx.frame.scope?.uncovered || ctx.frame.scope?.uncoveredWard ? coveredWards(index, ctx.frame.categories).map((ward) => wardName(ward, ctx.lang, index.officeOf(ward))) : undefined,
    uncoveredWard: ctx.frame.scope?.uncoveredWard ? wardName(ctx.frame.scope.uncoveredWard, ctx.lang, index.officeOf(ctx.frame.scope.uncoveredWard)) : undefined,
    sourceCounts: ctx.frame.scope?.bySource?.map(({ owner, count }) => ({ source: ownerName(owner, ctx.lang, index.officeOf(owner)), count })),
  };
}

/** The municipalities with the most data of the kind asked (at most three), for an answer where it is not covered. */
function coveredWards(index: ChatContext['deps']['index'], categories: readonly Category[]): string[] {
  const cells = categories.flatMap((category) => index.coverage.wardsOf(category));
  return [...new Set(cells.sort((a, b) => b.rows - a.rows).map((cell) => cell.ward))].slice(0, 3);
}

/**
 * Only a turn with places to answer from goes to the configured engine (Gemini): greetings, clarifications
 * and "no data" answers are fixed sentences the local engine says at once, with nothing to ground.
 */
function usesPrimary(ctx: ChatContext): boolean {
  return ctx.status === 'answered' && ctx.places.length > 0;
}

/**
 * Writes the answer, streaming its text, then lists the sources it used. With a configured engine, a turn
 * that has places is answered by it; when it fails (breaker open, error, slow, ungrounded), the local engine
 * answers instead, after a notice that the answer is simplified (status `degraded_fallback`). Text the
 * configured engine already streamed stays: it passed the grounding checks.
 */
export const compose: Step = {
  name: 'compose',
  async *run(ctx): AsyncIterable<ChatEvent> {
    const request = answerRequestOf(ctx);
    const { primaryEngine: primary, localEngine: local } = ctx.deps;
    let used: string[] | undefined;
    if (primary && usesPrimary(ctx)) {
      try {
        used = yield* streamAnswer(ctx, primary, request);
      } catch (error) {
        if (ctx.signal.aborted) return; // the client has gone: there is no one to fall back for
        reportFallback(ctx, primary, error);
        ctx.setStatus('degraded_fallback');
        const notice = `${ctx.answer === '' || ctx.answer.endsWith('\n') ? '' : '\n'}${FALLBACK_NOTICE[ctx.lang]}\n`;
        ctx.answer += notice;
        yield { type: 'delta', text: notice };
      }
    }
    used ??= yield* streamAnswer(ctx, local, request);
    const byId = new Map(ctx.places.map((ranked) => [ranked.place.id, ranked]));
    const sources = used.flatMap((id) => {
      const ranked = byId.get(id);
      const dataset = ranked && ctx.deps.index.datasets.get(ranked.place.datasetId);
      return ranked && dataset ? [toSourceView(ranked, dataset as DatasetInfo, ctx.lang, ctx.deps.index.datasets)] : [];
    });
    ctx.sourceIds = sources.map((source) => source.id);
    ctx.answer = ctx.answer.trimEnd();
    const anchor = ctx.frame.anchor;
    const measured = sources.some((source) => source.distanceMeters !== undefined);
    yield { type: 'sources', sources, ...(anchor && measured ? { anchor: toAnswerAnchor(anchor, ctx.lang) } : {}) };
  },
};

/** Streams one engine's answer into the context; returns the ids of the places it used. */
async function* streamAnswer(ctx: ChatContext, engine: AnswerEngine, request: AnswerRequest): AsyncGenerator<ChatEvent, string[]> {
  let used: string[] = [];
  for await (const chunk of engine.answer(request, ctx.signal)) {
    if (chunk.type === 'text') {
      ctx.answer += chunk.text;
      yield { type: 'delta', text: chunk.text };
    } else {
      used = chunk.ids;
    }
  }
  ctx.engine = engine.name;
  return used;
}

function reportFallback(ctx: ChatContext, engine: AnswerEngine, error: unknown): void {
  const reason = fallbackReasonOf(error);
  (ctx.deps.events ?? opsEvents).emit('fallback', { engine: engine.name, reason });
  // the event carries the reason; the log line carries the cause (the redacting logger strips personal data)
  ctx.deps.log?.warn({ err: error, fallback: { engine: engine.name, reason }, messageId: ctx.messageId }, `${engine.name} answer replaced by the local engine`);
}
