import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/languages.ts';
import { CachedSynthesizer } from './cached-synthesizer.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from './speech-synthesizer.ts';

/** Counts calls and answers with silence of a size set by the text; `delayMs` keeps a call in flight. */
class CountingSynthesizer implements SpeechSynthesizer {
  readonly name = 'counting';
  calls: string[] = [];
  aborted = 0;
  voice = 'v1';

  private readonly delayMs: number;

  constructor(delayMs = 0) {
    this.delayMs = delayMs;
  }

  voiceOf(_lang: Lang): string {
    return this.voice;
  }

  synthesize({ text }: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    this.calls.push(text);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve({ sampleRate: 16_000, samples: new Int16Array(text.length * 1000) }), this.delayMs);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        this.aborted += 1;
        reject(signal.reason);
      });
    });
  }
}

describe('CachedSynthesizer', () => {
  it('synthesises a phrase once per engine, voice, language and text', async () => {
    const inner = new CountingSynthesizer();
    const cache = new CachedSynthesizer(inner, 1024 * 1024);
    await cache.synthesize({ text: 'hello', lang: 'en' });
    await cache.synthesize({ text: 'hello', lang: 'en' });
    await cache.synthesize({ text: 'hello', lang: 'ko' });
    inner.voice = 'v2';
    await cache.synthesize({ text: 'hello', lang: 'en' });
    expect(inner.calls).toEqual(['hello', 'hello', 'hello']);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 3, entries: 3 });
  });

  it('stays within its size in bytes, dropping the least recently used', async () => {
    const inner = new CountingSynthesizer();
    const cache = new CachedSynthesizer(inner, 50_000); // 2 bytes a sample: a 10-character text is 20,000 bytes
    for (const text of ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc']) await cache.synthesize({ text, lang: 'en' });
    expect(cache.stats().bytes).toBeLessThanOrEqual(50_000);
    await cache.synthesize({ text: 'aaaaaaaaaa', lang: 'en' });
    expect(inner.calls.filter((t) => t === 'aaaaaaaaaa')).toHaveLength(2);
  });

  it('shares one synthesis between concurrent callers, and stops it only when all of them have gone', async () => {
    const inner = new CountingSynthesizer(200);
    const cache = new CachedSynthesizer(inner);
    const first = new AbortController();
    const second = new AbortController();
    const a = cache.synthesize({ text: 'shared', lang: 'en' }, first.signal);
    const b = cache.synthesize({ text: 'shared', lang: 'en' }, second.signal);
    first.abort(new DOMException('gone', 'AbortError'));
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect(inner.aborted).toBe(0); // the second caller still waits for it
    second.abort(new DOMException('gone', 'AbortError'));
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(inner.aborted).toBe(1);
    expect(inner.calls).toEqual(['shared']);
    await cache.synthesize({ text: 'shared', lang: 'en' }); // a later caller starts afresh
    expect(inner.calls).toEqual(['shared', 'shared']);
  });
});
