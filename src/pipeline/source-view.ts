import type { Lang } from '../core/languages.ts';
import { placeName } from '../i18n/place-names.ts';
import type { DatasetInfo } from '../core/place.ts';
import { osmLink } from '../geo/map-link.ts';
import type { RankedPlace, SourceView } from '../core/chat.ts';

/** A retrieved place as the API lists it among the sources, with the dataset's attribution. */
export function toSourceView(ranked: RankedPlace, dataset: DatasetInfo, lang: Lang): SourceView {
  const { place, distanceMeters } = ranked;
  const english = lang === 'en';
  return {
    id: place.id,
    title: placeName(place, lang),
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
  };
}
