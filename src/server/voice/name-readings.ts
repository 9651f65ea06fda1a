import type { ReadingOf } from '../../adapters/speech/text/speakable-text.ts';
import type { Corpus } from '../../core/place.ts';

/**
 * The readings (kana) of the Japanese names an answer may contain, from the open data: places, stations and
 * municipalities. English and Korean voices say these names by their reading (speakable-text.ts).
 */
export function readingsFromCorpus(corpus: Pick<Corpus, 'places' | 'gazetteer'>): ReadingOf {
  const readings = new Map<string, string>();
  for (const place of corpus.places) if (place.name.kana) readings.set(place.name.ja, place.name.kana);
  for (const entry of corpus.gazetteer) {
    if (!entry.kana) continue;
    readings.set(entry.ja, entry.kana);
    if (entry.kind === 'station') readings.set(`${entry.ja}駅`, `${entry.kana}エキ`);
  }
  return (name) => readings.get(name);
}
