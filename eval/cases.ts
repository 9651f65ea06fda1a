import type { Lang } from '../src/core/languages.ts';
import type { Category } from '../src/core/place.ts';

/**
 * Where a "nearest" answer is measured from: the request's location, a station named in the question, or a place
 * named in it (which is then not an answer itself).
 */
export type Origin = { location: true } | { station: string } | { place: string };

/**
 * What a correct answer looks like, as a rule over the corpus (never a hard-coded answer): the judge computes the
 * expected places from the snapshot, so the rule holds when the data changes.
 */
export type Expectation =
  /** The first place listed is the true nearest place of these categories (haversine on the corrected points). */
  | { kind: 'nearest'; categories: Category[]; from: Origin }
  /** Every place listed is of these categories and in this municipality. */
  | { kind: 'in-ward'; ward: string; categories: Category[] }
  /** A place whose Japanese name contains `name` is listed (a facility asked for by name). */
  | { kind: 'named'; name: string; category?: Category }
  /**
   * The answer says it cannot answer (unanswerable_* or clarification), lists no place, invents nothing, and gives
   * the official contact: this municipality's office, else the Tokyo Metropolitan Government — or, with
   * `anyContact` (a question naming several places, or none precisely), any official contact.
   */
  | { kind: 'unanswerable'; contactWard?: string; anyContact?: boolean }
  /** The answer asks where (or what) before answering. */
  | { kind: 'clarification' }
  /** The hazard-map links of this municipality's office. */
  | { kind: 'hazard-map'; ward: string }
  | { kind: 'greeting' };

export interface EvalCase {
  id: string;
  /** The language the answer must be in (detected from the question, or `send.lang`). */
  lang: Lang;
  /** For the per-topic table. */
  topic: string;
  message: string;
  location?: { lat: number; lon: number };
  /** Sent as the request's `lang` (やさしい日本語 is chosen by the user, not detected). */
  sendLang?: Lang;
  /** Cases with the same session run in order, each continuing the previous one's session. */
  session?: string;
  expect: Expectation;
}
