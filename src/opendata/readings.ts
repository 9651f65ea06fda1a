import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

export type ReadingOf = (text: string) => string;

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
  return (text) =>
    tokenizer
      .tokenize(text)
      .map((token) => token.reading ?? token.surface_form)
      .join('');
}
