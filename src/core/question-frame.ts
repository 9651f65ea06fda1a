import type { Category } from './place.ts';
import type { TopicId } from './topic-ids.ts';

/** A point the answer is measured from, with the name to say. */
export interface Anchor {
  kind: 'user' | 'station' | 'municipality' | 'landmark' | 'town';
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
  mode: 'near' | 'ward' | 'name' | 'tokyo';
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
  /** Nothing met this condition: the places given are the nearest that do not, and the answer says so. */
  unmet?: Filter;
  /** The municipality's data does not cover the kind asked (the AED data covers Koto City only). */
  uncovered?: boolean;
  /**
   * For an answer found elsewhere: the municipality the question stood in, which the data does not cover for the
   * kind asked (near Tokyo Station, the nearest AED in the data is in Koto City, 2.5 km away).
   */
  uncoveredWard?: string;
  /** For `count`: the town within `ward` counted in, named by a station's name (豊洲 in 江東区豊洲). */
  area?: string;
  /** For `count`: how many places meet the question in the scope. */
  count?: number;
  /**
   * For `count`, when more than one publisher's data was counted: how many records each one's data holds
   * (江東区 191 public toilets, 東京都 43 station toilets), as datasets overlap or differ in what they list.
   * `owner` is the publisher: a municipality's name, 東京都 or 国土地理院.
   */
  bySource?: Array<{ owner: string; count: number }>;
  /** For `count` of one whole dataset: the rows of its file, `left` of which the ingest left out (a wrong point, a duplicate). */
  rows?: { rows: number; left: number };
  /** For `lookup`: the fact asked is not in the record; the answer says so and gives what it has. */
  missing?: Attribute;
  /** The places are those held at the named place (the events of a museum), not those near it. */
  at?: boolean;
}

/** What a question wants done. */
export const INTENTS = ['nearest', 'list', 'lookup', 'count', 'decline', 'clarify', 'smalltalk'] as const;
export type Intent = (typeof INTENTS)[number];

/** The fact of a place a question asks for. */
export const ATTRIBUTES = [
  'hours', // opening hours, and whether it is open at a time (with an `open` filter: "open now", "on Sunday")
  'open_days', // which days it is open or closed
  'fee', // what it costs
  'free', // whether it is free of charge
  'phone',
  'website',
  'address', // where it is
  'access', // how to get there, nearest station
  'floor', // floor, or where inside a building (an AED's place)
  'wheelchair',
  'ostomate',
  'baby', // baby changing, nursing
  'parking',
  'toilets', // how many toilets a toilet block has
  'beds', // a hospital's beds
  'emergency_role', // disaster base hospital, tertiary emergency care
  'ssid', // a Wi-Fi spot's network name
  'event_dates',
  'venue',
  'hazards', // which disasters an evacuation site serves
  'admits', // who a shelter admits
  'description', // what kind of place it is
  'capacity', // how many people a site takes
  'conditions', // conditions of use (registration)
  'childcare', // childcare during programmes
  'ages', // ages a nursery takes
  'designated', // when a historic site was designated, and as what
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const HAZARDS = ['earthquake', 'tsunami', 'flood', 'inland_flood', 'storm_surge', 'landslide', 'large_fire', 'volcano'] as const;
export type Hazard = (typeof HAZARDS)[number];

export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Day = (typeof DAYS)[number];

/** The groups of people a shelter may be for: any of them (a welfare shelter, 福祉避難所), or one. */
export const SHELTER_GROUPS = ['welfare', 'elderly', 'disabled', 'pregnant'] as const;
export type ShelterGroup = (typeof SHELTER_GROUPS)[number];

/** A kind of sight a tourist asks for by what it is (viewpoints, waterfalls), which the data says only in names. */
export const SIGHTS = ['viewpoint', 'waterfall', 'beach', 'lighthouse', 'tumulus', 'ruins', 'castle', 'garden'] as const;
export type Sight = (typeof SIGHTS)[number];

/** A feature a place has or lacks, as a condition or a question ("wheelchair-accessible toilets"). */
export type Feature = 'wheelchair' | 'ostomate' | 'baby' | 'parking' | 'accessible_parking' | 'elevator' | 'child_pads' | 'tertiary' | 'wide_area_core' | 'regional_core';

/** A condition the answer's places must meet, applied before ranking. */
export type Filter =
  /**
   * Open at a time: on any of `days` (`hol`: public holidays), at `minute` after midnight; `now` when it was
   * asked as "open now" (the day and minute are then the clock's, in Tokyo).
   */
  | { kind: 'open'; days?: Array<Day | 'hol'>; minute?: number; now?: boolean; until?: boolean }
  | { kind: 'free' }
  | { kind: 'paid' }
  | { kind: 'has'; feature: Feature }
  | { kind: 'hazard'; hazard: Hazard }
  /** A shelter anyone may use (not one for people the ward designates). */
  | { kind: 'admits_everyone' }
  /** Events that have not ended. */
  | { kind: 'upcoming' }
  /** Events held at some time in a month or a year (2023年8月, "in August 2023"): `from` and `to` are `YYYY-MM-DD`. */
  | { kind: 'during'; from: string; to: string; year: number; month?: number }
  /** A shelter for a group of people (福祉避難所: `welfare`, any group; 高齢者, 障害者, 妊産婦・乳幼児), as its record says. */
  | { kind: 'admits_group'; group: ShelterGroup }
  /** In a medical region the hospital data names (区東部, 北多摩南部). */
  | { kind: 'region'; region: string }
  /** A sight of a kind (展望, 滝): the kind is a part of the place's name. */
  | { kind: 'sight'; sight: Sight };

/** Why a question is declined: what no official data here answers, or a language the service does not speak. */
export const DECLINE_REASONS = [
  'forecast', // weather, earthquakes to come
  'money', // taxes, benefits, subsidies: personal amounts
  'service', // ward procedures and services the data does not hold (registration, garbage, applications)
  'recommendation', // best restaurant, what to see: opinions, or kinds of place the data does not hold
  'immigration', // visas, residence status
  'advice', // medical, legal or political advice (the guardrails' wording)
  'transport', // timetables, fares, delays
  'outside_tokyo',
  'beyond_data', // a fact of a place no dataset holds (how many books, pets)
  'unsupported_language',
  'unknown', // nothing in it the service knows
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What a follow-up may take from the previous turn's frame. */
export type FrameField = 'topic' | 'places' | 'attribute' | 'filters' | 'anchor' | 'ward';

/**
 * The question, understood: the one contract between understanding, retrieval and answering (issue 10). Filled
 * from any of the six languages; a follow-up inherits what it leaves out (`inherited` says which fields).
 */
export interface QuestionFrame {
  intent: Intent;
  /** For `smalltalk`. */
  smalltalk?: 'greeting' | 'thanks';
  /** The kind of place asked for (the subject when no place is named). */
  topic?: TopicId;
  categories: Category[];
  /** Categories answered when `categories` have nothing in the area. */
  fallbackCategories: Category[];
  /** The places the question is about, named in it or inherited ("its hours"), best first. */
  placeIds?: string[];
  /** The fact asked for. */
  attribute?: Attribute;
  /** Other facts asked of the same place at once ("its phone number and how many beds?"), told after the first. */
  moreAttributes?: Attribute[];
  /** Conditions on the places, applied before ranking. */
  filters: Filter[];
  /** The point the answer is measured from: the user's location, a named place or station. */
  anchor?: Anchor;
  /** Municipality to keep to (Japanese name). */
  ward?: string;
  /** The question says "near me" / 近く / 附近 / 근처. */
  nearMe: boolean;
  /** Why it is declined (`decline`), or a kind of question the data cannot answer. */
  decline?: DeclineReason;
  /** Fields taken from the previous turn. */
  inherited: FrameField[];
  /** The district or association whose shelters or assembly points are asked (勝島1丁目, 御殿山町会): the places serve it. */
  servedArea?: string;
  /** The railway company whose station toilets are asked (銀座線 → 東京地下鉄): the data's `operator`. */
  operator?: string;
  /** The question asks for every one (一覧, 全部, "list all"): the list is shown up to RETRIEVAL.listAll. */
  listAll?: boolean;
  /** Only wide-area evacuation sites (広域避難場所), where the data designates them. */
  wideArea?: boolean;
  /** The places in the town the station anchor names, not the nearest ones ("그 중에 도요스에 있는 건?" after a list). */
  inTown?: boolean;
  /** The question's text minus the topic and place words. */
  residue: string;
  /** Set by the retrieve step: how it answered. */
  scope?: AnswerScope;
}
