import type { Lang } from '../../core/languages.ts';
import type { DatasetInfo, Place } from '../../core/place.ts';
import type { RankedPlace } from '../../core/chat.ts';
import type { Status } from '../../core/status.ts';
import type { QuestionFrame } from '../../core/question-frame.ts';

/** Everything an engine may use to answer: the question and the records retrieved for it, nothing else. */
export interface AnswerRequest {
  /** The question after normalisation, with personal data redacted. */
  question: string;
  lang: Lang;
  /** What retrieval concluded: `answered` with places, or why there is nothing to answer from. */
  status: Status;
  frame: QuestionFrame;
  places: RankedPlace[];
  /** How many places matched before the cut (a ward-wide list says "3 of 52"). */
  matchedCount: number;
  /** The official contact for the area asked about, when the data has one. */
  contact?: Place;
  /** The day the question is asked in Tokyo (`YYYY-MM-DD`): an event before it has ended. */
  today?: string;
  /** Municipalities whose data has the kind asked (named in the answer's language), for an answer where it is not covered. */
  coveredWards?: string[];
  /** The municipality asked from, which the data does not cover for the kind asked, named for the reader. */
  uncoveredWard?: string;
  datasets: ReadonlyMap<string, DatasetInfo>;
  /** For a count made from several publishers' data: each one's count, the publisher named in the answer's language. */
  sourceCounts?: Array<{ source: string; count: number }>;
}

export type AnswerChunk = { type: 'text'; text: string } | { type: 'sources'; ids: string[] };

/** Writes an answer from retrieved records. The local engine is the default and every other engine's fallback. */
export interface AnswerEngine {
  /** `local`, `gemini`: reported in logs, metrics and health. */
  readonly name: string;
  /**
   * Streams the answer as text chunks, then once the ids of the places it used (a subset of `request.places`).
   * Stops early when `signal` aborts.
   */
  answer(request: AnswerRequest, signal: AbortSignal): AsyncIterable<AnswerChunk>;
}
