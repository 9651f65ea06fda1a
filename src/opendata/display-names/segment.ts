import type { PlaceTerm } from '../../i18n/place-terms.ts';

/** A municipality as names mention it (江東区立…, 葛飾区山本亭): its English name and reading from the data. */
export interface MunicipalityName {
  en?: string;
  /** Reading in hiragana or katakana (こうとうく). */
  kana?: string;
}

/**
 * A part of a name: a glossary term (translated), a municipality (named as the data names it), a number
 * pattern (第八 → No. 8, 二丁目 → 2-chome), Latin text kept as written, a separator, or a proper noun (transcribed).
 */
export type Segment =
  | { kind: 'term'; text: string; term: PlaceTerm; reading?: string }
  | { kind: 'municipality'; text: string; name: MunicipalityName; owner: boolean }
  | { kind: 'ordinal' | 'chome' | 'number'; text: string; value: number; reading?: string }
  | { kind: 'latin' | 'separator'; text: string }
  | { kind: 'proper'; text: string; words: ProperWord[]; owner?: boolean; municipality?: MunicipalityName };

/** A word of a proper noun: written form, reading in katakana (absent when unknown) and whether it is sure. */
export interface ProperWord {
  text: string;
  reading?: string;
  sure: boolean;
}

export interface NameVocabulary {
  terms: ReadonlyMap<string, PlaceTerm>;
  /** Short forms that are terms only at the end of a name (東葛西中). */
  endings: ReadonlyMap<string, PlaceTerm>;
  municipalities: ReadonlyMap<string, MunicipalityName>;
  /** The longest term or municipality, in characters: how far a match is tried. */
  longest: number;
}
