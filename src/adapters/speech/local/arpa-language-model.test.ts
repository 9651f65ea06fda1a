import { describe, expect, it } from 'vitest';
import { buildArpaModel } from './arpa-language-model.ts';

function parse(arpa: string): Map<string, { logProb: number; backoff?: number }> {
  const entries = new Map<string, { logProb: number; backoff?: number }>();
  for (const line of arpa.split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 2) continue;
    entries.set(fields[1] as string, { logProb: Number(fields[0]), backoff: fields[2] === undefined ? undefined : Number(fields[2]) });
  }
  return entries;
}

/** P(word | context) as a decoder computes it from the file: the n-gram if listed, else backoff × lower order. */
function probability(model: Map<string, { logProb: number; backoff?: number }>, words: string[]): number {
  const entry = model.get(words.join(' '));
  if (entry) return 10 ** entry.logProb;
  const context = model.get(words.slice(0, -1).join(' '));
  return 10 ** (context?.backoff ?? 0) * probability(model, words.slice(1));
}

describe('buildArpaModel', () => {
  const sentences = ['where is the nearest shelter', 'where is the nearest toilet', 'toilet near tokyo station', 'hello'].map((s) => s.split(' '));
  const arpa = buildArpaModel(sentences, 3);
  const model = parse(arpa);

  it('writes the ARPA header with the count of each order', () => {
    expect(arpa.startsWith('\\data\\\nngram 1=')).toBe(true);
    const declared = [...arpa.matchAll(/^ngram (\d)=(\d+)$/gm)].map((m) => Number(m[2]));
    const listed = [1, 2, 3].map((n) => arpa.split(`\\${n}-grams:`)[1]?.split('\n\n')[0]?.trim().split('\n').length ?? 0);
    expect(listed).toEqual(declared);
    expect(arpa.trimEnd().endsWith('\\end\\')).toBe(true);
  });

  it('gives a proper distribution after every context (the probabilities a decoder reads sum to one)', () => {
    const vocabulary = [...model.keys()].filter((key) => !key.includes(' ') && key !== '<s>');
    for (const context of [['<s>'], ['where', 'is'], ['the', 'nearest'], ['tokyo'], ['<s>', 'toilet'], ['hello']]) {
      const sum = vocabulary.reduce((total, word) => total + probability(model, [...context, word]), 0);
      expect(sum, context.join(' ')).toBeCloseTo(1, 3);
    }
  });

  it('prefers what the sentences say', () => {
    expect(probability(model, ['the', 'nearest', 'shelter'])).toBeGreaterThan(probability(model, ['the', 'nearest', 'tokyo']));
    expect(probability(model, ['<s>', 'where'])).toBeGreaterThan(probability(model, ['<s>', 'station']));
  });
});
