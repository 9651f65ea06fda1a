import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { CachedTranslator } from './cached-translator.ts';
import { MemoryTranslationCache } from './memory-translation-cache.ts';
import type { TranslationCache } from './translation-cache.ts';
import type { TranslationRequest, Translator } from './translator.ts';

/** A translator that upper-cases and counts what it is sent. */
class Upper implements Translator {
  readonly name = 'upper';
  readonly sent: string[][] = [];
  async translate(request: TranslationRequest) {
    this.sent.push([...request.texts]);
    return { texts: request.texts.map((text) => text.toUpperCase()), cached: false };
  }
}

const quiet = pino({ level: 'silent' });

describe('CachedTranslator', () => {
  it('sends only what the cache does not have, in one call, and keeps it', async () => {
    const inner = new Upper();
    const translator = new CachedTranslator(inner, new MemoryTranslationCache(100), quiet);
    const request = { source: 'en', target: 'vi', mimeType: 'text/plain' as const };
    expect(await translator.translate({ ...request, texts: ['a', 'b'] })).toEqual({ texts: ['A', 'B'], cached: false });
    expect(await translator.translate({ ...request, texts: ['b', 'c', 'a'] })).toEqual({ texts: ['B', 'C', 'A'], cached: false });
    expect(await translator.translate({ ...request, texts: ['c'] })).toEqual({ texts: ['C'], cached: true });
    expect(await translator.translate({ ...request, target: 'th', texts: ['c'] })).toEqual({ texts: ['C'], cached: false });
    expect(inner.sent).toEqual([['a', 'b'], ['c'], ['c']]);
  });

  it('keeps only the translations the caller accepts', async () => {
    const inner = new Upper();
    const translator = new CachedTranslator(inner, new MemoryTranslationCache(100), quiet);
    const request = { target: 'vi', mimeType: 'text/html' as const, keep: (translation: string) => translation !== 'BAD' };
    await translator.translate({ ...request, texts: ['bad', 'good'] });
    await translator.translate({ ...request, texts: ['bad', 'good'] });
    expect(inner.sent).toEqual([['bad', 'good'], ['bad']]);
  });

  it('translates without the cache when the cache fails, and says so in the log', async () => {
    const broken: TranslationCache = {
      kind: 'redis',
      get: async () => Promise.reject(new Error('connection refused')),
      set: async () => Promise.reject(new Error('connection refused')),
    };
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    const translator = new CachedTranslator(new Upper(), broken, log);
    expect(await translator.translate({ target: 'vi', mimeType: 'text/plain', texts: ['x'] })).toEqual({ texts: ['X'], cached: false });
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
      'translation cache lookup failed: translating without it',
      'translation cache write failed: the translation is not kept',
    ]);
  });
});
