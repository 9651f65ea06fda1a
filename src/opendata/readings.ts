import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

/**
 * Katakana reading of a text. With `separator` (' '), the reading is spaced between words of two characters or
 * more, so it romanises word by word (上野恩賜公園 → ウエノ オンシ コウエン) while a one-character piece stays
 * with its neighbour (麹|町 → コウジマチ, 第|一 → ダイイチ).
 */
export type ReadingOf = (text: string, separator?: string) => string;

/**
 * Katakana readings of Japanese names, from kuromoji's IPA dictionary (bundled in the npm package, nothing is
 * downloaded). Used at snapshot build time only, so the server never loads the 40 MB dictionary.
 */
export async function createReader(): Promise<ReadingOf> {
  const require = createRequire(import.meta.url);
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
  });
  return (text, separator = '') => {
    let reading = '';
    let previous = '';
    for (const token of tokenizer.tokenize(text)) {
      const apart = reading !== '' && previous.length > 1 && token.surface_form.length > 1;
      reading += `${apart ? separator : ''}${token.reading ?? token.surface_form}`;
      previous = token.surface_form;
    }
    return reading;
  };
}
