import type { Place } from '../../core/place.ts';
import type { VectorRestricts } from '../../adapters/semantic/vector-index.ts';
import { generalUse, type PlaceFilter } from '../../retrieval/filter-places.ts';

/**
 * Whether a vector neighbour may be answered, tested exactly as retrieve tests the lexical candidates of a list:
 * of the kinds and in the municipality the answer covers (the restricts the index was asked with, checked
 * again here: an index's restricts are its word, the record is ours), open to everyone (not a shelter for
 * designated people only), and meeting every condition of the question (PlaceFilter).
 */
export function inScope(place: Place, restricts: VectorRestricts, filter: PlaceFilter): boolean {
  if (restricts.categories && restricts.categories.length > 0 && !restricts.categories.includes(place.category)) return false;
  if (restricts.wards && restricts.wards.length > 0 && (!place.ward || !restricts.wards.includes(place.ward))) return false;
  return generalUse(place) && filter.accepts(place);
}
