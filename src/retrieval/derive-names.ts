import type { DerivedNames, Place } from '../core/place.ts';
import { latinNameOf } from '../text/english-names.ts';
import { nameFormsOf } from './name-match.ts';

/**
 * The forms a place can be named by in a question (name-match.ts), computed once when the snapshot is built and
 * stored in it: romanising every name at each start cost more than half a second.
 */
export function deriveNames(place: Place): DerivedNames {
  const latin = latinNameOf(place.name);
  const forms = nameFormsOf(place.name, latin);
  return { latin, japanese: forms.japanese, kana: forms.kana, latinKeys: forms.latin };
}
