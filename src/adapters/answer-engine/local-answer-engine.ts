import { CATEGORY_LABELS } from '../../i18n/category-labels.ts';
import type { Lang } from '../../core/languages.ts';
import { anchorName, placeName, wardName } from '../../i18n/place-names.ts';
import { fill, PHRASES, type Phrases } from '../../i18n/phrasebook.ts';
import type { Category, DatasetInfo } from '../../core/place.ts';
import type { RankedPlace } from '../../core/chat.ts';
import { osmLink } from '../../geo/map-link.ts';
import type { AnswerChunk, AnswerEngine, AnswerRequest } from './answer-engine.ts';
import { hazardMapLinks, placeFacts } from './place-facts.ts';

const EVACUATION: ReadonlySet<Category> = new Set(['shelter', 'evacuation_site', 'assembly_point', 'hospital', 'aed']);

/**
 * The local grounded answer engine: writes the answer from the retrieved records with fixed sentences per
 * language, so every name, address, phone number and link it says comes from the data. No network, no model.
 */
export class LocalAnswerEngine implements AnswerEngine {
  readonly name = 'local';

  async *answer(request: AnswerRequest, signal: AbortSignal): AsyncIterable<AnswerChunk> {
    for (const line of composeLines(request)) {
      if (signal.aborted) return;
      yield { type: 'text', text: `${line}\n` };
    }
    yield { type: 'sources', ids: request.status === 'answered' ? request.places.map(({ place }) => place.id) : [] };
  }
}

interface Said {
  lang: Lang;
  p: Phrases;
  /** Label values for the phrase templates: {category}, {categories}, {other}, {others}. */
  labels: Record<string, string>;
  ward?: string;
  anchor?: string;
}

/** The answer as lines of text (the engine streams one line per chunk). */
export function composeLines(request: AnswerRequest): string[] {
  const { lang, status, understanding: u } = request;
  const p = PHRASES[lang];
  const primary = u.categories[0];
  const shownWard = u.ward ?? (u.scope?.mode === 'ward' || u.scope?.partial ? u.scope.ward : undefined);
  const said: Said = {
    lang,
    p,
    labels: { ...labelValues(primary, lang, 'category'), ...labelValues(u.fallbackCategories?.[0], lang, 'other') },
    ward: shownWard ? wardName(shownWard, lang, request.contact?.ward === shownWard ? request.contact : undefined) : undefined,
    anchor: u.anchor && u.anchor.kind !== 'user' ? anchorName(u.anchor, lang) : undefined,
  };
  const contact = contactLine(request, p);

  switch (status) {
    case 'greeting':
      return [u.intent === 'thanks' ? p.thanks : p.greeting];
    case 'unanswerable_out_of_scope':
      return [p.outOfScope, contact];
    case 'clarification_needed':
      if (!primary && (said.ward || said.anchor)) return [fill(p.clarifyTopic, { place: said.anchor ?? said.ward ?? '' })];
      return [sentence(fill(p.clarify, said.labels), lang)];
    case 'unanswerable_no_sources':
      return noSourceLines(request, said, contact);
    default:
      return answeredLines(request, said);
  }
}

function noSourceLines(request: AnswerRequest, s: Said, contact: string): string[] {
  const { understanding: u } = request;
  const { p, labels, lang } = s;
  let first: string;
  if (u.topic === 'hazard_map' && s.ward) first = fill(p.noHazardMap, { ward: s.ward });
  else if (u.anchor && u.categories.length > 0 && u.scope?.mode !== 'ward') {
    first = fill(p.noneNear, { ...labels, anchor: s.anchor ?? fill(p.nearUser, labels).replace(/[:：。.]$/, '') });
  } else first = fill(s.ward ? p.noDataInWard : p.noData, { ...labels, ward: s.ward ?? '' });
  const lines = [sentence(first, lang), contact];
  const primary = u.categories[0];
  if (primary && EVACUATION.has(primary)) lines.push(p.emergency);
  return lines;
}

function answeredLines(request: AnswerRequest, s: Said): string[] {
  const { understanding: u, places } = request;
  const { p, lang } = s;
  const primary = u.categories[0];
  const lines = [sentence(introOf(request, s), lang)];
  if (u.topic === 'hazard_map') {
    const office = places[0]?.place;
    const links = office ? hazardMapLinks(office, p.facts) : [];
    if (!office || links.length === 0) return [...noSourceLines(request, s, contactLine(request, p))];
    lines.push(`1. ${placeName(office, lang)}`, ...links.map((link) => `   ${link}`));
  } else {
    places.forEach((ranked, i) => lines.push(...placeLines(ranked, i + 1, lang, p, u.scope?.fallback ? undefined : primary)));
  }
  if (places.some(({ place }) => place.category === 'event')) lines.push(p.pastEvents);
  if (u.scope?.mode === 'ward' && !u.anchor && u.topic !== 'municipal_office' && u.topic !== 'hazard_map') lines.push(p.shareLocation);
  if (primary && EVACUATION.has(primary)) lines.push(p.emergency);
  lines.push(`${p.source}: ${attributions(request, places).join(p.listSeparator)}`);
  return lines;
}

function introOf(request: AnswerRequest, s: Said): string {
  const { understanding: u, places, matchedCount } = request;
  const { p, labels } = s;
  const scope = u.scope;
  if (!u.categories[0] || scope?.mode === 'name') return p.byName;
  if (u.topic === 'hazard_map') return fill(p.hazardMapIntro, { ward: s.ward ?? '' });
  if (scope?.fallback) return fill(p.fallbackNote, labels);
  if (scope?.partial) return fill(p.nearLocatedOnly, { ...labels, ward: s.ward ?? '' });
  if (scope?.mode === 'near') return u.anchor?.kind === 'user' || !s.anchor ? fill(p.nearUser, labels) : fill(p.nearAnchor, { ...labels, anchor: s.anchor });
  if (scope?.mode === 'ward' && scope.inferred && u.topic !== 'municipal_office') return fill(p.noCoordinates, { ...labels, ward: s.ward ?? '' });
  return fill(matchedCount > places.length ? p.inWard : p.inWardAll, { ...labels, ward: s.ward ?? '', shown: places.length, total: matchedCount });
}

function placeLines(ranked: RankedPlace, n: number, lang: Lang, p: Phrases, primary?: Category): string[] {
  const { place, distanceMeters } = ranked;
  const kind = primary && place.category !== primary ? `［${CATEGORY_LABELS[place.category][lang]}］` : '';
  const distance = distanceMeters === undefined ? '' : ` (${formatDistance(distanceMeters, p)})`;
  const lines = [`${n}. ${placeName(place, lang)}${kind}${distance}`];
  if (place.address) lines.push(`   ${p.address}: ${place.address}`);
  if (place.phone) lines.push(`   ${p.phone}: ${place.phone}`);
  for (const fact of placeFacts(place, lang, p.facts)) lines.push(`   ${fact}`);
  if (place.category === 'municipal_office' && place.url) lines.push(`   ${p.facts.website}: ${place.url}`);
  if (place.lat !== undefined && place.lon !== undefined) lines.push(`   ${p.map}: ${osmLink(place.lat, place.lon)}`);
  return lines;
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

function attributions(request: AnswerRequest, places: RankedPlace[]): string[] {
  const ids = [...new Set(places.map(({ place }) => place.datasetId))];
  return ids
    .map((id) => request.datasets.get(id))
    .filter((dataset): dataset is DatasetInfo => dataset !== undefined)
    .map((dataset) => dataset.attribution);
}

function labelValues(category: Category | undefined, lang: Lang, name: 'category' | 'other'): Record<string, string> {
  if (!category) return name === 'category' ? { category: '', categories: '' } : {};
  const label = CATEGORY_LABELS[category][lang];
  return { [name]: label, [`${name === 'category' ? 'categories' : 'others'}`]: lang === 'en' ? pluralise(label) : label };
}

function pluralise(label: string): string {
  if (/AED$/.test(label)) return `${label}s`;
  if (/[^aeiou]y$/.test(label)) return `${label.slice(0, -1)}ies`;
  return `${label}s`;
}

/** English sentences start with a capital letter even when they start with a label. */
function sentence(text: string, lang: Lang): string {
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
