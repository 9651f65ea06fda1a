import { SEMANTIC } from '../../config/tunables.ts';
import type { QuestionFrame } from '../../core/question-frame.ts';
import type { Status } from '../../core/status.ts';
import { residueContent } from './residue-content.ts';

/**
 * What semantic retrieval can do for a turn (ADR 0010):
 *  - `rerank`: a list of a municipality's or Tokyo's places whose question says more than the kind and area
 *    ("parks in Shinagawa with cherry blossoms"): the vector neighbours of the question, kept to the same
 *    conditions and scope, are fused with the list;
 *  - `discover`: a free-form question in which nothing was understood ("I want to see old Japanese paintings"):
 *    the kind of place its nearest places agree on becomes its topic;
 *  - nothing for the rest: a "nearest" answer is ordered by distance, which it says; a named place is looked up.
 */
export function semanticPlan(frame: QuestionFrame, status: Status, matched: number): 'rerank' | 'discover' | undefined {
  if (frame.intent === 'decline') return frame.decline === 'unknown' ? 'discover' : undefined;
  if (frame.intent === 'clarify' && !frame.topic && !frame.attribute && !frame.placeIds?.length) return 'discover';
  const listed = frame.scope?.mode === 'ward' || frame.scope?.mode === 'tokyo';
  const listing = frame.intent === 'list' || frame.intent === 'count' || frame.intent === 'clarify';
  if (status !== 'answered' || !listed || !listing || frame.scope?.at || matched < 2) return undefined;
  return residueContent(frame.residue) >= SEMANTIC.minResidueChars ? 'rerank' : undefined;
}
