import type { Lang } from './languages.ts';
import type { Category, Place } from './place.ts';
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
  /** The official Japanese name, when `title` is a translation (to show a person on site). */
  officialName?: string;
  /** The kind of place, and its name in the user's language ("AED", "避難所"). */
  category?: Category;
  categoryLabel?: string;
  /** What the card shows, in the user's language: hours, floor, access, fees, accessibility, … */
  facts?: CardFact[];
  /** Compass bearing from the answer's anchor (0 = north, clockwise) and its name in the user's language. */
  bearingDegrees?: number;
  direction?: string;
  /** Every dataset the card's facts come from: more than one when records of one facility were merged. */
  citations?: Citation[];
  /** Ids of records merged into this card (the same facility in another dataset or entry). */
  mergedIds?: string[];
}

/** One fact of a place as its card shows it, in the user's language. */
export interface CardFact {
  /** A stable key (`hours`, `floor`, `wheelchair`, …) for clients that style or order facts. */
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

/** The point an answer's distances are measured from: the map's "you are here", or the place asked about. */
export interface AnswerAnchor {
  kind: 'user' | 'station' | 'place' | 'ward';
  lat: number;
  lon: number;
  /** Its name in the user's language (absent for the user's own location). */
  label?: string;
}

export type ChatEvent =
  | { type: 'meta'; sessionId: string; messageId: string; lang: Lang }
  | { type: 'delta'; text: string }
  | { type: 'sources'; sources: SourceView[]; anchor?: AnswerAnchor }
  /** `sessionSaved: false` only when the turn could not be recorded (docs/adr/0008-redis-down.md). */
  | { type: 'done'; status: Status; sessionSaved?: false; translation?: AnswerTranslation };

/**
 * An answer machine-translated for its reader (issue 17): into `lang` (BCP 47) from `from`. Clients mark it as such
 * (Cloud Translation asks for `lang="<lang>-x-mtfrom-<from>"` on machine-translated text).
 */
export interface AnswerTranslation {
  lang: string;
  from: Lang;
}

export interface RankedPlace {
  place: Place;
  distanceMeters?: number;
  /** Other records of the same facility (another dataset, another entry at the same address): one card cites all. */
  merged?: Place[];
}
