import { SEMANTIC } from '../../config/tunables.ts';
import type { Place } from '../../core/place.ts';
import type { TopicId } from '../../core/topic-ids.ts';
import type { VectorNeighbor } from '../../adapters/semantic/vector-index.ts';
import { TOPICS } from '../../retrieval/topics.ts';

/**
 * The topic of a free-form question from its nearest places: the kind most of the first few agree on, when the
 * nearest is similar enough (a threshold per embedding model) and that kind has a topic of its own (not a broad one such as "facility"). Undefined
 * when they disagree or are far: the question is then declined as before.
 */
export function discoverTopic(neighbours: ReadonlyArray<{ neighbor: VectorNeighbor; place: Place }>, model: string): TopicId | undefined {
  const first = neighbours.slice(0, SEMANTIC.discoverVotes);
  const best = first[0];
  const threshold = SEMANTIC.minDiscoverSimilarity[model] ?? (SEMANTIC.minDiscoverSimilarity.default as number);
  if (!best || best.neighbor.similarity < threshold) return undefined;
  const votes = new Map<string, number>();
  for (const { place } of first) votes.set(place.category, (votes.get(place.category) ?? 0) + 1);
  const [category, count] = [...votes].sort((a, b) => b[1] - a[1])[0] as [string, number];
  if (count / first.length < SEMANTIC.discoverAgreement) return undefined;
  return TOPICS.find((topic) => !topic.generic && topic.categories[0] === category)?.id;
}
