import { describe, expect, it } from 'vitest';
import { LANGUAGE_REQUEST_WORDS } from './question-words/intent-words.ts';
import { askedLanguageOf } from './read-words.ts';

describe('askedLanguageOf', () => {
  it('reads every language request of the table (its quick pre-check lets each through)', () => {
    for (const [lang, words] of LANGUAGE_REQUEST_WORDS) for (const word of words) expect(askedLanguageOf(`${word} おしえて`), word).toBe(lang);
  });

  it('reads no language in a question that names none', () => {
    expect(askedLanguageOf('新宿駅の近くの避難所は？')).toBeUndefined();
    expect(askedLanguageOf('Where is the nearest AED?')).toBeUndefined();
  });
});
