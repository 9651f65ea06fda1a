import type { Category } from './place.ts';
import type { TopicId } from './topic-ids.ts';

/** A point the answer is measured from, with the name to say. */
export interface Anchor {
  kind: 'user' | 'station' | 'municipality' | 'landmark';
  lat: number;
  lon: number;
  /** Japanese name (absent for the user's own location). */
  ja?: string;
  en?: string;
  kana?: string;
  /** The municipality the point lies in, when known. */
  ward?: string;
  /** For a landmark: the record it comes from (the answer to "where is X?"). */
  placeId?: string;
  /** For a landmark: its name in Latin letters. */
  latin?: string;
}

/** How the retrieve step answered, so the answer can say it (nearest, in a municipality, by name). */
export interface AnswerScope {
  mode: 'near' | 'ward' | 'name';
  /** The municipality listed; `inferred` when it came from the location, not from the question. */
  ward?: string;
  inferred?: boolean;
  /** The topic's own categories had nothing there: the answer lists related ones (shelters for sites). */
  fallback?: boolean;
  /**
   * Nearest of those with coordinates, for a kind most records of which have none (hospitals), because the
   * municipality (`ward`) has none: the answer says others may be nearer.
   */
  partial?: boolean;
}

/** What the question asks, as the understand step read it. */
export interface Understanding {
  intent: 'find' | 'greeting' | 'thanks' | 'unknown';
  topic?: TopicId;
  /** True when the topic came from the previous turn, not from this question. */
  topicInherited: boolean;
  categories: Category[];
  /** Categories answered when `categories` have nothing in the area. */
  fallbackCategories?: Category[];
  /** Municipality to filter by (Japanese name). */
  ward?: string;
  anchor?: Anchor;
  /** The question says "near me" / 近く / 附近 / 근처. */
  nearMe: boolean;
  /** The question's text minus the topic and place words. */
  residue: string;
  /** Facilities the question names in full ("品川学園はどこ？"), when they answer it. */
  namedPlaceIds?: string[];
  /**
   * The question asks what no record holds — a facility's rules or services (how many books, bookings,
   * applications) — so the answer is the official contact, not a list that looks like an answer.
   */
  beyondData?: boolean;
  /** Set by the retrieve step. */
  scope?: AnswerScope;
}
