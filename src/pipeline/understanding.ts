import type { Category } from '../opendata/types.ts';
import type { TopicId } from '../retrieval/topics.ts';

/** A point the answer is measured from, with the name to say. */
export interface Anchor {
  kind: 'user' | 'station' | 'municipality' | 'landmark';
  lat: number;
  lon: number;
  /** Japanese name (absent for the user's own location). */
  ja?: string;
  en?: string;
  kana?: string;
}

/** What the question asks, as the understand step read it. */
export interface Understanding {
  intent: 'find' | 'greeting' | 'thanks' | 'unknown';
  topic?: TopicId;
  /** True when the topic came from the previous turn, not from this question. */
  topicInherited: boolean;
  categories: Category[];
  /** Municipality to filter by (Japanese name). */
  ward?: string;
  anchor?: Anchor;
  /** The question says "near me" / 近く / 附近 / 근처. */
  nearMe: boolean;
  /** The question's text minus the topic and place words, for name search. */
  residue: string;
}
