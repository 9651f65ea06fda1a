import type { DisplayNames, Place } from '../../core/place.ts';
import { KNOWN_NAMES } from '../../i18n/known-names.ts';
import { NAME_ENDINGS, PLACE_TERMS } from '../../i18n/place-terms.ts';
import { mainPartOf } from '../../text/english-names.ts';
import type { TokensOf } from '../readings.ts';
import { MUNICIPALITY_NAMES } from '../tokyo-municipalities.ts';
import { alignReading } from './align-reading.ts';
import { tidyDataEnglish, tidyMunicipalityEnglish } from './english-from-data.ts';
import { segmentFullName, type MunicipalityName, type NameVocabulary } from './segment-name.ts';
import { writeNames } from './write-names.ts';

/**
 * Writes every place's name for each language (PlaceName.display) at snapshot build time, so the server reads
 * them instead of loading a dictionary or romanising 13,000 names at start. English: the data's own English
 * name where it has one (tidied), else the glossary's words and the proper noun in Hepburn; Korean and Chinese
 * alike in their scripts; やさしい日本語: the name in parts with readings only where they are sure (the
 * publisher's 名称_カナ, the glossary, or a written form the dictionary reads one way only).
 *
 * `publisherKana`: the readings the data gives (名称_カナ), which are preferred to the dictionary's.
 */
export function addDisplayNames(places: readonly Place[], tokensOf: TokensOf, publisherKana: ReadonlyMap<Place, string>): void {
  const vocabulary = vocabularyOf(places);
  const english = dataEnglishByName(places);
  const cache = new Map<string, DisplayNames>();
  for (const place of places) {
    const kana = publisherKana.get(place);
    const key = `${place.name.ja}\u0000${kana ?? ''}`;
    let display = cache.get(key);
    if (!display) {
      display = displayNamesOf(place.name.ja, kana, tokensOf, vocabulary);
      cache.set(key, display);
    }
    const lent = place.ward ? english.get(`${place.ward}\u0000${mainPartOf(place.name.ja)}`) : undefined;
    const en = place.name.en ? englishFromData(place) : lent ? tidyDataEnglish(lent) : display.en;
    // a place's own official name in a language wins over its written-out one (St. Luke's International Hospital)
    const known = KNOWN_NAMES.get(place.name.ja);
    const official = Object.fromEntries(OFFICIAL_LANGS.map((lang) => [lang, known?.[lang]]).filter(([, name]) => name !== undefined));
    place.name.display = withoutEmpty({ ...display, en, ...official });
  }
}

const OFFICIAL_LANGS = ['en', 'ko', 'zh-Hans', 'zh-Hant'] as const;

/** The display names of one Japanese name. */
export function displayNamesOf(ja: string, publisherKana: string | undefined, tokensOf: TokensOf, vocabulary: NameVocabulary): DisplayNames {
  const segments = segmentFullName(ja, tokensOf, vocabulary);
  if (publisherKana) alignReading(segments, publisherKana);
  return writeNames(segments);
}

/** The glossary and the municipalities (with the English names and readings of their offices in the data). */
export function vocabularyOf(places: readonly Place[]): NameVocabulary {
  const municipalities = new Map<string, MunicipalityName>(MUNICIPALITY_NAMES.map((name) => [name, {}]));
  for (const place of places) {
    if (place.category !== 'municipal_office' || !place.ward || !municipalities.has(place.ward)) continue;
    municipalities.set(place.ward, { en: place.name.en?.replace(/ Office$/, ''), kana: place.name.kana });
  }
  const terms = new Map(PLACE_TERMS.map((term) => [term.ja, term]));
  const longest = Math.max(...[...terms.keys(), ...municipalities.keys()].map((text) => text.length));
  const endings = new Map(NAME_ENDINGS.map((term) => [term.ja, term]));
  return { terms, endings, municipalities, longest };
}

/**
 * The data's English names by municipality and name, lent to the same facility in other datasets (品川区's
 * 延山小学校 is `Enzan E. Sch.`; 東京都防災マップ lists the same school without an English name). A name given two
 * English names in one municipality is lent neither.
 */
function dataEnglishByName(places: readonly Place[]): Map<string, string> {
  const byName = new Map<string, string | null>();
  for (const place of places) {
    if (!place.name.en || !place.ward || place.category === 'municipal_office') continue;
    const key = `${place.ward}\u0000${mainPartOf(place.name.ja)}`;
    const known = byName.get(key);
    byName.set(key, known === undefined || known === place.name.en ? place.name.en : null);
  }
  return new Map([...byName].filter((entry): entry is [string, string] => entry[1] !== null));
}

function englishFromData(place: Place): string {
  const en = place.name.en as string;
  return place.category === 'municipal_office' ? en : tidyDataEnglish(en);
}

/** The English names 東京備蓄ナビ gives municipal offices, in one form (`City Suginami Office` → Suginami City Office). */
export function tidyOfficeEnglish(en: string): string {
  return `${tidyMunicipalityEnglish(en.replace(/ Office$/, ''))} Office`;
}

function withoutEmpty(display: DisplayNames): DisplayNames | undefined {
  const entries = Object.entries(display).filter(([, value]) => value !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as DisplayNames) : undefined;
}
