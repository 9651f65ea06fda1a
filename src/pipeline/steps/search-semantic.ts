import { SEMANTIC_DEPENDENCIES } from '../../adapters/semantic/semantic-search.ts';
import type { VectorNeighbor, VectorRestricts } from '../../adapters/semantic/vector-index.ts';
import { SEMANTIC } from '../../config/tunables.ts';
import type { Place } from '../../core/place.ts';
import type { Anchor, QuestionFrame } from '../../core/question-frame.ts';
import { DomainError } from '../../core/domain-error.ts';
import { opsEvents } from '../../observability/events.ts';
import { failureReasonOf } from '../../resilience/failure-reason.ts';
import { PlaceFilter } from '../../retrieval/filter-places.ts';
import { topicById } from '../../retrieval/topics.ts';
import type { ChatContext } from '../context.ts';
import { discoverTopic } from '../semantic/discover-topic.ts';
import { fusePlaces } from '../semantic/fuse-places.ts';
import { inScope } from '../semantic/scope-test.ts';
import { semanticPlan } from '../semantic/semantic-plan.ts';
import type { Step } from '../step.ts';
import { tokyoTime } from '../understand/read-conditions.ts';
import { listedSize, retrievePlaces } from './retrieve.ts';

/**
 * Semantic retrieval (ADR 0010), after the lexical and geographic retrieval, when it is configured and can help
 * (semantic-plan.ts): the redacted question is embedded and its nearest places found, restricted to the answer's
 * kinds of place and municipality, then kept to the frame's conditions exactly as retrieve keeps its own
 * (scope-test.ts). A list is re-ranked by reciprocal rank fusion of both rankings; a free-form question takes the
 * kind of place its neighbours agree on and is retrieved again with it. A failed or slow embedding or search
 * leaves the lexical answer as it is and is counted (the `semantic` ops event: metric and log).
 */
export const searchSemantic: Step = {
  name: 'search-semantic',
  async run(ctx) {
    const semantic = ctx.deps.semantic;
    if (!semantic || !ctx.frame) return;
    const plan = semanticPlan(ctx.frame, ctx.status, ctx.matchedCount);
    if (!plan) return;
    const events = ctx.deps.events ?? opsEvents;
    if (plan === 'rerank' && !ctx.candidates?.length) return;
    const restricts: VectorRestricts =
      plan === 'rerank'
        ? { categories: [...new Set((ctx.candidates ?? []).map((ranked) => ranked.place.category))], wards: ctx.frame.scope?.mode === 'ward' && ctx.frame.scope.ward ? [ctx.frame.scope.ward] : undefined }
        : { wards: ctx.frame.ward ? [ctx.frame.ward] : undefined };
    let neighbours: VectorNeighbor[];
    const started = performance.now();
    try {
      neighbours = await semantic.search(ctx.redactedMessage, restricts, SEMANTIC.neighbours, ctx.signal).finally(() => {
        // the embedding's and the index's time apart from the step's own (Server-Timing `semantic-call`)
        ctx.timings['semantic-call'] = performance.now() - started;
      });
    } catch (error) {
      if (ctx.signal.aborted) return;
      const dependency = error instanceof DomainError ? error.details?.dependency : undefined;
      const stage = dependency === SEMANTIC_DEPENDENCIES.embedding ? 'embedding' : 'vector_index';
      const reason = failureReasonOf(error);
      events.emit('semantic', { outcome: 'fallback', stage, reason: reason === 'first_token_deadline' ? 'timeout' : reason });
      ctx.deps.log?.warn({ err: error, semantic: { stage, reason }, messageId: ctx.messageId }, 'semantic retrieval failed: lexical answer kept');
      return;
    }
    const filter = new PlaceFilter(ctx.frame.filters, { date: tokyoTime(ctx.deps.now()).date }, ctx.deps.index.judged);
    const accepted = neighbours.flatMap((neighbor) => {
      const place = ctx.deps.index.places.get(neighbor.id);
      return place && inScope(place, restricts, filter) ? [{ neighbor, place }] : [];
    });
    const outcome = plan === 'rerank' ? rerank(ctx, accepted.map(({ place }) => place)) : discover(ctx, accepted, semantic.embedder.model);
    events.emit('semantic', { outcome });
  },
};

/** The list re-ranked by fusion with the neighbours; the count of matches is the scope's, unchanged. */
function rerank(ctx: ChatContext, neighbours: Place[]): 'fused' | 'unchanged' {
  const fused = fusePlaces(ctx.candidates ?? ctx.places, neighbours.map((place) => place.id), listedSize((ctx.candidates ?? ctx.places).length, ctx.frame));
  const same = fused.length === ctx.places.length && fused.every((ranked, i) => ranked.place.id === ctx.places[i]?.place.id);
  if (same) return 'unchanged';
  ctx.places = fused;
  return 'fused';
}

/** A free-form question retrieved again with the topic its neighbours agree on, and fused when it is a list. */
function discover(ctx: ChatContext, neighbours: Array<{ neighbor: VectorNeighbor; place: Place }>, model: string): 'discovered' | 'unchanged' {
  const topicId = discoverTopic(neighbours, model);
  if (!topicId) return 'unchanged';
  const topic = topicById(topicId);
  const anchor: Anchor | undefined = ctx.frame.anchor ?? (ctx.request.location ? { kind: 'user', ...ctx.request.location } : undefined);
  const frame: QuestionFrame = {
    ...ctx.frame,
    intent: anchor ? 'nearest' : ctx.frame.ward ? 'list' : 'clarify',
    decline: undefined,
    topic: topic.id,
    categories: topic.categories,
    fallbackCategories: topic.fallback,
    anchor,
    scope: undefined,
  };
  const result = retrievePlaces(ctx.deps.index, frame, { date: tokyoTime(ctx.deps.now()).date });
  ctx.frame = { ...frame, scope: result.scope };
  ctx.places = result.places;
  ctx.matchedCount = result.matched;
  ctx.candidates = result.pool;
  ctx.setStatus(result.status);
  // a list of that kind is also ordered by the neighbours, as a list question's is
  if (result.pool) ctx.places = fusePlaces(result.pool, neighbours.map(({ place }) => place.id), listedSize(result.pool.length, ctx.frame));
  return 'discovered';
}
