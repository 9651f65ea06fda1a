import { CATEGORY_LABELS } from '../../i18n/category-labels.ts';
import type { Lang } from '../../i18n/languages.ts';
import { anchorName, placeName, wardName } from '../../i18n/place-names.ts';
import { fill, PHRASES, type Phrases } from '../../i18n/phrasebook.ts';
import type { Category, DatasetInfo } from '../../opendata/types.ts';
import type { RankedPlace } from '../../pipeline/context.ts';
import { osmLink } from '../../retrieval/map-link.ts';
import type { AnswerChunk, AnswerEngine, AnswerRequest } from './answer-engine.ts';

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

/** The answer as lines of text (the engine streams one line per chunk). */
export function composeLines(request: AnswerRequest): string[] {
  const { lang, status, understanding: u } = request;
  const p = PHRASES[lang];
  const primary = u.categories[0];
  const labels = primary ? labelValues(primary, lang) : { category: '', categories: '' };
  const ward = u.ward ? wardName(u.ward, lang, request.contact) : undefined;
  const anchor = u.anchor && u.anchor.kind !== 'user' ? anchorName(u.anchor, lang) : undefined;
  const contact = contactLine(request, p);

  switch (status) {
    case 'greeting':
      return [u.intent === 'thanks' ? p.thanks : p.greeting];
    case 'unanswerable_out_of_scope':
      return [p.outOfScope, contact];
    case 'clarification_needed':
      return [sentence(fill(p.clarify, labels), lang)];
    case 'unanswerable_no_sources': {
      const lines = [
        sentence(
          u.anchor && anyData(request)
            ? fill(p.noneNear, { ...labels, anchor: anchor ?? fill(PHRASES[lang].nearUser, labels).replace(/[:：。.]$/, '') })
            : fill(ward ? p.noDataInWard : p.noData, { ...labels, ward: ward ?? '' }),
          lang,
        ),
        contact,
      ];
      if (primary && EVACUATION.has(primary)) lines.push(p.emergency);
      return lines;
    }
    default:
      return answeredLines(request, p, labels, ward, anchor);
  }
}

function answeredLines(request: AnswerRequest, p: Phrases, labels: Record<string, string>, ward?: string, anchor?: string): string[] {
  const { lang, understanding: u, places } = request;
  const primary = u.categories[0];
  const intro = !primary
    ? p.byName
    : u.anchor?.kind === 'user'
      ? fill(p.nearUser, labels)
      : anchor
        ? fill(p.nearAnchor, { ...labels, anchor })
        : ward
          ? fill(request.matchedCount > places.length ? p.inWard : p.inWardAll, {
              ...labels,
              ward,
              shown: places.length,
              total: request.matchedCount,
            })
          : p.byName;
  const lines = [sentence(intro, lang)];
  places.forEach((ranked, i) => lines.push(...placeLines(ranked, i + 1, lang, p, primary)));
  if (ward && !u.anchor) lines.push(p.shareLocation);
  if (primary && EVACUATION.has(primary)) lines.push(p.emergency);
  lines.push(`${p.source}: ${attributions(request, places).join(p.listSeparator)}`);
  return lines;
}

function placeLines(ranked: RankedPlace, n: number, lang: Lang, p: Phrases, primary?: Category): string[] {
  const { place, distanceMeters } = ranked;
  const kind = primary && place.category !== primary ? `［${CATEGORY_LABELS[place.category][lang]}］` : '';
  const distance = distanceMeters === undefined ? '' : ` (${formatDistance(distanceMeters, p)})`;
  const lines = [`${n}. ${placeName(place, lang)}${kind}${distance}`];
  if (place.address) lines.push(`   ${p.address}: ${place.address}`);
  if (place.phone) lines.push(`   ${p.phone}: ${place.phone}`);
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

function anyData(request: AnswerRequest): boolean {
  return request.understanding.categories.length > 0;
}

function attributions(request: AnswerRequest, places: RankedPlace[]): string[] {
  const ids = [...new Set(places.map(({ place }) => place.datasetId))];
  return ids
    .map((id) => request.datasets.get(id))
    .filter((dataset): dataset is DatasetInfo => dataset !== undefined)
    .map((dataset) => dataset.attribution);
}

function labelValues(category: Category, lang: Lang): Record<string, string> {
  const label = CATEGORY_LABELS[category][lang];
  return { category: label, categories: lang === 'en' ? pluralise(label) : label };
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
