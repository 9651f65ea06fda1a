import type { Lang } from '../core/languages.ts';
import { anchorName, officialName, placeName } from '../i18n/place-names.ts';
import type { DatasetInfo, Place } from '../core/place.ts';
import { osmLink } from '../geo/map-link.ts';
import type { AnswerAnchor, CardFact, Citation, RankedPlace, SourceView } from '../core/chat.ts';
import { CATEGORY_LABELS } from '../i18n/category-labels.ts';
import { cardFacts } from './card-facts.ts';
import type { Anchor } from '../core/question-frame.ts';

/** A retrieved place as the API lists it among the sources, with the dataset's attribution. */
export function toSourceView(ranked: RankedPlace, dataset: DatasetInfo, lang: Lang, datasets?: ReadonlyMap<string, DatasetInfo>): SourceView {
  const { place, distanceMeters } = ranked;
  const english = lang === 'en';
  return {
    id: place.id,
    title: placeName(place, lang),
    officialName: officialName(place, lang),
    dataset: english ? dataset.title.en : dataset.title.ja,
    publisher: english ? dataset.publisher.en : dataset.publisher.ja,
    license: dataset.license,
    url: place.url ?? dataset.sourceUrl,
    address: place.address,
    lat: place.lat,
    lon: place.lon,
    distanceMeters,
    phone: place.phone,
    mapUrl: place.lat !== undefined && place.lon !== undefined ? osmLink(place.lat, place.lon) : undefined,
    attribution: dataset.attribution,
    category: place.category,
    categoryLabel: CATEGORY_LABELS[place.category][lang],
    facts: mergedFacts(place, ranked.merged ?? [], lang),
    citations: [citationOf(dataset, english), ...(ranked.merged ?? []).flatMap((twin) => {
      const other = datasets?.get(twin.datasetId);
      return other && other.id !== dataset.id ? [citationOf(other, english)] : [];
    })].filter((citation, i, all) => all.findIndex((c) => c.dataset === citation.dataset) === i),
    ...(ranked.merged && ranked.merged.length > 0 ? { mergedIds: ranked.merged.map((twin) => twin.id) } : {}),
  };
}

function citationOf(dataset: DatasetInfo, english: boolean): Citation {
  return {
    dataset: english ? dataset.title.en : dataset.title.ja,
    publisher: english ? dataset.publisher.en : dataset.publisher.ja,
    license: dataset.license,
    url: dataset.sourceUrl,
    attribution: dataset.attribution,
  };
}

const ANCHOR_KINDS: Record<Anchor['kind'], AnswerAnchor['kind']> = { user: 'user', station: 'station', landmark: 'place', municipality: 'ward', town: 'place' };

/** The point the answer's distances are measured from, as the API shows it (a map's "you are here"). */
export function toAnswerAnchor(anchor: Anchor, lang: Lang): AnswerAnchor {
  const kind = ANCHOR_KINDS[anchor.kind];
  return { kind, lat: anchor.lat, lon: anchor.lon, label: kind === 'user' ? undefined : anchorName(anchor, lang) };
}

/** The card's facts: the record's own, then what the other records of the same facility add (the shelter's hazards). */
function mergedFacts(place: Place, twins: readonly Place[], lang: Lang): CardFact[] {
  const facts = cardFacts(place, lang);
  for (const twin of twins) for (const fact of cardFacts(twin, lang)) if (!facts.some((known) => known.key === fact.key)) facts.push(fact);
  return facts;
}
