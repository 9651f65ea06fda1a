import { LRUCache } from 'lru-cache';
import { VOICE } from '../../config/tunables.ts';
import type { Lang } from '../../core/languages.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from './speech-synthesizer.ts';

export interface CacheStats {
  hits: number;
  misses: number;
  bytes: number;
  entries: number;
}

/**
 * Keeps synthesised phrases (an LRU bounded in bytes of audio, keyed by engine, voice, language and text): answers
 * repeat their openings, emergency numbers and station names, and the first sentence is what the listener waits
 * for. Concurrent requests for the same phrase share one synthesis.
 */
export class CachedSynthesizer implements SpeechSynthesizer {
  readonly name: string;
  private readonly inner: SpeechSynthesizer;
  private readonly cache: LRUCache<string, SynthesisResult>;
  private readonly pending = new Map<string, Pending>();
  private hits = 0;
  private misses = 0;

  constructor(inner: SpeechSynthesizer, maxBytes: number = VOICE.synthesisCacheBytes) {
    this.inner = inner;
    this.name = inner.name;
    this.cache = new LRUCache<string, SynthesisResult>({
      maxSize: maxBytes,
      maxEntrySize: Math.min(maxBytes, VOICE.maxCachedPhraseBytes),
      sizeCalculation: (result) => Math.max(1, result.samples.byteLength),
    });
  }

  voiceOf(lang: Lang): string {
    return this.inner.voiceOf(lang);
  }

  warmUp(): void {
    this.inner.warmUp?.();
  }

  async close(): Promise<void> {
    await this.inner.close?.();
  }

  async synthesize(request: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    signal?.throwIfAborted();
    const key = `${this.inner.name}\u0000${this.inner.voiceOf(request.lang)}\u0000${request.lang}\u0000${request.text}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.hits += 1;
      return cached;
    }
    this.misses += 1;
    let shared = this.pending.get(key);
    if (!shared) {
      const controller = new AbortController();
      const work = this.inner.synthesize(request, controller.signal).then((result) => {
        this.cache.set(key, result);
        return result;
      });
      const entry: Pending = { key, work, controller, waiters: 0 };
      const forget = () => this.forget(entry);
      void work.then(forget, forget); // a failure reaches the callers through `wait`
      this.pending.set(key, entry);
      shared = entry;
    }
    return this.wait(shared, signal);
  }

  /** Waits for a shared synthesis; when every caller waiting for it has gone, the engine is stopped. */
  private wait(shared: Pending, signal?: AbortSignal): Promise<SynthesisResult> {
    shared.waiters += 1;
    if (!signal) return shared.work;
    return new Promise<SynthesisResult>((resolve, reject) => {
      const onAbort = () => {
        shared.waiters -= 1;
        if (shared.waiters === 0) {
          this.forget(shared);
          shared.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private forget(entry: Pending): void {
    if (this.pending.get(entry.key) === entry) this.pending.delete(entry.key);
  }

  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses, bytes: this.cache.calculatedSize, entries: this.cache.size };
  }
}

interface Pending {
  key: string;
  work: Promise<SynthesisResult>;
  controller: AbortController;
  /** Callers waiting for it. */
  waiters: number;
}
