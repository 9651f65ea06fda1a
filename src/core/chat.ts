import type { Lang } from './languages.ts';
import type { Place } from './place.ts';
import type { Status } from './status.ts';

/** A source as the API shows it (PRODUCT.md). */
export interface SourceView {
  id: string;
  title: string;
  dataset: string;
  publisher: string;
  license: string;
  url?: string;
  address?: string;
  lat?: number;
  lon?: number;
  distanceMeters?: number;
  phone?: string;
  mapUrl?: string;
  attribution: string;
}

export type ChatEvent =
  | { type: 'meta'; sessionId: string; messageId: string; lang: Lang }
  | { type: 'delta'; text: string }
  | { type: 'sources'; sources: SourceView[] }
  /** `sessionSaved: false` only when the turn could not be recorded (docs/adr/0008-redis-down.md). */
  | { type: 'done'; status: Status; sessionSaved?: false };

export interface RankedPlace {
  place: Place;
  distanceMeters?: number;
}
