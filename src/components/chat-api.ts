import type { Lang } from '../core/languages.ts';
import type { PageLang } from '../i18n/page-languages.ts';

/**
 * The public API as the web page sees it (docs/api.md). Declared here rather than imported from the server,
 * because the page is a client like the native apps: it depends on the wire format, not on server code.
 */
export interface ChatRequestBody {
  message: string;
  sessionId?: string;
  /** One of the six, or a language answered through machine translation (the page in it). */
  lang?: PageLang;
  location?: GeoPoint;
}

/** An answer machine-translated into the reader's language (`lang`) from the one it was written in (`from`). */
export interface AnswerTranslation {
  lang: string;
  from: Lang;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A source of an answer; `attribution` is the text its licence (CC BY 4.0) requires us to show. */
export interface SourceView {
  id: string;
  title: string;
  dataset: string;
  publisher: string;
  license: string;
  attribution: string;
  url?: string;
  address?: string;
  lat?: number;
  lon?: number;
  distanceMeters?: number;
  phone?: string;
  mapUrl?: string;
  // added since the first release (docs/api.md): the page shows each one when present
  /** The official Japanese name, when `title` is a translation (shown beside it, for a person on site). */
  officialName?: string;
  category?: string;
  /** The kind of place in the answer's language ("AED", "避難所"). */
  categoryLabel?: string;
  /** What the card shows, in the answer's language: hours, floor, access, accessibility, … */
  facts?: CardFact[];
  /** Compass bearing from the answer's anchor (0 = north, clockwise) and its name in the answer's language. */
  bearingDegrees?: number;
  direction?: string;
  /** Every dataset the card's facts come from (more than one when records of one facility were merged). */
  citations?: Citation[];
  mergedIds?: string[];
}

/** One fact of a place card; `key` is stable (`hours`, `floor`, `wheelchair`, …), `label` and `value` are to show. */
export interface CardFact {
  key: string;
  label: string;
  value: string;
}

/** A dataset a card cites, with what its licence asks to show. */
export interface Citation {
  dataset: string;
  publisher: string;
  license: string;
  url?: string;
  attribution: string;
}

/** The point an answer's distances are measured from: the user's location, a station, a place or a ward. */
export interface AnswerAnchor {
  kind: 'user' | 'station' | 'place' | 'ward' | (string & {});
  lat: number;
  lon: number;
  /** Its name in the answer's language (absent for the user's own location). */
  label?: string;
}

/** GET /api/client-config: settings the page reads at run time. */
export interface ClientConfig {
  /** The map's tiles, a `{z}/{x}/{y}` template. */
  mapTileUrl: string;
}

/** The turn's `category_reason`; the page treats unknown values like `answered`. */
export type AnswerStatus =
  | 'answered'
  | 'greeting'
  | 'clarification_needed'
  | 'unanswerable_no_sources'
  | 'unanswerable_out_of_scope'
  | 'degraded_fallback'
  | (string & {});

/** The server-sent events of POST /api/chat with `Accept: text/event-stream`, in the order they come. */
export type ChatEvent =
  | { type: 'meta'; sessionId: string; messageId: string; lang: Lang }
  | { type: 'delta'; text: string }
  | { type: 'sources'; sources: SourceView[]; anchor?: AnswerAnchor }
  /** `sessionSaved: false`: answered while conversations could not be stored (docs/api.md). */
  | { type: 'done'; status: AnswerStatus; sessionSaved?: false; translation?: AnswerTranslation }
  | { type: 'error'; code: string; message: string };

/** The body of every error response: `{ error: { code, message, ...details } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

export interface FeedbackBody {
  sessionId: string;
  messageId: string;
  rating: 'up' | 'down';
  comment?: string;
}
