import type { Lang } from '../core/languages.ts';

/**
 * The public API as the web page sees it (docs/api.md). Declared here rather than imported from the server,
 * because the page is a client like the native apps: it depends on the wire format, not on server code.
 */
export interface ChatRequestBody {
  message: string;
  sessionId?: string;
  lang?: Lang;
  location?: GeoPoint;
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
  | { type: 'sources'; sources: SourceView[] }
  /** `sessionSaved: false`: answered while conversations could not be stored (docs/api.md). */
  | { type: 'done'; status: AnswerStatus; sessionSaved?: false }
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
