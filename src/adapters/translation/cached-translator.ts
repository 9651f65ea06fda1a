import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { TRANSLATION } from '../../config/tunables.ts';
import type { TranslationCache } from './translation-cache.ts';
import type { TranslationRequest, TranslationResult, Translator } from './translator.ts';

/**
 * Any translator behind a cache: the texts already translated (same translator and glossary, languages, format
 * and text) come from it; the others go to the translator in one call and are kept. A cache that fails is
 * logged and passed over: the translation still happens, it is only not kept.
 */
export class CachedTranslator implements Translator {
  readonly name: string;
  private readonly inner: Translator;
  private readonly cache: TranslationCache;
  private readonly log: Logger;

  constructor(inner: Translator, cache: TranslationCache, log: Logger) {
    this.inner = inner;
    this.cache = cache;
    this.log = log;
    this.name = inner.name;
  }

  async translate(request: TranslationRequest, signal?: AbortSignal): Promise<TranslationResult> {
    const keys = request.texts.map((text) => this.keyOf(request, text));
    const found = await this.cache.get(keys).catch((error: unknown) => {
      this.log.warn({ err: error, cache: this.cache.kind }, 'translation cache lookup failed: translating without it');
      return keys.map(() => undefined);
    });
    const missing = request.texts.flatMap((text, i) => (found[i] === undefined ? [{ text, i }] : []));
    if (missing.length === 0) return { texts: found as string[], cached: true };
    const { texts } = await this.inner.translate({ ...request, texts: missing.map(({ text }) => text), keep: undefined }, signal);
    const result = [...found];
    missing.forEach(({ i }, j) => (result[i] = texts[j] as string));
    // a translation the caller refuses (a protected span lost) is not kept: the next turn asks the service again
    const kept = missing.flatMap(({ i }, j) => (request.keep && !request.keep(texts[j] as string, i) ? [] : [[keys[i] as string, texts[j] as string] as const]));
    await this.cache.set(kept, TRANSLATION.cacheTtlSeconds).catch((error: unknown) => {
      this.log.warn({ err: error, cache: this.cache.kind }, 'translation cache write failed: the translation is not kept');
    });
    return { texts: result as string[], cached: false };
  }

  /** The cache key: the translator (and glossary), format, languages and the text's hash, never the text itself. */
  private keyOf(request: TranslationRequest, text: string): string {
    const hash = createHash('sha256').update(text).digest('base64url');
    return `v1:${this.name}:${request.mimeType === 'text/html' ? 'h' : 't'}:${request.source ?? 'auto'}>${request.target}:${hash}`;
  }
}
