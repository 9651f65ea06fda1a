import { SEMANTIC } from '../config/tunables.ts';
import type { Place } from '../core/place.ts';
import { CATEGORY_LABELS } from '../i18n/category-labels.ts';

/**
 * The text of a place that is embedded for semantic retrieval (the snapshot's vectors, the Vector Search index):
 * its names in Japanese and English, its kind in both, its municipality and what the record says it is. Built
 * from the record alone, so the same record always gives the same text (and the vector can be reused).
 */
export function placeDocument(place: Place): string {
  const label = CATEGORY_LABELS[place.category];
  const names = [place.name.ja, place.name.display?.en ?? place.name.en].filter((name): name is string => Boolean(name));
  const about = [place.details?.description, place.details?.venue, place.details?.note].filter(Boolean).join(' ');
  const text = [...new Set(names)].join(' / ') + ` — ${label.en} (${label.ja})${place.ward ? `, ${place.ward}` : ''}${about ? `. ${about}` : ''}`;
  return text.length > SEMANTIC.maxDocumentChars ? text.slice(0, SEMANTIC.maxDocumentChars) : text;
}
