import { chineseToJapaneseKanji } from '../../text/chinese.ts';
import type { Category } from '../../core/place.ts';
import type { Anchor, Attribute, DeclineReason, Filter, FrameField, QuestionFrame } from '../../core/question-frame.ts';
import type { ConversationContext, StoredFrame } from '../../core/session.ts';
import type { TopicId } from '../../core/topic-ids.ts';
import { LANDMARK_CATEGORIES } from '../../retrieval/landmarks.ts';
import type { NamedHit } from '../../retrieval/name-index.ts';
import { mentionsNear, readQuestionWords, type QuestionWords } from '../../retrieval/read-words.ts';
import { findTopic, topicById } from '../../retrieval/topics.ts';
import { latinNameOf } from '../../text/english-names.ts';
import { romajiKey } from '../../text/text-keys.ts';
import type { Step } from '../step.ts';
import { anchorOf, anchorOfPlace, blank, findPlaces, gapNameHits, HOSTED_KINDS, partialNameHits, type PlaceLookup } from '../understand/find-places.ts';
import { readConditions, readPeriod, tokyoTime, type TokyoTime } from '../understand/read-conditions.ts';

export type { PlaceLookup } from '../understand/find-places.ts';

/** A greeting or thanks with a few characters around it ("thank you so much", "谢谢你"), nothing more. */
const COURTESY_SLACK = 10;
/** A follow-up that names nothing new is short: "and toilets?", "トイレは？", "那厕所呢". */
const SHORT_FOLLOW_UP = 12;

/**
 * Reads a question into a frame (core/question-frame.ts): what it wants (intent), about what (a named place or a
 * kind of place), the fact asked, its conditions and its scope. A follow-up inherits what it leaves out from
 * the previous turn's frame; a new place or topic replaces the old one.
 */
export function understandQuestion(
  message: string,
  index: PlaceLookup,
  previous: ConversationContext,
  location: { lat: number; lon: number } | undefined,
  previousPlaceIds: readonly string[] = [],
  now: TokyoTime = tokyoTime(Date.now()),
): QuestionFrame {
  message = withLongNames(message);
  const text = message.normalize('NFKC').toLowerCase();
  const nearSaid = mentionsNear(text);
  const places = findPlaces(message, index, nearSaid);
  const asksAnything = (text: string) => readQuestionWords(text).attributes.length > 0;
  // a station's name that is also a facility's, asked a fact of, is the facility (豊島園 じゅうしょ)
  // (not a municipality's office read as its name: こうとうく is the ward, whose office answers its contact facts)
  const facilityFirst = places.shadowed.some((hit) => hit.place.category !== 'municipal_office') && places.named.length === 0 && !nearSaid && asksAnything(text);
  const found = facilityFirst ? { ...places.found, anchor: undefined, spans: [] } : places.found;
  const named = facilityFirst ? places.shadowed : places.named;
  const placeSpans: Array<[number, number]> = [...found.spans, ...named.filter((hit) => hit.start >= 0).map((hit): [number, number] => [hit.start, hit.end])];
  const rest = blank(text, placeSpans.map(([start, end]) => ({ start, end })));
  // "near" inside a name is the name's (落合中央公園一帯: 一帯 is "the area around"), not the question's
  const topicHit = findTopic(rest);
  const read = readQuestionWords(text, placeSpans, topicHit ? [topicHit.start, topicHit.end] : undefined);
  // "江東区のトイレはいくつ": with no facility named, how many toilets is a count of toilets, not a fact of a building
  // (at a station: its toilets, counted from the station toilet list)
  const countsKind = topicHit?.topic.id === 'toilet' && named.length === 0 && read.attributes.includes('toilets');
  const counted = countsKind
    ? { ...read, count: true, attributes: read.attributes.filter((attribute) => attribute !== 'toilets'), spans: read.spans.filter(([s, e]) => !(s <= topicHit.start && e >= topicHit.end)) }
    : read;
  // "designated" asks when a historic site was designated, not of a designated shelter ("how many designated shelters")
  const historic = named.some((hit) => hit.place.details?.designatedOn !== undefined) || topicHit?.topic.id === 'historic_site';
  const words = historic || !counted.attributes.includes('designated') ? counted : { ...counted, attributes: counted.attributes.filter((attribute) => attribute !== 'designated') };
  // nor inside a longer word of the question (最寄り駅 asks the access, not for what is near)
  // (六義園って何駅が最寄り？ asks the way there)
  const near = nearSaid && mentionsNear(rest) && words.near && !words.attributes.includes('access');
  const filters = readConditions(words, now);
  // a month or a year asked of events (2023年8月の展覧会)
  const period = readPeriod(text);
  if (period) filters.push(period);
  // a medical region the hospital data names (区東部, 北多摩南部 in Chinese too: 区东部)
  const kanji = chineseToJapaneseKanji(message.normalize('NFKC'));
  const spoken = text.replace(/\s+/g, '');
  const region = index.medicalRegions.find((name) => kanji.includes(name) || (REGION_READINGS[name] !== undefined && spoken.includes(REGION_READINGS[name])));
  if (region) filters.push({ kind: 'region', region });
  const unread = blank(rest, [...words.spans, ...(topicHit ? [[topicHit.start, topicHit.end] as [number, number]] : [])].map(([start, end]) => ({ start, end })));
  const residue = residueOf(unread);
  const namesPlace = Boolean(found.ward || found.anchor || named.length > 0);
  const asksFact = words.attributes.length > 0 || words.contextual.length > 0;
  const base = { filters, nearMe: near, inherited: [] as FrameField[], residue, fallbackCategories: [] as Category[], categories: [] as Category[] };

  if (!topicHit && !namesPlace && !asksFact && words.courtesy && courtesyOnly(text, words)) {
    return { ...base, intent: 'smalltalk', smalltalk: words.courtesy, filters: [] };
  }
  // "what can you help me with?" is answered by the greeting, which says what the service answers
  if (!topicHit && !namesPlace && words.help && filters.length === 0) return { ...base, intent: 'smalltalk', smalltalk: 'greeting', filters: [] };
  const wardNamed = found.ward?.ja ?? named.find((hit) => hit.place.category === 'municipal_office')?.place.ward;
  // a way from one place to another is nobody's municipality's to answer: declined with the Tokyo government's contact
  const route = ROUTE.test(text);
  const decline = asksQuakeForecast(text) ? 'forecast' : declineOf(words, Boolean(topicHit), asksFact, named.length > 0, Boolean(found.ward || found.anchor));
  if (decline) {
    // the contact is the office of the municipality named, stood in, or of the facility named
    const ward = route || decline === 'transport' ? undefined : (wardNamed ?? found.anchor?.ward ?? named[0]?.place.ward ?? previous.frame?.ward);
    return { ...base, intent: 'decline', decline, ward, placeIds: decline === 'beyond_data' && named.length > 0 ? [named[0]?.place.id as string] : undefined };
  }

  const prior = previous.frame ?? legacyFrame(previous);
  // ("which of those have baby changing facilities?": a broad word in a follow-up about the list keeps its kind)
  const broadFollowUp = Boolean(topicHit?.topic.generic && words.narrowing && prior?.topic !== undefined && !namesPlace);
  // "日本語で教えて", "can you answer in English?": the last question again, in the language asked for
  if (words.askedLanguage && prior && !topicHit && !namesPlace && !asksFact && filters.length === 0 && prior.intent !== 'decline' && prior.intent !== 'clarify') {
    const topic = prior.topic ? topicById(prior.topic) : undefined;
    return {
      ...base,
      intent: prior.intent,
      topic: prior.topic,
      categories: topic?.categories ?? [],
      fallbackCategories: topic?.fallback ?? [],
      placeIds: previousPlaceIds.length > 0 && prior.intent === 'lookup' ? [...previousPlaceIds] : prior.placeIds,
      attribute: prior.attribute,
      filters: [...prior.filters],
      anchor: location && prior.anchor?.kind === 'user' ? { kind: 'user', ...location } : prior.anchor,
      ward: prior.ward,
      inherited: ['topic', 'places', 'attribute', 'filters', 'anchor', 'ward'],
    };
  }
  // "Its hours?", "which of those are open on Sunday?": nothing named, a fact or a condition asked of the last answer
  // ("第一个可以用于洪水吗？": 洪水 names shelters too, but said of the place just answered it is the condition only)
  const hazardOfPlace = words.singularReference && filters.some((filter) => filter.kind === 'hazard') && SHELTER_TOPICS.has(topicHit?.topic.id ?? '') && SHELTER_TOPICS.has(prior?.topic ?? '');
  // (a place named by a part of its name is a new subject, not a follow-up: "另外，山本亭幾點開？")
  const namesByPart = () => partialNameHits(unread, index).length > 0;
  if ((!topicHit || hazardOfPlace || broadFollowUp) && !namesPlace && prior && (asksFact || filters.length > 0 || words.backReference) && !(words.followUp && namesByPart())) {
    const followUp = followUpOf(prior, previousPlaceIds, words, filters, base, location, ASKS_CLOCK.test(text));
    if (followUp) return followUp;
  }

  // a broad word (地震, 災害) beside a named place and a fact asks about the place: "木場公園は何の災害に対応してる？";
  // a kind word that is part of the name said in Latin letters ("Tsubame Kindergarten") is not a topic
  // a kind word inside a longer word of the question ("including tourists", "観光客も") is that word's, not a topic
  // (unless that word names the kind too: "disaster hospitals" is the topic and the fact)
  // (or ends with it, a kind of that kind: 多機能トイレ, 多功能廁所, 다목적 화장실)
  const namesKind = (s: number, e: number) =>
    words.kindSpans.some(([ks, ke]) => ks === s && ke === e) || (topicHit !== undefined && !/[a-z]/.test(topicHit.keyword) && e === topicHit.end);
  const insideWord = topicHit && words.spans.some(([s, e]) => s <= topicHit.start && e >= topicHit.end && e - s > topicHit.end - topicHit.start && !namesKind(s, e));
  const broadTopic = (topicHit?.topic.generic && (asksFact || !nearSaid) && named.length > 0) || (topicHit && partOfLatinName(topicHit.keyword, named)) || insideWord || broadFollowUp;
  let topicId: TopicId | undefined = broadTopic ? undefined : topicHit?.topic.id;
  const inherited: FrameField[] = [];
  const short = residue.replace(/[\p{P}\p{S}\s]/gu, '').length <= SHORT_FOLLOW_UP;
  // "What about Shinjuku?", "じゃあ新宿は？", "東京駅の近くは？": a place alone keeps the last topic
  const asksNamedFact = words.attributes.length > 0;
  if (!topicId && prior?.topic && (found.ward || found.anchor?.kind === 'station') && (words.followUp || short || words.narrowing) && !asksNamedFact && named.length === 0) {
    topicId = prior.topic;
    inherited.push('topic');
    // "只看町田市的", "江東区だけ": the same list, conditions and all, kept to the area
    if (words.narrowing && (prior.intent === 'list' || prior.intent === 'count')) {
      filters.push(...prior.filters.filter((old) => !filters.some((filter) => filter.kind === old.kind)));
      if (prior.filters.length > 0) inherited.push('filters');
    }
  }
  // a kind of sight (展望台, "waterfalls") asks for sights when no other kind or place is asked; with another kind
  // it is no condition ("toilets near the beach")
  if (filters.some((filter) => filter.kind === 'sight')) {
    if (!topicId && named.length === 0) topicId = filters.some((filter) => filter.kind === 'sight' && filter.sight === 'garden') ? 'park' : 'tourism';
    const sightful = topicId !== undefined && (topicById(topicId)?.categories.some((category) => SIGHT_CATEGORIES.has(category)) ?? false);
    if (!sightful) dropFilters(filters, 'sight');
  }
  // a group of people (高齢者, 障害者) asks for the shelters that take them; of another kind it is no condition
  if (!(topicId && SHELTER_TOPICS.has(topicId))) dropFilters(filters, 'admits_group');
  const topic = topicId ? topicById(topicId) : undefined;
  // "upcoming" (やってる, 예정) asks about events; of a hospital or a shelter it is what it does (三次救急やってる)
  if (topic && topic.id !== 'event' && !topic.categories.includes('event')) dropFilters(filters, 'upcoming', 'during');
  const wanted = new Set([...(topic?.categories ?? []), ...(topic?.fallback ?? [])]);
  // A named facility answers the question when it is of the kind asked (有明西学園のAED), or when no kind is
  // asked (品川学園はどこ？); otherwise it is where to measure from (品川学園の近くのトイレ).
  // "Near X" asks for others than X (东京都美术馆附近的博物馆); without "near", X's own Wi-Fi spot is the answer.
  const from = near ? (found.anchor?.ja ?? named.find((hit) => hit.place.lat !== undefined)?.place.name.ja) : undefined;
  // (a municipality's hazard map is asked of the municipality, even when its name was read as its office's: ちよだく)
  const subject = named
    .filter((hit) => (!topic || wanted.has(hit.place.category)) && hit.place.name.ja !== from && !(topic?.id === 'hazard_map' && hit.place.category === 'municipal_office'))
    .map((hit) => hit.place.id);
  // an event named with its venue (東京文化会館の「夏休み…」) is what is asked about; the venue is where it was
  const isEvent = (id: string) => index.places.get(id)?.category === 'event';
  if (subject.some(isEvent)) subject.sort((a, b) => Number(isEvent(b)) - Number(isEvent(a)));
  // with no kind asked, the place itself before what stands in it under its name (its Wi-Fi spot, its AED)
  const hosted = (id: string) => HOSTED_KINDS.has(index.places.get(id)?.category ?? '');
  if (!topic) subject.sort((a, b) => Number(hosted(a)) - Number(hosted(b)));
  // an exhibition named by its title in another script or by a part of it, with or without its venue
  // ("the Egon Schiele exhibition", 에곤 실레전, 东京都美术馆的岡本太郎展): the event is what is asked about
  // (the cue said outside the names: 市民活動センター is no event)
  if (!subject.some(isEvent) && (EVENT_CUE.test(unread) || topicId === 'event')) {
    // (with its venue named, an event held there: "what exhibitions were held at the Photographic Art Museum" asks
    // for its events, not one elsewhere whose title sounds like a word of the question)
    const venues = subject.map((id) => index.places.get(id)?.name.ja.normalize('NFKC').replace(/\s+/g, '')).filter((name): name is string => name !== undefined);
    const heldThere = (event: { details?: Record<string, string> }) => venues.length === 0 || venues.some((venue) => event.details?.venue?.normalize('NFKC').replace(/\s+/g, '').includes(venue.replace(OWNER_PREFIX_JA, '')));
    const events = index.eventTitles.find(unread).filter(heldThere);
    if (events.length > 0) subject.splice(0, subject.length, ...events.map((event) => event.id));
  }
  // nothing named in full, a fact asked or a kind with no scope: a part of a name may name the place (柴又の山本亭)
  if (subject.length === 0 && !near && (asksFact || inherited.length > 0 || !topic || !(found.ward || found.anchor || location))) {
    const partial = partialNameHits(unread, index, topic ? wanted : undefined);
    // or the name with a part left out (慶応大学病院, やまもとてい)
    const hits = partial.length > 0 ? partial : gapNameHits(message, index, topic ? wanted : undefined);
    subject.push(...new Set(hits.map((hit) => hit.place.id)));
  }
  // A landmark asked about on its own ("Where is Kiba Park?") is the subject itself.
  const landmarkId = found.anchor?.kind === 'landmark' && !topic ? found.anchor.placeId : undefined;
  // (not when an event held there is asked about: the landmark is its venue)
  if (landmarkId && !subject.includes(landmarkId) && !subject.some(isEvent)) subject.unshift(landmarkId);

  // "勝島1丁目に住んでいます。避難所は？", "御殿山町会の一時集合場所": the records that serve that district or association
  let servedArea: string | undefined;
  if (subject.length === 0 && topic && SERVED_TOPICS.has(topic.id)) {
    const served = index.servedAreas.find(message, wanted);
    const own = (place: { category: string }) => Number(!(topic.categories as readonly string[]).includes(place.category));
    subject.push(...served.places.sort((a, b) => own(a) - own(b)).map((place) => place.id));
    servedArea = served.area;
  }

  const categories = topic?.categories ?? [];
  // "the Ginza line's accessible toilet at Asakusa": the toilets of that company's station
  const operator = topic?.id === 'toilet' ? words.operator : undefined;
  // "品川区の広域避難場所": the sites designated as such, where the data says which
  const wideArea = words.wideArea && categories.includes('evacuation_site');
  const frame = { ...base, topic: topicId, categories, fallbackCategories: topic?.fallback ?? [], inherited, ...(operator ? { operator } : {}), ...(wideArea ? { wideArea } : {}), ...(words.all ? { listAll: true } : {}) };
  const ward = wardNamed;
  if (subject.length > 0) {
    // "じゃあ浜離宮は？", "what about Kameido library?" after a fact was asked: the same fact of the new place
    let attribute = attributeOf(words, subject, index, filters, topicId, text);
    if (!attribute && !topicHit && prior?.intent === 'lookup' && prior.attribute && (words.followUp || short)) {
      attribute = prior.attribute;
      inherited.push('attribute');
    }
    // (two facts asked at once, "phone number and how many beds?": both told, the table's first first)
    const more = attribute ? words.attributes.filter((other) => other !== attribute && TOLD_TOGETHER.has(other) && TOLD_TOGETHER.has(attribute as Attribute)) : [];
    return {
      ...frame,
      intent: 'lookup',
      placeIds: subject,
      attribute,
      ...(more.length > 0 ? { moreAttributes: more } : {}),
      ward,
      anchor: location ? { kind: 'user', ...location } : undefined,
      ...(servedArea ? { servedArea } : {}),
    };
  }
  const anchor = anchorFor(found, named, near, location, topic ? wanted : undefined, index);
  // a municipality's contact facts are its office's ("Nerima City website", "调布市政府的官网")
  const office = route ? undefined : officeAsked(topic?.id, found, words, index);
  if (office) return { ...frame, intent: 'lookup', placeIds: [office.id], attribute: words.attributes[0], ward: office.ward };
  if (!topic) {
    // a fact asked of nothing named ("what are the hours?" with no earlier answer), or a place with no kind
    // (築地場外市場: 築地 is a station, 場外市場 a place the data does not hold)
    if (namesPlace && asksFact && namesSomethingElse(residue)) return { ...base, intent: 'decline', decline: 'beyond_data', ward: route ? undefined : (found.ward?.ja ?? found.anchor?.ward) };
    if (namesPlace) return { ...frame, intent: 'clarify', ward: found.ward?.ja, anchor: found.anchor ? anchorOf(found.anchor) : undefined };
    // a fact of something named that the data does not hold (東京タワー, Tokyo Skytree): declined with the contact
    if (asksFact && namesSomethingElse(residue)) return { ...base, intent: 'decline', decline: 'beyond_data', ward: prior?.ward };
    if (asksFact) return { ...frame, intent: 'clarify', attribute: words.attributes[0] ?? contextualAttribute(words, false) };
    return { ...frame, intent: 'decline', decline: 'unknown', ward: prior?.ward ?? prior?.anchor?.ward };
  }
  // "And toilets?": a topic alone keeps the last place
  let scopeAnchor = anchor;
  let scopeWard = ward ?? (found.anchor && !anchor ? found.anchor.ward : undefined);
  // "そこにAEDある？", "那附近有AED嗎", "거기 화장실 있어요?": a kind asked at the one place just answered, measured from it
  const there = !scopeAnchor && !scopeWard && words.singularReference ? index.places.get(previousPlaceIds[0] ?? prior?.placeIds?.[0] ?? '') : undefined;
  if (there?.lat !== undefined && there.lon !== undefined) {
    // (its own AED or toilet, listed under its name, counts: "is there an AED there")
    scopeAnchor = { ...anchorOfPlace(there), placeId: undefined };
    inherited.push('places');
  } else if (!scopeAnchor && !scopeWard && prior && (words.followUp || short)) {
    scopeAnchor = prior.anchor;
    scopeWard = prior.ward;
    if (scopeAnchor) inherited.push('anchor');
    if (scopeWard) inherited.push('ward');
  }
  const attribute = words.attributes[0];
  // "그 중에 도요스에 있는 건?", "only the ones in Toyosu": the last list kept to the town a station names
  if (inherited.includes('topic') && words.narrowing && found.anchor?.kind === 'station' && !found.ward && (prior?.intent === 'list' || prior?.intent === 'count')) {
    return { ...frame, intent: words.count ? 'count' : 'list', attribute, anchor: scopeAnchor, inTown: true };
  }
  // "塩浜の車いすトイレ", "住在八潮": a town no station is named after, when nothing else says where; its places,
  // or those nearest it when that is asked
  if (!scopeAnchor && !location) {
    const towns = index.townFinder.find(rest);
    const town = towns.anchor && saidAsTown(rest, towns.spans[0]) ? towns.anchor : undefined;
    // (a town of the municipality named: 江東区枝川)
    if (town && (!scopeWard || town.ward === scopeWard)) return { ...frame, intent: words.count ? 'count' : near ? 'nearest' : 'list', attribute, anchor: anchorOf(town), inTown: !near };
  }
  const intent = words.count ? 'count' : scopeAnchor ? 'nearest' : scopeWard ? 'list' : 'clarify';
  return { ...frame, intent, attribute, anchor: scopeAnchor, ward: scopeWard };
}

/** Facts a municipality is asked for that its office's record holds. */
const OFFICE_FACTS: ReadonlySet<Attribute> = new Set(['website', 'phone', 'address', 'access', 'hours']);

/** The office of the municipality named alone, when one of its contact facts is asked. */
function officeAsked(topic: TopicId | undefined, found: ReturnType<typeof findPlaces>['found'], words: QuestionWords, index: PlaceLookup) {
  const attribute = words.attributes[0];
  if (!found.ward || found.anchor || words.count || !attribute || !OFFICE_FACTS.has(attribute)) return undefined;
  if (topic !== undefined && topic !== 'municipal_office') return undefined;
  return index.officeOf(found.ward.ja);
}

/** A session saved before frames were kept has the topic and place only: read as the question they answered. */
function legacyFrame(context: ConversationContext): StoredFrame | undefined {
  if (!context.topic) return undefined;
  return { intent: context.anchor ? 'nearest' : 'list', topic: context.topic, anchor: context.anchor, ward: context.ward, filters: [] };
}

/** Whether a topic word is inside the Latin name of a place the question names (found by its key, not its place). */
function partOfLatinName(keyword: string, named: readonly NamedHit[]): boolean {
  const key = romajiKey(keyword);
  return key.length > 0 && /^[a-z]/i.test(keyword) && named.some((hit) => hit.start < 0 && romajiKey(latinNameOf(hit.place.name) ?? hit.place.name.en ?? '').includes(key));
}

/** Words of a question about an exhibition or another event (展, exhibition, 전시, 에곤 실레전, 展览, fair). */
const EVENT_CUE = /展|てん(?:は|って|の|を|に|$|\s)|exhibit|show\b|\bfair\b|festival|event|イベント|フェス|ライトアップ|まつり|祭|전시|페어|페스티벌|이벤트|행사|\p{Script=Hangul}전(?!\p{Script=Hangul})|展览|展覽|活动|活動/u;

/**
 * Whether a town's name was said clearly enough to be one: in kanji or kana, or in Hangul or Latin letters long
 * enough not to be a word that sounds like it (센타, "center", is not 千田).
 */
function saidAsTown(text: string, span: readonly [number, number] | undefined): boolean {
  if (!span) return false;
  const said = text.slice(span[0], span[1]);
  if (/\p{Script=Hangul}/u.test(said)) return said.replace(/\s+/g, '').length >= 3;
  if (/[a-z]/i.test(said)) return said.replace(/[^a-z]/gi, '').length >= 6;
  return true;
}

/** Removes the conditions of these kinds from the list, in place (a condition that means nothing of the kind asked). */
function dropFilters(filters: Filter[], ...kinds: ReadonlyArray<Filter['kind']>): void {
  filters.splice(0, filters.length, ...filters.filter((filter) => !kinds.includes(filter.kind)));
}

/** The kinds of place a kind of sight is asked of (a viewpoint is a sight or a park, never a toilet). */
const SIGHT_CATEGORIES: ReadonlySet<string> = new Set(['tourism', 'historic_site', 'park']);

/** Who runs a venue, left out of an event's venue column (東京都写真美術館 is 写真美術館 there too). */
const OWNER_PREFIX_JA = /^東京都/;

/** Words of a height or an elevation, which a place's description gives (八丈富士 854.3 m). */
const HEIGHT = /高さ|たかさ|標高|ひょうこう|height|how high|how tall|elevation|多高|海拔|높이|해발/;

/** A way asked from one place to another (从羽田到新宿, 羽田から新宿まで, from Haneda to Shinjuku, 하네다에서 신주쿠까지). */
const ROUTE = /[从從].+[到去]|から.+(まで|へ|に行)|\bfrom\b.+\bto\b|에서.+(까지|로 가)/u;

/**
 * The short forms people say university hospitals by, written out (日本医大病院 → 日本医科大学病院, 东大医院 →
 * 東京大学病院), so that the name is found with the part they leave out (付属, 医学部); and the words Chinese
 * writes otherwise in a name (医院 for 病院, 图书管 typed for 图书馆; find-places.ts reads 医院 as 病院 too).
 */
const SHORT_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!\p{Script=Han})[東东]大(?=[病医醫]院|[医醫]学|[付附]属|附屬)/gu, '東京大学'],
  [/(?<!\p{Script=Han})日大(?=[病医醫]院|板橋)/gu, '日本大学'],
  [/[医醫]大(?=[病医醫]院|[付附]属|附屬)/gu, '医科大学'],
  // (Chinese says 医院 for a hospital, which a university's hospital is called in the data: 病院)
  [/(大学|大學)[医醫]院/gu, '$1病院'],
  // (a slip of the same sound: 图书管 for 图书馆)
  [/(图书|圖書|博物|美术|美術|纪念|紀念|资料|資料|体育|體育|水族)管/gu, '$1馆'],
];

function withLongNames(message: string): string {
  return SHORT_NAMES.reduce((text, [short, long]) => text.replace(short, long), message);
}

/** Facts plain enough to tell side by side when asked together (not a description or hours with a condition). */
const TOLD_TOGETHER: ReadonlySet<Attribute> = new Set(['phone', 'website', 'address', 'access', 'fee', 'beds', 'ssid', 'floor', 'parking', 'hours', 'open_days', 'event_dates', 'venue', 'hazards', 'admits', 'capacity']);

/** How Tokyo's medical regions (二次保健医療圏) are read, for a question written in kana (にしたま の びょういん). */
const REGION_READINGS: Readonly<Record<string, string>> = {
  区中央部: 'くちゅうおうぶ', 区南部: 'くなんぶ', 区西南部: 'くせいなんぶ', 区西部: 'くせいぶ', 区西北部: 'くせいほくぶ', 区東北部: 'くとうほくぶ', 区東部: 'くとうぶ',
  西多摩: 'にしたま', 南多摩: 'みなみたま', 北多摩西部: 'きたたませいぶ', 北多摩南部: 'きたたまなんぶ', 北多摩北部: 'きたたまほくぶ', 島しょ: 'とうしょ',
};

/** An earthquake asked about: whether or when one will come is a forecast no data holds. */
const QUAKE = /地震|じしん|earthquake|지진/;
const WHEN_OR_WHETHER =
  /いつ(?!も)|きますか|来ますか|おきますか|起きますか|起こりますか|おこりますか|くる[?？]|来る[?？]|来週|らいしゅう|when will|will there be|is there going to be|going to (?:be|hit|happen)|next week|什么时候|什麼時候|何时|会不会|會不會|会发生|會發生|下周|下週|언제|올까|일어날까|발생할까|다음 주/;
/** …but not what to do when one comes ("地震が来たら避難所はどこ", "where do I go if an earthquake hits"). */
const IF_OR_WHERE = /たら|れば|ときは|時は|際は|場合|\bif\b|when an? (?:big )?earthquake|如果|的话|的話|면\s|때|どこ|where|哪里|哪裡|哪儿|어디/;

function asksQuakeForecast(text: string): boolean {
  return QUAKE.test(text) && WHEN_OR_WHETHER.test(text) && !IF_OR_WHERE.test(text);
}

/** A question the data cannot answer: strong words always, weak ones when nothing else is asked. */
function declineOf(words: QuestionWords, topic: boolean, asksFact: boolean, namesFacility: boolean, namesPlace: boolean): DeclineReason | undefined {
  const strong = words.strongDeclines[0];
  if (strong) return strong;
  if (words.pets && !(topic && words.near)) return 'beyond_data';
  if (!topic && !asksFact && !namesFacility && words.weakDeclines[0]) return words.weakDeclines[0];
  // a procedure asked where to do it ("手続きはどこで"): the municipality's, whose office is the contact
  if (!topic && !namesFacility && words.weakDeclines.includes('service')) return 'service';
  if (words.outsideTokyo && !namesPlace && !namesFacility) return 'outside_tokyo';
  return undefined;
}

/**
 * A follow-up about the last answer. A condition alone re-asks the last question with it ("which of those are
 * open on Sunday?"); a fact asks it of the places just given ("what are its hours?").
 */
function followUpOf(
  prior: StoredFrame,
  previousPlaceIds: readonly string[],
  words: QuestionWords,
  filters: Filter[],
  base: Pick<QuestionFrame, 'filters' | 'nearMe' | 'residue' | 'categories' | 'fallbackCategories'>,
  location: { lat: number; lon: number } | undefined,
  asksClock = false,
): QuestionFrame | undefined {
  const topic = prior.topic ? topicById(prior.topic) : undefined;
  const topicPart = { topic: prior.topic, categories: topic?.categories ?? [], fallbackCategories: topic?.fallback ?? [] };
  // a fact the condition itself asks ("その中で夜9時まで開いてるのは？": the hours) is not a fact asked of the places
  // (but a day with "what time" asks the hours on that day: 平日幾點關門？)
  const implied = new Set(
    filters.filter((filter) => !(asksClock && filter.kind === 'open' && filter.minute === undefined && !filter.now)).map((filter) => ATTRIBUTE_OF_FILTER[filter.kind === 'has' ? filter.feature : filter.kind]),
  );
  const asksFact = words.attributes.some((attribute) => !implied.has(attribute)) || words.contextual.length > 0;
  // "Does it take everyone?", "거기 주차장 있어요?", "第一个可以用于洪水吗？": a condition asked of the one place just named
  const first = previousPlaceIds[0] ?? prior.placeIds?.[0];
  if (!asksFact && words.singularReference && filters.length > 0 && first && (prior.intent === 'nearest' || prior.intent === 'lookup')) {
    const [filter] = filters as [Filter];
    return {
      ...base,
      ...topicPart,
      intent: 'lookup',
      placeIds: [first],
      attribute: ATTRIBUTE_OF_FILTER[filter.kind === 'has' ? filter.feature : filter.kind],
      anchor: location ? { kind: 'user', ...location } : undefined,
      inherited: ['places'],
    };
  }
  // ("その中で夜9時まで開いてるのはどこ？": "where" beside a condition on "those" asks which of them, not their address)
  const whichOfThose = words.narrowing && filters.length > 0 && words.attributes.every((attribute) => attribute === 'address' || implied.has(attribute)) && words.contextual.every((word) => word === 'where');
  if ((!asksFact || whichOfThose) && filters.length > 0 && (prior.intent === 'list' || prior.intent === 'nearest' || prior.intent === 'count')) {
    return {
      ...base,
      ...topicPart,
      intent: prior.intent,
      filters: mergeFilters(prior.filters, filters),
      anchor: location && prior.anchor?.kind === 'user' ? { kind: 'user', ...location } : prior.anchor,
      ward: prior.ward,
      attribute: prior.attribute,
      inherited: ['topic', 'filters', ...(prior.anchor ? (['anchor'] as const) : []), ...(prior.ward ? (['ward'] as const) : [])],
    };
  }
  const placeIds = previousPlaceIds.length > 0 ? [...previousPlaceIds] : prior.placeIds;
  if (!placeIds || placeIds.length === 0) return undefined;
  const attribute = words.attributes[0] ?? contextualAttribute(words, prior.topic === 'event');
  return {
    ...base,
    ...topicPart,
    intent: 'lookup',
    placeIds,
    attribute,
    anchor: location ? { kind: 'user', ...location } : undefined,
    inherited: ['places'],
  };
}

/** Topics whose records name the districts and associations they serve. */
const SERVED_TOPICS: ReadonlySet<string> = new Set(['shelter', 'evacuation_site', 'assembly_point', 'evacuation']);

/** Topics a hazard word names too (洪水 → shelters for floods). */
const SHELTER_TOPICS: ReadonlySet<string> = new Set(['shelter', 'evacuation']);

/** "What time": the hours asked, not a condition on them. */
const ASKS_CLOCK = /何時|なんじ|几点|幾點|什么时间|什麼時間|what time|when do|몇\s?시/;

/** Conditions of a follow-up add to the last question's, a new one of the same kind replacing the old. */
function mergeFilters(old: readonly Filter[], added: readonly Filter[]): Filter[] {
  const kinds = new Set(added.map((filter) => (filter.kind === 'has' ? `has:${filter.feature}` : filter.kind)));
  return [...old.filter((filter) => !kinds.has(filter.kind === 'has' ? `has:${filter.feature}` : filter.kind)), ...added];
}

/**
 * The fact asked of a named place; "when" and "where" depend on whether it is an event; a condition alone asks
 * whether the place meets it ("Is Kiba Park free?", "木場公園は津波でも大丈夫？").
 */
function attributeOf(words: QuestionWords, placeIds: readonly string[], index: PlaceLookup, filters: readonly Filter[], topic: TopicId | undefined, text = ''): Attribute | undefined {
  const event = index.places.get(placeIds[0] as string)?.category === 'event';
  // "是什麼時候" holds "是什麼" (what is it): the when asks the dates
  if (words.attributes[0] === 'description' && words.contextual.length > 0) return contextualAttribute(words, event);
  // a height asked "how much" (높이가 얼마야, 高さはいくら) is what the description says, not a fee
  if (words.attributes.includes('description') && HEIGHT.test(text)) return 'description';
  // an event's hours, period or "when" are its dates (岡本太郎展の期間)
  if (event && words.attributes[0] === 'hours') return 'event_dates';
  if (words.attributes[0] && words.attributes[0] !== 'free') return words.attributes[0];
  // a Wi-Fi spot is free by what it is: "is there free Wi-Fi at 清澄庭園?" asks its network's name
  if (topic === 'wifi' && index.places.get(placeIds[0] as string)?.category === 'wifi') return 'ssid';
  if (words.attributes[0]) return words.attributes[0];
  return contextualAttribute(words, event) ?? (filters[0] ? ATTRIBUTE_OF_FILTER[filters[0].kind === 'has' ? filters[0].feature : filters[0].kind] : undefined);
}

/** The fact a condition asks of a named place. */
const ATTRIBUTE_OF_FILTER: Record<string, Attribute> = {
  open: 'hours',
  free: 'free',
  paid: 'free',
  wheelchair: 'wheelchair',
  ostomate: 'ostomate',
  baby: 'baby',
  parking: 'parking',
  accessible_parking: 'parking',
  elevator: 'wheelchair',
  tertiary: 'emergency_role',
  hazard: 'hazards',
  admits_everyone: 'admits',
  admits_group: 'admits',
  upcoming: 'event_dates',
  during: 'event_dates',
};

function contextualAttribute(words: QuestionWords, event: boolean): Attribute | undefined {
  if (words.contextual.includes('when')) return event ? 'event_dates' : 'hours';
  // "where is X?" is answered with where it is (its address and distance), not a label and a value
  if (words.contextual.includes('where')) return event ? 'venue' : undefined;
  return undefined;
}

/**
 * The point to measure from. A place named as the origin (a station, a landmark, a facility "near" which) is
 * what the question says; else the device's location; a municipality is a scope, not a point.
 */
function anchorFor(
  found: ReturnType<typeof findPlaces>['found'],
  named: NamedHit[],
  near: boolean,
  location: { lat: number; lon: number } | undefined,
  wanted: ReadonlySet<Category> | undefined,
  index: PlaceLookup,
): Anchor | undefined {
  if (found.anchor) {
    // an unmarked station that is also a municipality's name ("in Shinjuku") is the municipality when the device
    // says where the user is: its location is the more specific point
    const bareWard = found.anchor.kind === 'station' && location && found.ward === undefined && index.placeFinder.isMunicipalityName(found.anchor.ja);
    if (!bareWard) return anchorOf(found.anchor);
  }
  // the origin is the place's own record (the park 六義園), not a namesake in another dataset
  const located = named.filter((hit) => hit.place.lat !== undefined && (!wanted || !wanted.has(hit.place.category) || near));
  const origin = (located.find((hit) => LANDMARK_CATEGORIES.has(hit.place.category)) ?? located[0])?.place;
  if (origin) return anchorOfPlace(origin);
  return location ? { kind: 'user', ...location } : undefined;
}

/** The text is mostly the courtesy: its words, punctuation and a few characters of padding. */
function courtesyOnly(text: string, words: QuestionWords): boolean {
  return text.replace(/[\p{P}\p{S}\s]/gu, '').length - words.courtesyLength <= COURTESY_SLACK;
}

/**
 * Whether what is left of a question once its known words are blanked names something: a run of kanji or katakana,
 * a Hangul word of two syllables or more, or a Latin word the vocabulary does not know (kana alone may be a name
 * the data holds, written as it is read, and is asked back instead).
 */
function namesSomethingElse(residue: string): boolean {
  const stripped = residue.replace(LEFTOVER_WORDS, ' ');
  return /[\p{Script=Han}\p{Script=Katakana}ー]{2,}|[\uac00-\ud7a3]{2,}|[a-z]{4,}/iu.test(stripped);
}

/** Words a question keeps around its name that name nothing (verbs, question words, politeness). */
const LEFTOVER_WORDS =
  /\b(what|when|where|does|do|is|are|the|time|today|tomorrow|tell|me|about|please|can|could|you|how|much|many|there|this|that|open|close|closes|opens|get|into|go|visit|see|climb)\b|登れる|行ける|入れる|教えて|知りたい|今日|明日|什么|什麼|时候|時候|今天|明天|可以|请问|請問|알려|주세요|오늘|내일|언제|몇|얼마/giu;

/** The question without its place names, topic and vocabulary words: what is left may name a facility. */
function residueOf(unread: string): string {
  return unread
    .replace(/[?？!！。、,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const understand: Step = {
  name: 'understand',
  run(ctx) {
    const last = ctx.session.turns.at(-1);
    const previousPlaceIds = last?.status === 'answered' ? last.sourceIds : [];
    if (ctx.foreignLanguage) {
      ctx.frame = { intent: 'decline', decline: 'unsupported_language', categories: [], fallbackCategories: [], filters: [], nearMe: false, inherited: [], residue: '' };
      return;
    }
    ctx.frame = understandQuestion(ctx.message, ctx.deps.index, ctx.session.context, ctx.request.location, previousPlaceIds, tokyoTime(ctx.deps.now()));
  },
};
