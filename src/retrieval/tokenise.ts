const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Index terms for mixed Japanese / Latin text: overlapping character bigrams for CJK runs (no word spaces),
 * lower-cased words for the rest. A one-character CJK run stays a unigram.
 */
export function tokenise(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  const terms: string[] = [];
  for (const [run] of normalised.matchAll(CJK_RUN)) {
    if (run.length === 1) terms.push(run);
    for (let i = 0; i + 1 < run.length; i += 1) terms.push(run.slice(i, i + 2));
  }
  for (const [word] of normalised.replace(CJK_RUN, ' ').matchAll(LATIN_WORD)) terms.push(word);
  return terms;
}
