import type { ConversationContext } from '../../core/session.ts';
import type { Place } from '../../core/place.ts';
import type { NamedHit } from '../../retrieval/name-index.ts';
import type { AnchorEntry, FoundPlaces, PlaceFinder } from '../../retrieval/place-finder.ts';
import { haversineMeters } from '../../geo/geo.ts';
import { LANDMARK_CATEGORIES } from '../../retrieval/landmarks.ts';
import { normaliseQuery } from '../../text/text-keys.ts';
import { findTopic, topicById, type TopicHit } from '../../retrieval/topics.ts';
import type { Step } from '../step.ts';
import type { Anchor, Understanding } from '../../core/understanding.ts';

const NEAR_WORDS =
  /(近く|ちかく|近い|ちかい|近場|周辺|付近|近辺|最寄|もより|そば|側の|傍|隣|となり|周り|まわり|辺り|あたり|現在地|げんざいち|この辺|このへん|このあたり|ここから|いまいる|今いる|附近|最近|周边|周邊|周围|周圍|一带|一帶|旁边|旁邊|就近|离我|離我|근처|가까운|가장 가까운|주변|인근|부근|근방|주위|옆|nearest|nearby|near|closest|close to|close by|next to|beside|around here|around me|my location|where i am|walking distance)/i;
/** A facility named right after a station or landmark is that place's only when it lies this close to it. */
const GLUED_NEAR_METERS = 3_000;
const GREETING = /こんにちは|こんばんは|おはよう|はじめまして|\b(hello|hi|hey|good (morning|afternoon|evening))\b|你好|您好|大家好|안녕/i;
const THANKS = /ありがとう|どうも|\b(thanks?|thx)\b|谢谢|謝謝|多谢|多謝|感谢|感謝|감사|고맙/i;
/** A greeting or thanks with a few words around it ("thank you so much", "谢谢你", "정말 감사합니다"), nothing more. */
const COURTESY_SLACK = 10;
/** Words that continue the previous question ("what about …", "じゃあ…は？", "那…呢", "그럼 …는요?"). */
const FOLLOW_UP = /^(and|what about|how about|then|also|じゃあ|では|それでは|それなら|那|那么|那麼|还有|還有|그럼|그러면|그리고)/i;
/**
 * Questions about a detail of a place (its hours, phone, address, way there, fee) rather than for places: with no
 * topic and no place of their own, they ask about the places the previous answer listed ("何時まで開いてる？").
 */
const DETAIL_WORDS =
  /(何時|なんじ|営業時間|開館時間|利用時間|開いて|あいて|空いて|休み|やすみ|休館|定休|電話|でんわ|住所|じゅうしょ|行き方|いきかた|アクセス|料金|りょうきん|いくら|駐車場|opening|open|hours|what time|closed|phone|telephone|address|get there|directions|fee|admission|how much|parking|几点|幾點|时间|時間|开门|開門|关门|關門|电话|地址|怎么去|怎麼去|门票|門票|多少钱|多少錢|停车|停車|몇 ?시|시간|개관|휴관|전화|주소|가는 ?(법|길|방법)|입장료|요금|주차)/i;
/**
 * Questions about a facility's rules and services (lending, bookings, applications, pets), which no dataset holds:
 * the official contact answers them, not the list of facilities.
 */
const RULE_WORDS =
  /(何冊|なんさつ|貸出|貸し出し|予約|よやく|申込|申し込|もうしこみ|手続|てつづき|ペット同伴|ペット可|借书|借書|借几本|借幾本|预约|預約|预订|預訂|申请|申請|报名|報名|手续|手續|宠物|寵物|대출|예약|신청|접수|몇 ?권|반려동물|애완|\b(borrow|lending|loans?|reservations?|reserve (a|the)|booking|book (a|the)|apply|application|sign up|register|pets? allowed|bring (my|a|our) (dog|cat|pet))\b)/i;
/** Polite filler that carries no name: left out before name search. */
const FILLER =
  /(はどこ(ですか|にありますか)?|どこ(ですか|にありますか|にある)?|を?教えて(ください)?|ありますか|の場所|where is|where's|where are|how do i get to|tell me|show me|please|在哪里|在哪裡|在哪|哪里|哪裡|어디에 있어요|어디 있어요|어디예요|어디야|어디)/gi;

/** What understanding needs from the index: the place finder and the facility-name dictionary. */
export interface PlaceLookup {
  placeFinder: PlaceFinder;
  places: ReadonlyMap<string, Place>;
  /** Names said in translation (cross-lingual-names.ts). */
  crossLingual: { find(text: string): NamedHit[] };
  findNamed(text: string): NamedHit[];
}

/** Reads topic, places and "near me" from the question, inheriting what a follow-up leaves out. */
export function understandQuestion(
  message: string,
  index: PlaceLookup,
  previous: ConversationContext,
  location: { lat: number; lon: number } | undefined,
  previousPlaceIds: readonly string[] = [],
): Understanding {
  const text = normaliseQuery(message);
  const nearMe = NEAR_WORDS.test(text);
  const { found, named } = findPlaces(message, index, nearMe);
  const rest = normaliseQuery(blank(found.rest, named));
  const topicHit = findTopic(rest);
  const namesPlace = Boolean(found.ward || found.anchor || named.length > 0);

  if (!topicHit && !namesPlace && courtesy(text, GREETING)) return blankUnderstanding('greeting', nearMe);
  if (!topicHit && !namesPlace && courtesy(text, THANKS)) return blankUnderstanding('thanks', nearMe);

  if (!topicHit && !namesPlace && previousPlaceIds.length > 0 && DETAIL_WORDS.test(text)) return detailFollowUp(previous, previousPlaceIds, location, nearMe);

  // A follow-up keeps the topic only when it reads as one: it names a place, says "near", or starts "what about".
  // A location alone does not count: clients send it with every question, the weather included.
  const continues = Boolean(found.ward || found.anchor) || nearMe || FOLLOW_UP.test(text);
  const placeAsked = !topicHit && (named.length > 0 || found.anchor?.kind === 'landmark');
  const topicId = topicHit?.topic.id ?? (continues && !placeAsked ? previous.topic : undefined);
  const topic = topicId ? topicById(topicId) : undefined;
  const wanted = new Set([...(topic?.categories ?? []), ...(topic?.fallback ?? [])]);
  // A named facility answers the question when it is of the kind asked (有明西学園のAED), or when no kind is
  // asked (品川学園はどこ？); otherwise it is where to measure from (品川学園の近くのトイレ).
  // "Near X" asks for others than X (东京都美术馆附近的博物馆); without "near", X's own Wi-Fi spot is the answer.
  // With no station or landmark found, "near" makes the place named the origin (六義園のそばの避難所).
  const from = nearMe ? (found.anchor?.ja ?? named.find((hit) => hit.place.lat !== undefined)?.place.name.ja) : undefined;
  const answering = named.filter((hit) => (!topic || wanted.has(hit.place.category)) && hit.place.name.ja !== from).map((hit) => hit.place);
  // A landmark asked about on its own ("Where is Kiba Park?") is the answer itself.
  const landmark = found.anchor?.placeId && !topic ? index.places.get(found.anchor.placeId) : undefined;
  if (landmark && !answering.includes(landmark)) answering.unshift(landmark);
  // The origin is the place's own record (the park 六義園), not a namesake in another dataset (the evacuation site).
  const located = named.filter((hit) => hit.place.lat !== undefined);
  const measureFrom = answering.length === 0 ? (located.find((hit) => LANDMARK_CATEGORIES.has(hit.place.category)) ?? located[0])?.place : undefined;
  const anchor: Anchor | undefined = found.anchor
    ? anchorOf(found.anchor)
    : measureFrom
      ? anchorOfPlace(measureFrom)
      : location
        ? { kind: 'user', ...location }
        : namesPlace
          ? undefined
          : previous.anchor;
  return {
    intent: topicId || placeAsked ? 'find' : 'unknown',
    beyondData: RULE_WORDS.test(text) || undefined,
    topic: topicId,
    topicInherited: !topicHit && topicId !== undefined,
    categories: topic?.categories ?? [],
    fallbackCategories: topic?.fallback ?? [],
    ward: found.ward?.ja ?? (namesPlace || anchor ? undefined : previous.ward),
    anchor,
    nearMe,
    residue: residueOf(rest, topicHit),
    namedPlaceIds: answering.length > 0 ? answering.map((place) => place.id) : undefined,
  };
}

/**
 * Facility names and place names, found together: a facility whose name holds a station's (品川学園, 新宿中央公園)
 * is the facility; a name that is only a station or a ward (新宿駅, 品川区) is the place.
 */
function findPlaces(message: string, index: PlaceLookup, preferStation: boolean): { found: FoundPlaces; named: NamedHit[] } {
  const first = index.placeFinder.find(message, { preferStation });
  const text = message.normalize('NFKC');
  const hits = namedIn(message, index).filter((hit) => !gluedToOtherPlace(text, hit, first));
  // A name inside a station's or ward's name is that place (新宿駅); a landmark's namesakes stay (木場公園のWi-Fi).
  const landmark = first.anchor?.kind === 'landmark' ? first.anchor.ja : undefined;
  const named = hits.filter((hit) => hit.start < 0 || hit.place.name.ja === landmark || !first.spans.some(([s, e]) => s <= hit.start && e >= hit.end));
  const covering = named.filter((hit) => hit.start >= 0 && hit.place.name.ja !== landmark && first.spans.some(([s, e]) => hit.start <= s && hit.end >= e));
  if (covering.length === 0) return { found: first, named };
  return { found: index.placeFinder.find(blank(message.normalize('NFKC'), covering), { preferStation }), named };
}

/** Names said as written (name-index.ts), then names said in translation, each place once. */
function namedIn(message: string, index: PlaceLookup): NamedHit[] {
  const exact = index.findNamed(message);
  const seen = new Set(exact.map((hit) => hit.place.id));
  return [...exact, ...index.crossLingual.find(message).filter((hit) => !seen.has(hit.place.id))];
}

/**
 * A name written straight after another place name (新宿中央公園 when the data only has 中央公園 in 小平市) is part
 * of a longer name the data does not hold, unless that place is where the named one is (小平市中央公園).
 */
function gluedToOtherPlace(text: string, hit: NamedHit, found: FoundPlaces): boolean {
  if (hit.start <= 0 || !/[\p{Script=Han}\p{Script=Katakana}]/u.test(text.charAt(hit.start - 1))) return false;
  const before = found.spans.find(([, e]) => e === hit.start);
  if (!before) return true;
  const place = hit.place;
  if (found.ward && place.ward === found.ward.ja) return false;
  const anchor = found.anchor;
  return !(anchor && place.lat !== undefined && place.lon !== undefined && haversineMeters(anchor.lat, anchor.lon, place.lat, place.lon) < GLUED_NEAR_METERS);
}

/** The text with the named facilities' names blanked out. */
function blank(text: string, hits: readonly NamedHit[]): string {
  let out = text;
  for (const hit of hits) if (hit.start >= 0) out = `${out.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${out.slice(hit.end)}`;
  return out;
}

/** "When does it open?" after a list: the same places again, whose answer lines carry their hours, phone and address. */
function detailFollowUp(previous: ConversationContext, placeIds: readonly string[], location: { lat: number; lon: number } | undefined, nearMe: boolean): Understanding {
  const topic = previous.topic ? topicById(previous.topic) : undefined;
  return {
    intent: 'find',
    topic: previous.topic,
    topicInherited: previous.topic !== undefined,
    categories: topic?.categories ?? [],
    fallbackCategories: topic?.fallback ?? [],
    anchor: location ? { kind: 'user', ...location } : previous.anchor,
    nearMe,
    residue: '',
    namedPlaceIds: [...placeIds],
  };
}

function anchorOfPlace(place: Place): Anchor {
  return { kind: 'landmark', lat: place.lat as number, lon: place.lon as number, ja: place.name.ja, en: place.name.en, kana: place.name.kana, ward: place.ward, placeId: place.id };
}

/** The text is mostly the courtesy: its words, punctuation and a few characters of padding. */
function courtesy(text: string, words: RegExp): boolean {
  const said = words.exec(text)?.[0];
  return said !== undefined && text.replace(/[\p{P}\p{S}\s]/gu, '').length - said.replace(/\s/g, '').length <= COURTESY_SLACK;
}

function blankUnderstanding(intent: 'greeting' | 'thanks', nearMe: boolean): Understanding {
  return { intent, topicInherited: false, categories: [], nearMe, residue: '' };
}

function anchorOf(entry: AnchorEntry): Anchor {
  return {
    kind: entry.kind,
    lat: entry.lat,
    lon: entry.lon,
    ja: entry.ja,
    en: entry.en,
    kana: entry.kana,
    ward: entry.ward,
    placeId: entry.placeId,
    latin: entry.latin,
  };
}

/** The question without its topic word, "near" words and filler: what is left may be a facility's name. */
function residueOf(rest: string, topicHit: TopicHit | undefined): string {
  let residue = topicHit ? `${rest.slice(0, topicHit.start)} ${rest.slice(topicHit.end)}` : rest;
  while (NEAR_WORDS.test(residue)) residue = residue.replace(NEAR_WORDS, ' ');
  return residue
    .replace(FILLER, ' ')
    .replace(/[?？!！。、,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const understand: Step = {
  name: 'understand',
  run(ctx) {
    const last = ctx.session.turns.at(-1);
    const previousPlaceIds = last?.status === 'answered' ? last.sourceIds : [];
    ctx.understanding = understandQuestion(ctx.message, ctx.deps.index, ctx.session.context, ctx.request.location, previousPlaceIds);
  },
};
