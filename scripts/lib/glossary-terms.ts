import type { Corpus } from '../../src/core/place.ts';
import { latinNameOf } from '../../src/text/english-names.ts';

/** Glossary terms are short phrases: longer names are left to the protected spans of the answers. */
const MAX_WORDS = 6;

/**
 * The names a translation must keep: every place's Japanese name and its name in Latin letters (the data's or the
 * display one), every station and municipality of the gazetteer; each once, short enough to be a glossary term.
 */
export function placeGlossaryTerms(corpus: Corpus): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const term = name?.trim();
    if (term && term.split(/\s+/).length <= MAX_WORDS && [...term].length >= 2) names.add(term);
  };
  for (const place of corpus.places) {
    add(place.name.ja);
    add(place.name.display?.en ?? place.name.en);
    add(latinNameOf(place.name));
  }
  for (const entry of corpus.gazetteer) {
    add(entry.ja);
    add(entry.en);
  }
  return [...names].sort();
}
