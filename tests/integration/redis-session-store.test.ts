import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, inject } from 'vitest';
import { RedisSessionStore } from '../../src/adapters/session-store/redis-session-store.ts';
import { sessionStoreContract, withClock } from '../../src/adapters/session-store/session-store.contract.ts';

// The same contract as the in-memory store, against a real redis-server (started by the global setup).
const redis = new Redis(inject('redisUrl'));
afterAll(async () => {
  await redis.quit();
});

sessionStoreContract('RedisSessionStore (real redis-server)', async () => {
  let now = Date.now();
  const store = new RedisSessionStore(redis, { ttlSeconds: 1800, prefix: `contract:${randomUUID()}:`, now: () => now });
  return withClock({ store, advance: (ms) => (now += ms) }, () => now);
});
