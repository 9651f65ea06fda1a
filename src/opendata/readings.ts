import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

/**
 * Katakana reading of a text. With `separator` (' '), the reading is spaced between words of two characters or
 * more, so it romanises word by word (上野恩賜公園 → ウエノ オンシ コウエン) while a one-character piece stays
 * with its neighbour (麹|町 → コウジマチ, 第|一 → ダイイチ).
 */
export type ReadingOf = (text: string, separator?: string) => string;

/** A word of a name as the dictionary analyses it. */
export interface NameToken {
  surface: string;
  /** Reading in katakana; absent for a word the dictionary does not know (宝莱山's 莱). */
  reading?: string;
  /** A proper noun (固有名詞): a person, place or organisation. */
  proper: boolean;
  /** A number (二, 3). */
  numeral: boolean;
  /**
   * The reading is the only one the dictionary has for this written form. Names read several ways (大和田:
   * オオワダ or オワダ; 浜川: ハマカワ or ハマゴウ) are not, whatever the analyser chose.
   */
  sure: boolean;
}

/** The words of a name with their readings: kuromoji at build time. */
export type TokensOf = (text: string) => NameToken[];

export interface JapaneseAnalyser {
  readingOf: ReadingOf;
  tokensOf: TokensOf;
}

/**
 * Katakana readings of Japanese names, from kuromoji's IPA dictionary (bundled in the npm package, nothing is
 * downloaded). Used at snapshot build time only, so the server never loads the 40 MB dictionary.
 */
export async function createReader(): Promise<ReadingOf> {
  return (await createAnalyser()).readingOf;
}

/** kuromoji's tokenizer plus the dictionary look-up it does not expose: every entry of a written form. */
interface Internals {
  viterbi_builder: { trie: { commonPrefixSearch(key: string): Array<{ k: string; v: number }> } };
  token_info_dictionary: { target_map: Record<number, number[]>; getFeatures(id: string): string };
}

/** The analyser of names: readings, and the words with what the dictionary knows of them. */
export async function createAnalyser(): Promise<JapaneseAnalyser> {
  const require = createRequire(import.meta.url);
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
  });
  const internals = tokenizer as unknown as Internals;
  const readingsCache = new Map<string, Set<string>>();
  /** The readings the dictionary lists for a written form (kuromoji 0.1.2's trie and token dictionary). */
  const readingsOf = (surface: string): Set<string> => {
    let readings = readingsCache.get(surface);
    if (readings) return readings;
    readings = new Set();
    for (const { k, v } of internals.viterbi_builder.trie.commonPrefixSearch(surface)) {
      if (k !== surface) continue;
      for (const id of internals.token_info_dictionary.target_map[v] ?? []) {
        const reading = internals.token_info_dictionary.getFeatures(String(id)).split(',')[8];
        if (reading && reading !== '*') readings.add(reading);
      }
    }
    readingsCache.set(surface, readings);
    return readings;
  };
  const readingOf: ReadingOf = (text, separator = '') => {
    let reading = '';
    let previous = '';
    for (const token of tokenizer.tokenize(text)) {
      const apart = reading !== '' && previous.length > 1 && token.surface_form.length > 1;
      reading += `${apart ? separator : ''}${token.reading ?? token.surface_form}`;
      previous = token.surface_form;
    }
    return reading;
  };
  const tokensOf: TokensOf = (text) =>
    tokenizer.tokenize(text).map((token) => {
      const known = token.word_type === 'KNOWN' && token.reading !== undefined && token.reading !== '*';
      return {
        surface: token.surface_form,
        reading: known ? token.reading : undefined,
        proper: token.pos_detail_1 === '固有名詞',
        numeral: token.pos_detail_1 === '数',
        sure: known && readingsOf(token.surface_form).size === 1,
      };
    });
  return { readingOf, tokensOf };
}
