import type { Lang } from '../core/languages.ts';
import type { Attribute, DeclineReason, Feature, Hazard, ShelterGroup, Sight } from '../core/question-frame.ts';
import { WordTable, type WordHit } from '../text/word-table.ts';
import { ATTRIBUTE_WORDS, CONTEXTUAL_WORDS } from './question-words/attribute-words.ts';
import {
  ADMITS_EVERYONE_WORDS,
  DAY_WORDS,
  FEATURE_WORDS,
  FEE_WORDS,
  HAZARD_WORDS,
  SHELTER_GROUP_WORDS,
  SIGHT_WORDS,
  NOW_WORDS,
  OPERATOR_WORDS,
  TIME_OF_DAY_WORDS,
  UPCOMING_WORDS,
  WIDE_AREA_WORDS,
} from './question-words/condition-words.ts';
import { DECLINE_WORDS, OUTSIDE_TOKYO_WORDS, PET_WORDS, TOKYO_ITSELF_WORDS } from './question-words/decline-words.ts';
import { ALL_WORDS, BACK_REFERENCE_WORDS, COUNT_WORDS, COURTESY_WORDS, FILLER_WORDS, FOLLOW_UP_WORDS, HELP_WORDS, LANGUAGE_REQUEST_WORDS, LIST_WORDS, NARROWING_WORDS, NEAR_WORDS, PLURAL_REFERENCE_WORDS, SINGULAR_REFERENCE_WORDS } from './question-words/intent-words.ts';

type DayWord = (typeof DAY_WORDS)[number][0];

const ATTRIBUTE_RANK = new Map(ATTRIBUTE_WORDS.map(([attribute], i) => [attribute, i]));

/** Slots a topic word may fill too: 多目的トイレ is a toilet and a wheelchair feature; 災害拠点病院 a hospital and its role. */
const TOPIC_ALSO: ReadonlySet<string> = new Set(['groups', 'sights', 'features', 'hazards', 'attributes', 'wideArea']);

/** Every vocabulary slot a question can fill, read from its normalised text (word-table.ts). */
export interface QuestionWords {
  attributes: Attribute[];
  /** "when" / "where": a fact that depends on the place asked about. */
  contextual: Array<'when' | 'where'>;
  days: DayWord[];
  /** Minutes after midnight: an hour said ("19時", "7pm", "오후 7시") or a part of the day ("evening"). */
  minute?: number;
  /** The time is when it must still be open ("open until 9 pm"). */
  until: boolean;
  now: boolean;
  features: Feature[];
  fee?: 'free' | 'paid';
  hazards: Hazard[];
  /** Kinds of sight asked for (viewpoints, waterfalls). */
  sights: Sight[];
  /** Groups of people a shelter is asked for (福祉避難所, 高齢者). */
  groups: ShelterGroup[];
  admitsEveryone: boolean;
  upcoming: boolean;
  /** Declines by reason: `strong` words decline beside a topic, `weak` ones only alone. */
  strongDeclines: DeclineReason[];
  weakDeclines: DeclineReason[];
  outsideTokyo: boolean;
  count: boolean;
  list: boolean;
  near: boolean;
  /** Mentions pets (PET_WORDS). */
  pets: boolean;
  courtesy?: 'greeting' | 'thanks';
  /** Asks for the answer in another language ("日本語で教えて"). */
  askedLanguage?: Lang;
  /** Asks what the service can do ("what can you help me with?"). */
  help: boolean;
  /** The courtesy words' length, to tell "thank you" from "thanks, and where is …". */
  courtesyLength: number;
  followUp: boolean;
  backReference: boolean;
  /** The reference is to one place ("is it free?"), not to the whole list ("which of those…"). */
  singularReference: boolean;
  /** Keeps only some of the list just given: "of those", "only", だけ, 只看, 그 중. */
  narrowing: boolean;
  /** The railway company named, by itself or by one of its lines (銀座線: 東京地下鉄). */
  operator?: string;
  /** Asks for wide-area evacuation sites (広域避難場所). */
  wideArea: boolean;
  /** Asks for every one of a list (一覧, 全部, "list all"). */
  all: boolean;
  /** Where every word of every slot stands, to blank them before a name is searched for. */
  spans: Array<[number, number]>;
  /** Where a fact is said by naming a kind of place ("disaster hospitals", 災害拠点病院): the kind is asked too. */
  kindSpans: Array<[number, number]>;
}

/** Facts a kind's name also asks as a condition (多目的トイレ: wheelchair; 授乳室: baby facilities). */
const FEATURE_FACTS: ReadonlySet<Attribute> = new Set(['wheelchair', 'ostomate', 'baby', 'parking']);

/** Facts said by the name of a kind of place: a disaster base hospital's role. */
const KIND_FACTS: ReadonlySet<Attribute> = new Set(['emergency_role']);

const TABLES = {
  attributes: new WordTable(ATTRIBUTE_WORDS, { typos: true }),
  contextual: new WordTable(CONTEXTUAL_WORDS),
  days: new WordTable(DAY_WORDS, { typos: true }),
  times: new WordTable(TIME_OF_DAY_WORDS),
  now: new WordTable([[true, NOW_WORDS]]),
  features: new WordTable(FEATURE_WORDS, { typos: true }),
  fees: new WordTable(FEE_WORDS),
  hazards: new WordTable(HAZARD_WORDS, { typos: true }),
  sights: new WordTable(SIGHT_WORDS),
  groups: new WordTable(SHELTER_GROUP_WORDS),
  admits: new WordTable([[true, ADMITS_EVERYONE_WORDS]]),
  upcoming: new WordTable([[true, UPCOMING_WORDS]]),
  strong: new WordTable(DECLINE_WORDS.map(([reason, words]) => [reason, words.strong] as const)),
  weak: new WordTable(DECLINE_WORDS.map(([reason, words]) => [reason, words.weak] as const)),
  outside: new WordTable([[true, OUTSIDE_TOKYO_WORDS]]),
  pets: new WordTable([[true, PET_WORDS]]),
  tokyo: new WordTable([[true, TOKYO_ITSELF_WORDS]]),
  count: new WordTable([[true, COUNT_WORDS]]),
  list: new WordTable([[true, LIST_WORDS]]),
  all: new WordTable([[true, ALL_WORDS]]),
  near: new WordTable([[true, NEAR_WORDS]]),
  courtesy: new WordTable(COURTESY_WORDS),
  help: new WordTable([[true, HELP_WORDS]]),
  language: new WordTable(LANGUAGE_REQUEST_WORDS),
  followUp: new WordTable([[true, FOLLOW_UP_WORDS]]),
  backReference: new WordTable([[true, BACK_REFERENCE_WORDS]]),
  singularReference: new WordTable([[true, SINGULAR_REFERENCE_WORDS]]),
  pluralReference: new WordTable([[true, PLURAL_REFERENCE_WORDS]]),
  narrowing: new WordTable([[true, NARROWING_WORDS]]),
  operators: new WordTable(OPERATOR_WORDS),
  wideArea: new WordTable([[true, WIDE_AREA_WORDS]]),
  filler: new WordTable([[true, FILLER_WORDS]]),
};

type Slot = keyof typeof TABLES;

/** The language a message asks the answer in ("日本語で教えて", "in English please"), if it asks one. */
export function askedLanguageOf(text: string): Lang | undefined {
  const lower = text.normalize('NFKC').toLowerCase();
  // (most messages hold none of the table's words, spaces aside: only those are read word by word)
  const compact = lower.replace(/\s+/g, '');
  if (!LANGUAGE_KEYS.some((key) => compact.includes(key))) return undefined;
  return TABLES.language.find(lower)[0]?.key as Lang | undefined;
}

/** The language-request words without their spaces, for that quick check. */
const LANGUAGE_KEYS = LANGUAGE_REQUEST_WORDS.flatMap(([, words]) => words.map((word) => word.normalize('NFKC').toLowerCase().replace(/\s+/g, '')));

/** A found word with the slot it fills. */
interface SlotHit {
  slot: Slot;
  hit: WordHit<unknown>;
}

/**
 * Reads the question's words, slot by slot. `blocked` spans (place names) and the `topic` word are not read
 * again ("park" in "Kiba Park", "site" in "evacuation site"), but for conditions the topic word also names. A word inside a longer word of another slot is part of it
 * (今 in 今日, "open" in "open now" stays "now" too only when the tables list it whole).
 */
export function readQuestionWords(text: string, blocked: ReadonlyArray<readonly [number, number]> = [], topic?: readonly [number, number]): QuestionWords {
  const all: SlotHit[] = [];
  for (const slot of Object.keys(TABLES) as Slot[]) {
    for (const hit of (TABLES[slot] as WordTable<unknown>).find(text)) {
      if (blocked.some(([s, e]) => hit.start >= s && hit.end <= e)) continue;
      // a topic word may also be a condition (多目的トイレ: a toilet, wheelchair-accessible; 津波: evacuation, tsunami)
      if (topic && hit.start >= topic[0] && hit.end <= topic[1] && !TOPIC_ALSO.has(slot)) continue;
      // (a fact only when the kind's name says it: 災害拠点病院's role, not the "site" of "evacuation sites")
      if (topic && hit.start >= topic[0] && hit.end <= topic[1] && slot === 'attributes' && !KIND_FACTS.has(hit.key as Attribute) && !FEATURE_FACTS.has(hit.key as Attribute)) continue;
      all.push({ slot, hit });
    }
  }
  const kept = all.filter(({ slot, hit }) => slot === 'filler' || !all.some((other) => other !== undefined && other.slot !== 'filler' && covers(other.hit, hit)));
  const keys = <K>(slot: Slot) => [...new Set(kept.filter((entry) => entry.slot === slot).map((entry) => entry.hit.key as K))];
  const courtesy = kept.filter((entry) => entry.slot === 'courtesy');
  const clock = readClockTime(text);
  const timeOfDay = keys<number>('times')[0];
  return {
    // several facts named: the table's order says which is asked ("what's the SSID": the SSID, not a description)
    attributes: keys<Attribute>('attributes').sort((a, b) => (ATTRIBUTE_RANK.get(a) ?? 0) - (ATTRIBUTE_RANK.get(b) ?? 0)),
    contextual: keys<'when' | 'where'>('contextual'),
    days: keys<DayWord>('days'),
    minute: clock ?? timeOfDay,
    until: clock !== undefined && saysUntil(text),
    now: keys('now').length > 0,
    features: keys<Feature>('features'),
    fee: keys<'free' | 'paid'>('fees')[0],
    hazards: keys<Hazard>('hazards'),
    sights: keys<Sight>('sights'),
    groups: keys<ShelterGroup>('groups'),
    admitsEveryone: keys('admits').length > 0,
    upcoming: keys('upcoming').length > 0,
    strongDeclines: keys<DeclineReason>('strong'),
    weakDeclines: keys<DeclineReason>('weak'),
    outsideTokyo: keys('outside').length > 0,
    count: keys('count').length > 0,
    list: keys('list').length > 0,
    near: keys('near').length > 0,
    pets: keys('pets').length > 0,
    courtesy: courtesy[0]?.hit.key as 'greeting' | 'thanks' | undefined,
    help: all.some((entry) => entry.slot === 'help'),
    askedLanguage: keys<Lang>('language')[0],
    courtesyLength: courtesy.reduce((sum, entry) => sum + entry.hit.end - entry.hit.start, 0),
    followUp: kept.some((entry) => entry.slot === 'followUp' && entry.hit.start <= 2),
    backReference: keys('backReference').length > 0,
    // (a plural word said as well keeps it plural: "which of those is open", "那里哪些")
    singularReference: keys('singularReference').length > 0 && !all.some((entry) => entry.slot === 'pluralReference'),
    narrowing: all.some((entry) => entry.slot === 'pluralReference' || entry.slot === 'narrowing'),
    operator: keys<string>('operators')[0],
    wideArea: all.some((entry) => entry.slot === 'wideArea'),
    all: all.some((entry) => entry.slot === 'all'),
    spans: kept.map(({ hit }) => [hit.start, hit.end]),
    // (a welfare shelter, 福祉避難所, names the kind as well as the group)
    kindSpans: kept.filter(({ slot, hit }) => (slot === 'attributes' && KIND_FACTS.has(hit.key as Attribute)) || slot === 'groups').map(({ hit }) => [hit.start, hit.end]),
  };
}

/** Whether the question says "near" (nearest, 近く, 附近, 근처): read before places, which it helps resolve. */
export function mentionsNear(text: string): boolean {
  return TABLES.near.find(text).length > 0;
}

/** Whether `outer` holds `inner` and is longer. */
function covers(outer: WordHit<unknown>, inner: WordHit<unknown>): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}

const PM = /(pm|p\.m\.|午後|ごご|夕方|ゆうがた|晩|ばん|下午|晚上|夜|よる|오후|저녁|밤)/;
const AM = /(am|a\.m\.|午前|ごぜん|朝|あさ|上午|早上|오전|아침)/;
/** Night words: an hour before this one said with them is after midnight (夜中の0時半, 深夜2時, 새벽 1시). */
const NIGHT = /(夜中|よなか|深夜|しんや|真夜中|夜|よる|晚上|凌晨|半夜|밤|새벽)/;
const NIGHT_HOURS_END = 5;

/**
 * An hour said in the question: `19:30`, `19時`, `7pm`, `午後7時`, `晚上7点`, `오후 7시` → minutes after midnight.
 * Digits only (NFKC has made them ASCII); a bare number is not an hour.
 */
export function readClockTime(text: string): number | undefined {
  /* eslint-disable security/detect-unsafe-regex -- bounded repeats over a question of at most 1,000 characters */
  const match =
    /(\d{1,2}):(\d{2})/.exec(text) ??
    /(\d{1,2})\s*(?:時|じ|点|點|시)(?:\s*(\d{1,2})\s*(?:分|분))?/.exec(text) ??
    /(\d{1,2})(?::(\d{2}))?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)/.exec(text);
  /* eslint-enable security/detect-unsafe-regex */
  if (!match) return undefined;
  let hour = Number(match[1]);
  // "9時半", "9点半", "9시 반": half past
  const half = match[2] === undefined && /^\s*(?:半|반)/.test(text.slice(match.index + match[0].length));
  const minute = half ? 30 : Number(match[2] ?? 0);
  if (hour > 24 || minute > 59) return undefined;
  const before = text.slice(Math.max(0, match.index - 4), match.index + match[0].length + 5);
  // "夜中の0時半", "深夜1時": after midnight, not in the afternoon
  if (hour < 12 && PM.test(before) && !(hour < NIGHT_HOURS_END && NIGHT.test(before))) hour += 12;
  if (hour === 12 && AM.test(before)) hour = 0;
  return hour * 60 + minute;
}

/** Whether the time said is when it must still be open ("9時まで", "until 9", "到9点", "9시까지"). */
export function saysUntil(text: string): boolean {
  return /(?:時|じ|点|點|시|:\d{2}|pm|am|o'clock)\s*(?:半|반)?\s*(?:まで|迄|까지)|(?:until|till|到|開到|开到)\D{0,3}\d/i.test(text);
}
