import { Redis } from 'ioredis';
import { MemorySessionStore } from './memory-session-store.ts';
import { RedisSessionStore } from './redis-session-store.ts';
import type { SessionStore } from './session-store.ts';

/** Redis when `REDIS_URL` is set, else memory (the embedded default). */
export function createSessionStore(redisUrl: string | undefined, redis?: Redis): SessionStore {
  if (!redisUrl) return new MemorySessionStore();
  return new RedisSessionStore(redis ?? createRedisClient(redisUrl));
}

/** One client per process, failing fast rather than queueing commands while Redis is away. */
export function createRedisClient(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    lazyConnect: false,
  });
}
