/**
 * A backoff n-gram language model in the ARPA text format that pocketsphinx (and every Sphinx/HTK/Kaldi tool)
 * reads, estimated from example sentences with Witten-Bell smoothing: an n-gram's probability is interpolated
 * with its lower order, the weight given to the lower order growing with the number of different words seen
 * after the context. Works with any counts, which matters here because the sentences are generated.
 */
export function buildArpaModel(sentences: readonly (readonly string[])[], order = 3): string {
  const model = new NgramCounts(sentences, order);
  const lines = ['\\data\\'];
  for (let n = 1; n <= order; n += 1) lines.push(`ngram ${n}=${model.grams[n]?.size ?? 0}`);
  for (let n = 1; n <= order; n += 1) {
    lines.push('', `\\${n}-grams:`);
    for (const key of [...(model.grams[n]?.keys() ?? [])].sort()) {
      const words = key.split(' ');
      const logProb = key === BOS ? -99 : Math.log10(model.prob(words));
      const backoff = n < order ? `\t${Math.log10(model.backoff(words)).toFixed(4)}` : '';
      lines.push(`${logProb.toFixed(4)}\t${key}${backoff}`);
    }
  }
  lines.push('', '\\end\\', '');
  return lines.join('\n');
}

const BOS = '<s>';
const EOS = '</s>';

class NgramCounts {
  /** grams[n]: n-gram (words joined by a space) → count. */
  readonly grams: Array<Map<string, number>> = [];
  /** Per context (n-1 words): total count of the n-grams it starts, and how many different words follow it. */
  private readonly contexts = new Map<string, { total: number; types: string[] }>();
  private readonly unigramTotal: number;
  private readonly vocabularySize: number;
  private readonly memo = new Map<string, number>();

  constructor(sentences: readonly (readonly string[])[], order: number) {
    for (let n = 1; n <= order; n += 1) this.grams[n] = new Map();
    for (const sentence of sentences) {
      const words = [BOS, ...sentence, EOS];
      for (let n = 1; n <= order; n += 1) {
        for (let i = 0; i + n <= words.length; i += 1) {
          const key = words.slice(i, i + n).join(' ');
          const grams = this.grams[n] as Map<string, number>;
          const seen = grams.get(key) ?? 0;
          grams.set(key, seen + 1);
          if (n > 1 && seen === 0) this.contextOf(words.slice(i, i + n - 1).join(' ')).types.push(words[i + n - 1] as string);
          if (n > 1) this.contextOf(words.slice(i, i + n - 1).join(' ')).total += 1;
        }
      }
    }
    const unigrams = this.grams[1] as Map<string, number>;
    this.vocabularySize = unigrams.size - 1;
    this.unigramTotal = [...unigrams].reduce((sum, [word, count]) => (word === BOS ? sum : sum + count), 0);
  }

  /** P(last word | the words before it), backing off to shorter contexts as needed. */
  prob(words: readonly string[]): number {
    const key = words.join(' ');
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let value: number;
    if (words.length === 1) {
      // add-one on unigrams: every word of the vocabulary keeps some probability
      value = ((this.grams[1]?.get(key) ?? 0) + 1) / (this.unigramTotal + this.vocabularySize);
    } else {
      const context = this.contexts.get(words.slice(0, -1).join(' '));
      const lower = this.prob(words.slice(1));
      const count = this.grams[words.length]?.get(key) ?? 0;
      if (!context) value = lower;
      else if (count > 0) value = (count + context.types.length * lower) / (context.total + context.types.length);
      else value = this.backoff(words.slice(0, -1)) * lower;
    }
    this.memo.set(key, value);
    return value;
  }

  /**
   * The backoff weight of a context. With interpolated Witten-Bell it is exactly the mass given to the lower
   * order, T(h) / (c(h) + T(h)): the seen words' probabilities already include their share of the lower order,
   * and the lower order sums to one.
   */
  backoff(context: readonly string[]): number {
    const entry = this.contexts.get(context.join(' '));
    return entry ? entry.types.length / (entry.total + entry.types.length) : 1;
  }

  private contextOf(key: string): { total: number; types: string[] } {
    let entry = this.contexts.get(key);
    if (!entry) {
      entry = { total: 0, types: [] };
      this.contexts.set(key, entry);
    }
    return entry;
  }
}
