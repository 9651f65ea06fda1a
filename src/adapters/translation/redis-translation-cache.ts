import type { Redis } from 'ioredis';
import type { TranslationCache } from './translation-cache.ts';

/** The cache in Redis (REDIS_URL): one string key per translation, expiring on its own; one MGET per lookup. */
export class RedisTranslationCache implements TranslationCache {
  readonly kind = 'redis';
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(redis: Redis, prefix = 'tac:tr:') {
    this.redis = redis;
    this.prefix = prefix;
  }

  async get(keys: readonly string[]): Promise<Array<string | undefined>> {
    if (keys.length === 0) return [];
    const values = await this.redis.mget(keys.map((key) => this.prefix + key));
    return values.map((value) => value ?? undefined);
  }

  async set(entries: ReadonlyArray<readonly [string, string]>, ttlSeconds: number): Promise<void> {
    if (entries.length === 0) return;
    const multi = this.redis.multi();
    for (const [key, value] of entries) multi.set(this.prefix + key, value, 'EX', ttlSeconds);
    await multi.exec();
  }
}
