import type { AnswerRequest } from '../../adapters/answer-engine/answer-engine.ts';
import type { DatasetInfo } from '../../opendata/types.ts';
import type { ChatContext, ChatEvent } from '../context.ts';
import { toSourceView } from '../source-view.ts';
import type { Step } from '../step.ts';

/** The engine's input, built from the context: the question and the retrieved records only. */
export function answerRequestOf(ctx: ChatContext): AnswerRequest {
  const { index } = ctx.deps;
  return {
    question: ctx.message,
    lang: ctx.lang,
    status: ctx.status,
    understanding: ctx.understanding,
    places: ctx.places,
    matchedCount: ctx.matchedCount,
    contact: index.officeOf(ctx.understanding.ward ?? ctx.places[0]?.place.ward),
    datasets: index.datasets,
  };
}

/** Writes the answer with the local engine, streaming its text, then lists the sources it used. */
export const compose: Step = {
  name: 'compose',
  async *run(ctx): AsyncIterable<ChatEvent> {
    const request = answerRequestOf(ctx);
    let used: string[] = [];
    for await (const chunk of ctx.deps.localEngine.answer(request, ctx.signal)) {
      if (chunk.type === 'text') {
        ctx.answer += chunk.text;
        yield { type: 'delta', text: chunk.text };
      } else {
        used = chunk.ids;
      }
    }
    ctx.engine = ctx.deps.localEngine.name;
    const byId = new Map(ctx.places.map((ranked) => [ranked.place.id, ranked]));
    const sources = used.flatMap((id) => {
      const ranked = byId.get(id);
      const dataset = ranked && ctx.deps.index.datasets.get(ranked.place.datasetId);
      return ranked && dataset ? [toSourceView(ranked, dataset as DatasetInfo, ctx.lang)] : [];
    });
    ctx.sourceIds = sources.map((source) => source.id);
    ctx.answer = ctx.answer.trimEnd();
    yield { type: 'sources', sources };
  },
};
