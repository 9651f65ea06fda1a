import { LRUCache } from 'lru-cache';
import type { TranslationCache } from './translation-cache.ts';

/** The cache without REDIS_URL: this process's own, least recently used dropped first. */
export class MemoryTranslationCache implements TranslationCache {
  readonly kind = 'memory';
  private readonly cache: LRUCache<string, string>;

  constructor(maxEntries: number, now: () => number = Date.now) {
    this.cache = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false, perf: { now } });
  }

  async get(keys: readonly string[]): Promise<Array<string | undefined>> {
    return keys.map((key) => this.cache.get(key));
  }

  async set(entries: ReadonlyArray<readonly [string, string]>, ttlSeconds: number): Promise<void> {
    for (const [key, value] of entries) this.cache.set(key, value, { ttl: ttlSeconds * 1000 });
  }
}
