import type { RankedPlace } from '../../core/chat.ts';
import type { Lang } from '../../core/languages.ts';
import type { Category, Place } from '../../core/place.ts';
import type { Attribute, Day, Filter, QuestionFrame } from '../../core/question-frame.ts';
import { bearingDegrees, compassPoint } from '../../geo/geo.ts';
import { ANSWER_PHRASES, type AnswerPhrases } from '../../i18n/answer-phrases.ts';
import { CATEGORY_LABELS } from '../../i18n/category-labels.ts';
import { fill, PHRASES, type Phrases } from '../../i18n/phrasebook.ts';
import { anchorName, areaName, placeName, wardName } from '../../i18n/place-names.ts';
import { japaneseToChinese } from '../../text/chinese-from-japanese.ts';
import { hoursOf, openAt } from '../../retrieval/opening-hours.ts';
import { factOf, isTimed } from '../../retrieval/place-facts.ts';
import type { AnswerChunk, AnswerEngine, AnswerRequest } from './answer-engine.ts';
import { clock, daysText, factText, hoursText, rangeText, weeksClosedText } from './fact-text.ts';
import { hazardMapLinks } from './place-facts.ts';

const EVACUATION: ReadonlySet<Category> = new Set(['shelter', 'evacuation_site', 'assembly_point', 'hospital', 'aed']);

/**
 * The local grounded answer engine: one to three sentences that answer the question, leading with the fact or
 * the place asked, written with fixed sentences per language from the retrieved records only, so every name,
 * number and address it says comes from the data. The details are in the place cards. No network, no model.
 */
export class LocalAnswerEngine implements AnswerEngine {
  readonly name = 'local';

  async *answer(request: AnswerRequest, signal: AbortSignal): AsyncIterable<AnswerChunk> {
    for (const line of composeLines(request)) {
      if (signal.aborted) return;
      yield { type: 'text', text: `${line}\n` };
    }
    yield { type: 'sources', ids: request.places.map(({ place }) => place.id) };
  }
}

interface Said {
  lang: Lang;
  p: Phrases;
  a: AnswerPhrases;
  frame: QuestionFrame;
  /** The kind asked, singular and (English) plural. */
  category: string;
  categories: string;
  ward?: string;
  anchor?: string;
}

/** The answer as lines of text (the engine streams one line per chunk). */
export function composeLines(request: AnswerRequest): string[] {
  return linesOf(request).map(spaceAfterLinks);
}

/** A link written straight before a word (https://…/です) would take the word in: a space ends it. */
function spaceAfterLinks(line: string): string {
  return line.replace(/(https?:\/\/[\x21-\x7e]+?)(?=\P{ASCII})(?![。、）」』】\s])/gu, '$1 ');
}

function linesOf(request: AnswerRequest): string[] {
  const { lang, status, frame } = request;
  const p = PHRASES[lang];
  const primary = frame.categories[0] ?? request.places[0]?.place.category;
  const shownWard = frame.ward ?? frame.scope?.ward;
  const label = primary ? CATEGORY_LABELS[primary][lang] : '';
  const said: Said = {
    lang,
    p,
    a: ANSWER_PHRASES[lang],
    frame,
    category: label,
    categories: lang === 'en' ? pluralise(label) : label,
    ward: shownWard ? wardName(shownWard, lang, request.contact?.ward === shownWard ? request.contact : undefined) : undefined,
    anchor: frame.anchor && frame.anchor.kind !== 'user' ? anchorName(frame.anchor, lang) : undefined,
  };
  const contact = contactLine(request, p);
  switch (status) {
    case 'greeting':
      return [frame.smalltalk === 'thanks' ? p.thanks : p.greeting];
    case 'unanswerable_out_of_scope':
      return declineLines(request, said, contact);
    case 'clarification_needed':
      if (!frame.topic && (said.ward || said.anchor)) return [fill(p.clarifyTopic, { place: said.anchor ?? said.ward ?? '' })];
      if (!frame.topic && frame.attribute) return [fill(said.a.clarifyPlace, { label: said.a.labels[frame.attribute] })];
      if (!frame.topic) return [p.outOfScope];
      return [sentence(fill(p.clarify, { category: said.category, categories: said.categories }), lang)];
    case 'unanswerable_no_sources':
      return noAnswerLines(request, said, contact);
    default:
      return answeredLines(request, said);
  }
}

function declineLines(request: AnswerRequest, s: Said, contact: string): string[] {
  const reason = s.frame.decline ?? 'unknown';
  if (reason === 'unsupported_language') return [s.a.declines.unsupported_language];
  const lines = [s.a.declines[reason]];
  const place = request.places[0]?.place;
  if (place?.phone) lines.push(fill(s.a.askPhone, { phone: place.phone }));
  lines.push(contact);
  return lines;
}

/** Nothing answers: the fact is not in the record, nothing meets the condition, the data does not cover it. */
function noAnswerLines(request: AnswerRequest, s: Said, contact: string): string[] {
  const { frame, places } = request;
  const scope = frame.scope;
  const { a, lang } = s;
  const place = places[0]?.place;
  if (scope?.missing && place) {
    const lines = [fill(a.missing, { name: placeName(place, lang), label: a.labels[scope.missing] })];
    if (place.phone) lines.push(fill(a.askPhone, { phone: place.phone }));
    else if (place.url) lines.push(a.askCard);
    lines.push(contact);
    return lines;
  }
  if (scope?.unmet) {
    const where = s.anchor ?? s.ward ?? '';
    const lines = [sentence(fill(a.unmet, { scope: scopeText(s), conditions: conditionsText(frame.filters, s), category: s.category, categories: s.categories, where }), lang)];
    if (place) lines.push(sentence(fill(a.unmetShown, { category: s.category, categories: s.categories, reason: reasonText(scope.unmet, place, s) }), lang));
    lines.push(contact);
    return lines;
  }
  if (scope?.uncovered && s.ward) {
    const lines = [sentence(fill(a.uncovered, { ward: s.ward, category: s.category }), lang)];
    const covered = request.coveredWards ?? [];
    if (covered.length > 0) lines.push(sentence(fill(a.coveredWards, { category: s.category, wards: covered.join(a.separator) }), lang));
    lines.push(contact);
    return lines;
  }
  const { p } = s;
  let first: string;
  if (frame.topic === 'hazard_map' && s.ward) first = fill(p.noHazardMap, { ward: s.ward });
  else if (frame.anchor && frame.categories.length > 0 && scope?.mode !== 'ward') {
    first = fill(p.noneNear, { category: s.category, categories: s.categories, anchor: s.anchor ?? fill(p.nearUser, { category: s.category, categories: s.categories }).replace(/[:：。.]$/, '') });
  } else first = fill(s.ward ? p.noDataInWard : p.noData, { category: s.category, categories: s.categories, ward: s.ward ?? '' });
  const lines = [sentence(first, lang), contact];
  if (frame.categories[0] && EVACUATION.has(frame.categories[0])) lines.push(p.emergency);
  return lines;
}

function answeredLines(request: AnswerRequest, s: Said): string[] {
  const { frame, places } = request;
  const { p } = s;
  const first = places[0];
  if (!first) return [p.outOfScope];
  if (frame.topic === 'hazard_map') {
    const links = hazardMapLinks(first.place, p.facts);
    return [fill(p.hazardMapIntro, { ward: s.ward ?? '' }), ...links];
  }
  const lines: string[] = scopeNotes(request, s);
  if (frame.intent === 'lookup') lines.push(...lookupLines(first, request, s));
  else if (frame.intent === 'count') lines.push(countLine(request, s), ...countParts(request, s));
  else if (frame.intent === 'nearest' && first.distanceMeters !== undefined && !frame.scope?.at) lines.push(...nearestLines(request, s));
  else lines.push(listLine(request, s), ...namesLine(request, s));
  if (places.some(({ place }) => place.category === 'event') && frame.intent !== 'lookup') lines.push(p.pastEvents);
  const primary = frame.categories[0];
  if (primary && EVACUATION.has(primary) && frame.intent !== 'lookup') lines.push(p.emergency);
  return lines;
}

/**
 * What the answer must say of its own scope before it answers: the kind asked has nothing there, so related
 * places are given (shelters for sites); too few of the kind have a point, so they are listed by municipality,
 * or the nearest of those that have one.
 */
function scopeNotes(request: AnswerRequest, s: Said): string[] {
  const { frame } = request;
  const scope = frame.scope;
  const { p, lang } = s;
  const other = frame.fallbackCategories[0];
  const labels = { category: s.category, categories: s.categories, other: other ? CATEGORY_LABELS[other][lang] : '', others: other ? CATEGORY_LABELS[other][lang] : '', ward: s.ward ?? '' };
  if (request.uncoveredWard) {
    // "The AED data covers Koto City": the nearest in the data may be far from a place it does not cover
    const covered = request.coveredWards ?? [];
    return [
      sentence(fill(s.a.uncovered, { ward: request.uncoveredWard, category: s.category }), lang),
      ...(covered.length > 0 ? [sentence(fill(s.a.coveredWards, { category: s.category, wards: covered.join(s.a.separator) }), lang)] : []),
    ];
  }
  if (scope?.fallback && other) return [sentence(fill(p.fallbackNote, labels), lang)];
  if (scope?.partial) return [sentence(fill(p.nearLocatedOnly, labels), lang)];
  if (scope?.mode === 'ward' && scope.inferred && !scope.area && frame.topic !== 'municipal_office' && frame.anchor) return [sentence(fill(p.noCoordinates, labels), lang)];
  return [];
}

/** "The nearest AED to Oimachi Station is …, 470 m south-east." */
function nearestLines(request: AnswerRequest, s: Said): string[] {
  const { places, frame } = request;
  const { a, lang } = s;
  const first = places[0] as RankedPlace;
  const values = {
    name: placeName(first.place, lang),
    // the kind of the place given (an evacuation site answers "where do I flee?")
    category: CATEGORY_LABELS[first.place.category][lang],
    conditions: conditionsText(frame.filters, s),
    anchor: s.anchor ?? '',
    distance: formatDistance(first.distanceMeters ?? 0, s.p),
    direction: directionOf(frame, first.place, a),
  };
  const lead = s.anchor ? fill(a.nearest, values) : fill(a.nearestUser, values);
  const lines = [sentence(lead, lang)];
  const fact = frame.attribute ? leadFact(first.place, request, s) : undefined;
  if (fact) lines.push(fact);
  if (places.length > 1) lines.push(fill(a.others, { n: places.length - 1 }));
  return lines;
}

/** "There are 12 AEDs open on Sundays in Koto City. Here are 5 of them." */
function listLine(request: AnswerRequest, s: Said): string {
  const { frame, places, matchedCount } = request;
  const { a, lang } = s;
  // "There is 1 museum", not "There are 1 museums"
  const one = lang === 'en' && matchedCount === 1;
  const values = { ward: wardAndArea(frame, s), conditions: conditionsText(frame.filters, s), category: s.category, categories: one ? s.category : s.categories, total: matchedCount, shown: places.length };
  const filled = frame.scope?.at && s.anchor ? fill(a.listAt, { ...values, place: s.anchor }) : frame.scope?.mode === 'tokyo' || !s.ward ? fill(a.listTokyo, values) : fill(a.listWard, values);
  const lead = one ? filled.replace(/^There are 1 /, 'There is 1 ') : filled;
  return sentence(matchedCount > places.length ? `${lead}${lang === 'en' || lang === 'ko' ? ' ' : ''}${fill(a.listShown, values)}` : lead, lang);
}

/** Names said in a list's text, for a listener; the cards show every place listed. */
const NAMED_IN_TEXT = 5;

/** "東陽児童館、南砂児童館、千田児童館などです。": the first places of a list, by name. */
function namesLine(request: AnswerRequest, s: Said): string[] {
  const { places } = request;
  if (places.length === 0) return [];
  const names = places.slice(0, NAMED_IN_TEXT).map(({ place }) => placeName(place, s.lang));
  const all = places.length <= NAMED_IN_TEXT && request.matchedCount <= places.length;
  const phrase = places.length === 1 && all ? s.a.listNameOne : all ? s.a.listNamesAll : s.a.listNames;
  return [fill(phrase, { names: names.join(s.a.separator) })];
}

/** The municipality, with the town within it when the answer keeps to one (江東区豊洲, "Toyosu, Koto City"). */
function wardAndArea(frame: AnswerRequest['frame'], s: Said): string {
  const area = frame.scope?.area && frame.anchor ? areaName(frame.anchor, s.lang) : undefined;
  if (!area) return s.ward ?? '';
  return s.lang === 'en' ? `${area}, ${s.ward ?? ''}` : `${s.ward ?? ''}${s.lang === 'ko' || s.lang === 'ja-easy' ? ' ' : ''}${area}`;
}

function countLine(request: AnswerRequest, s: Said): string {
  const { frame } = request;
  const values = { ward: wardAndArea(frame, s), conditions: conditionsText(frame.filters, s), category: s.category, categories: s.categories, count: frame.scope?.count ?? request.matchedCount };
  return sentence(frame.scope?.mode === 'tokyo' || !s.ward ? fill(s.a.countTokyo, values) : fill(s.a.count, values), s.lang);
}

/** What a count is made of: each publisher's data, and the rows of a file left out at ingest. */
function countParts(request: AnswerRequest, s: Said): string[] {
  const { a } = s;
  const lines: string[] = [];
  const sources = request.sourceCounts ?? [];
  if (sources.length > 1) lines.push(fill(a.countBySource, { list: sources.map(({ source, count }) => fill(a.countSource, { source, n: count })).join(a.separator) }));
  const rows = request.frame.scope?.rows;
  if (rows) lines.push(fill(a.countRows, { rows: rows.rows, left: rows.left }));
  return lines;
}

/** An event's facts told together: its dates with its venue, its venue with its dates. */
const EVENT_FACTS: Readonly<Record<string, Attribute>> = { event_dates: 'venue', venue: 'event_dates' };

/** A named place: the fact asked, or where it is. */
function lookupLines(first: RankedPlace, request: AnswerRequest, s: Said): string[] {
  const served = request.frame.servedArea;
  if (!served) return factLines(first, request, s);
  // "勝島1丁目の避難所は鈴ケ森中学校です。", then where the first is
  const names = request.places.map(({ place }) => placeName(place, s.lang)).join(s.a.separator);
  const category = CATEGORY_LABELS[first.place.category][s.lang];
  const area = s.lang === 'zh-Hans' || s.lang === 'zh-Hant' ? japaneseToChinese(served, s.lang) : served;
  const line = sentence(fill(s.a.servedBy, { area, category, names }), s.lang);
  // (a place with no address, an assembly point, is shown on the card's map)
  return first.place.address || request.frame.attribute ? [line, ...factLines(first, request, s)] : [line];
}

function factLines(first: RankedPlace, request: AnswerRequest, s: Said): string[] {
  const { a, lang } = s;
  const { place } = first;
  const fact = leadFact(place, request, s);
  const as = (attribute: Attribute) => leadFact(place, { ...request, frame: { ...request.frame, attribute } }, s);
  // an event's when and where are told together, the one asked first ("where and when was it held?")
  const other = place.category === 'event' ? EVENT_FACTS[request.frame.attribute ?? ''] : undefined;
  if (fact && other) return [fact, ...[as(other)].filter((line): line is string => line !== undefined)];
  // the other facts asked at once ("its phone number and how many beds?")
  if (fact) return [fact, ...(request.frame.moreAttributes ?? []).map(as).filter((line): line is string => line !== undefined)];
  // an event named alone: when and where it was
  if (place.category === 'event' && !request.frame.attribute) {
    const told = [as('event_dates'), as('venue')].filter((line): line is string => line !== undefined);
    if (told.length > 0) return told;
  }
  const name = placeName(place, lang);
  // an AED asked for by the building it is in: where in the building, then the building's address
  const inside = place.category === 'aed' && !request.frame.attribute ? as('floor') : undefined;
  if (!place.address) {
    const described = request.frame.attribute ? undefined : as('description');
    return [described ?? fill(a.fact, { name, label: a.labels.description, value: CATEGORY_LABELS[place.category][lang] })];
  }
  const values = { name, address: place.address, distance: first.distanceMeters !== undefined ? formatDistance(first.distanceMeters, s.p) : '', direction: directionOf(request.frame, place, a) };
  const where = first.distanceMeters !== undefined ? fill(a.whereFrom, values) : fill(a.where, values);
  return inside ? [inside, where] : [where];
}

/** The sentence that answers the fact asked of a place, in the answer's language; undefined without one. */
function leadFact(place: Place, request: AnswerRequest, s: Said): string | undefined {
  const { frame } = request;
  const { a, lang } = s;
  const attribute = frame.attribute;
  if (!attribute) return undefined;
  const name = placeName(place, lang);
  const fact = factOf(place, attribute, lang === 'en');
  if (!fact) return undefined;
  const open = frame.filters.find((filter): filter is Extract<Filter, { kind: 'open' }> => filter.kind === 'open');
  switch (fact.kind) {
    case 'hours': {
      if (attribute === 'open_days' && !open) {
        // the days it is closed; when the record names none, that it opens every day, and its own note
        const closed = closedDays(fact.hours);
        const base = closed.length > 0 ? fill(a.fact, { name, label: a.labels.open_days, value: daysText(closed, a) }) : fill(a.openEveryDay, { name });
        return fact.hours.someWeeksClosed.length > 0 ? `${base}${space(lang)}${weeksClosedText(fact.hours, a, lang)}` : base;
      }
      // no times in the record: the days it opens, and the publisher's note on its hours in its words
      const note = isTimed(fact.hours) || !fact.hours.note ? '' : `${space(lang)}${fill(a.factJa, { name, label: a.labels.hours, value: fact.hours.note })}`;
      if (!open) {
        const text = hoursText(fact.hours, a);
        const base = fill(a.fact, { name, label: a.labels[attribute], value: text });
        return (fact.hours.someWeeksClosed.length > 0 ? `${base}${space(lang)}${weeksClosedText(fact.hours, a, lang)}` : base) + note;
      }
      return openSentence(name, fact.hours, open, s) + note;
    }
    case 'fee': {
      if (attribute === 'free' && fact.free) return fill(fact.free === 'yes' ? a.freeYes : a.freeNo, { name }) + (fact.text ? `${space(lang)}${fact.text}${lang === 'ja' || lang === 'ja-easy' ? '' : a.inJapanese}` : '');
      // the publisher's own words, quoted after a colon (and marked as Japanese in another language)
      if (fact.text) return fill(a.factJa, { name, label: a.labels.fee, value: fact.text });
      return fill(fact.free === 'yes' ? a.freeYes : a.freeNo, { name });
    }
    case 'flag':
      return fill(fact.value === 'yes' ? a.hasYes : a.hasNo, { name, label: attribute === 'childcare' ? a.labels.childcare : a.features[attribute as keyof AnswerPhrases['features']] ?? a.labels[attribute] }) + flagNote(fact, lang, a);
    case 'role': {
      const askedTertiary = frame.filters.some((filter) => filter.kind === 'has' && filter.feature === 'tertiary');
      const core = fact.role === 'wide-area-core' ? a.roleWideArea : fact.role === 'regional-core' ? a.roleRegionalCore : '';
      return fill(a.role, { name }) + (core ? `${space(lang)}${core}` : '') + (fact.tertiary ? `${space(lang)}${a.roleTertiary}` : askedTertiary ? `${space(lang)}${a.roleNotTertiary}` : '');
    }
    case 'dates': {
      const ended = (fact.end ?? fact.start ?? '') < (request.today ?? '');
      return fill(ended ? a.eventPast : a.eventFuture, { name, dates: factText(fact, lang) });
    }
    case 'hazards': {
      const list = factText(fact, lang);
      const asked = frame.filters.find((filter): filter is Extract<Filter, { kind: 'hazard' }> => filter.kind === 'hazard');
      if (!asked) return fill(a.hazardsAre, { name, list });
      return fill(fact.hazards.includes(asked.hazard) ? a.hazardYes : a.hazardNo, { name, hazard: a.hazardNames[asked.hazard], list });
    }
    case 'admits':
      return fact.everyone ? fill(a.admitsAll, { name }) : fill(a.admitsSome, { name, who: fact.who ?? '' });
    case 'count':
      return fill(a.fact, { name, label: a.labels[attribute], value: attribute === 'beds' ? a.beds.replace('{n}', String(fact.value)) : a.people.replace('{n}', String(fact.value)) });
    case 'text':
      // free text is quoted after a colon; a short value in the answer's own language reads as a sentence
      return fact.lang === 'ja' || fact.value.length > 30 ? fill(a.factJa, { name, label: a.labels[attribute], value: factText(fact, lang) }) : fill(a.fact, { name, label: a.labels[attribute], value: factText(fact, lang) });
    default:
      return fill(a.fact, { name, label: a.labels[attribute], value: factText(fact, lang) });
  }
}

/** Kinds whose name already says they are free of charge. */
const FREE_BY_NAME: ReadonlySet<string> = new Set(['wifi']);

/** What the record adds to a yes (parking: 20台分、最初の30分無料…), in its own words, marked as Japanese elsewhere. */
function flagNote(fact: Extract<NonNullable<ReturnType<typeof factOf>>, { kind: 'flag' }>, lang: Lang, a: AnswerPhrases): string {
  if (!fact.note || fact.value !== 'yes') return '';
  return lang === 'ja' || lang === 'ja-easy' ? `（${factText(fact, lang)}）` : `${space(lang)}${factText(fact, lang)}${a.inJapanese}`;
}

/** The days of the week (and public holidays) a place is closed every week. */
function closedDays(hours: NonNullable<ReturnType<typeof hoursOf>>): Array<Day | 'hol'> {
  const week = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).filter((day) => hours.week[day]?.length === 0);
  return [...week, ...(hours.holidays === 'closed' ? (['hol'] as const) : [])];
}

/** "Open on Sundays, 09:00–19:00" / "closed on Mondays" / "open now (09:00–20:00)". */
function openSentence(name: string, hours: NonNullable<ReturnType<typeof hoursOf>>, open: Extract<Filter, { kind: 'open' }>, s: Said): string {
  const { a } = s;
  const days = open.days ?? [];
  const states = days.map((day) => ({ day, state: openAt(hours, day, open.minute) }));
  const anyOpen = states.find(({ state }) => state === 'open');
  const today = days[0];
  if (open.now && today) {
    const interval = today === 'hol' ? (Array.isArray(hours.holidays) ? hours.holidays[0] : undefined) : hours.week[today]?.[0];
    const range = interval ? rangeText(interval, a) : hoursText(hours, a);
    return fill(anyOpen ? a.openNow : a.closedNow, { name, hours: range });
  }
  const when = [days.length > 0 ? daysText(days, a) : '', open.minute !== undefined ? clock(open.minute) : ''].filter(Boolean).join(' ');
  if (anyOpen) {
    const day = anyOpen.day;
    const interval = day === 'hol' ? (Array.isArray(hours.holidays) ? hours.holidays[0] : undefined) : hours.week[day]?.[0];
    if (!interval && !isTimed(hours)) return fill(a.openOnDay, { name, when });
    // a day open in some weeks only (第2・第4日曜日は開館): which weeks it closes, and the publisher's note for its hours
    if (!interval && day !== 'hol' && hours.someWeeksClosed.includes(day)) {
      const note = hours.note ? `${space(s.lang)}${fill(a.factJa, { name, label: a.labels.hours, value: hours.note })}` : '';
      return `${fill(a.openOnDay, { name, when })}${space(s.lang)}${weeksClosedText(hours, a, s.lang)}${note}`;
    }
    return fill(a.openOn, { name, when, hours: interval ? rangeText(interval, a) : hoursText(hours, a) });
  }
  if (states.length > 0 && states.every(({ state }) => state === 'closed')) return fill(a.closedOn, { name, when });
  return fill(a.fact, { name, label: a.labels.hours, value: hoursText(hours, a) });
}

/** Why a place shown instead does not meet the condition, in the answer's language. */
function reasonText(filter: Filter, place: Place, s: Said): string {
  const { a, lang } = s;
  const name = placeName(place, lang);
  if (filter.kind === 'open') {
    const hours = hoursOf(place);
    return hours ? fill(a.fact, { name, label: a.labels.hours, value: hoursText(hours, a) }).replace(/[。.]$/, '') : conditionsText([filter], s);
  }
  return fill(a.unmetReason, { name, condition: lang === 'en' ? conditionsText([filter], s).trimEnd() : conditionsText([filter], s).trim() });
}

/** The question's conditions as the answer restates them ("open on Sundays at 18:00 ", "free "). */
function conditionsText(filters: readonly Filter[], s: Said): string {
  const { a } = s;
  const c = a.conditions;
  const parts = filters.map((filter) => {
    switch (filter.kind) {
      case 'open': {
        if (filter.now) return c.openNow;
        const when = filter.days && filter.days.length > 0 ? daysText(filter.days, a) : undefined;
        const time = filter.minute !== undefined ? clock(filter.minute) : undefined;
        if (time && filter.until) return when ? fill(c.openOnUntil, { when, time }) : fill(c.openUntil, { time });
        return when && time ? fill(c.openOnAt, { when, time }) : when ? fill(c.openOn, { when }) : fill(c.openAt, { time: time ?? '' });
      }
      case 'free':
        // a kind whose name says it is free (free Wi-Fi spots) is not said free twice
        return s.frame.categories.every((category) => FREE_BY_NAME.has(category)) && s.frame.categories.length > 0 ? '' : c.free;
      case 'paid':
        return c.paid;
      case 'has':
        return fill(c.has, { feature: a.features[filter.feature] });
      case 'hazard':
        return fill(c.hazard, { hazard: a.hazardNames[filter.hazard] });
      case 'admits_everyone':
        return c.admitsEveryone;
      case 'upcoming':
        return c.upcoming;
      case 'sight':
        return fill(c.sight, { sight: a.sightNames[filter.sight] });
      case 'admits_group':
        return fill(c.group, { group: a.groupNames[filter.group] });
      case 'region':
        return fill(c.region, { region: s.lang === 'zh-Hans' || s.lang === 'zh-Hant' ? japaneseToChinese(filter.region, s.lang) : filter.region });
      case 'during': {
        const monthName = filter.month ? new Date(Date.UTC(filter.year, filter.month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }) : '';
        const period = filter.month ? fill(c.periodMonth, { year: filter.year, month: filter.month, monthName }) : fill(c.periodYear, { year: filter.year });
        return fill(c.during, { period });
      }
    }
  });
  return parts.join(c.join);
}

/** Where the answer looked, as a phrase ("near Oimachi Station", "in Koto City"). */
function scopeText(s: Said): string {
  if (s.anchor) return s.lang === 'en' ? `near ${s.anchor}` : s.anchor;
  if (s.ward) return s.lang === 'en' ? `in ${s.ward}` : s.ward;
  return '';
}

function directionOf(frame: QuestionFrame, place: Place, a: AnswerPhrases): string {
  const from = frame.anchor;
  if (!from || place.lat === undefined || place.lon === undefined) return '';
  return a.directions[compassPoint(bearingDegrees(from.lat, from.lon, place.lat, place.lon))] as string;
}

export function formatDistance(meters: number, p: Phrases): string {
  if (meters < 1000) return fill(p.meters, { n: Math.max(10, Math.round(meters / 10) * 10) });
  return fill(p.kilometers, { n: (meters / 1000).toFixed(1) });
}

function contactLine(request: AnswerRequest, p: Phrases): string {
  const office = request.contact;
  if (office?.url) return fill(p.contactWard, { office: placeName(office, request.lang), url: office.url });
  return p.contactTokyo;
}

function pluralise(label: string): string {
  if (/AED$/.test(label)) return `${label}s`;
  if (/[^aeiou]y$/.test(label)) return `${label.slice(0, -1)}ies`;
  if (/s$/.test(label)) return label;
  return `${label}s`;
}

function space(lang: Lang): string {
  return lang === 'en' || lang === 'ko' || lang === 'ja-easy' ? ' ' : '';
}

/** English sentences start with a capital letter even when they start with a label. */
function sentence(text: string, lang: Lang): string {
  const trimmed = text.replace(/\s+([.,])/g, '$1').replace(/\s{2,}/g, ' ');
  return lang === 'en' ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
}
