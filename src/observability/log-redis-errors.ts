import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** While Redis is unreachable ioredis reports every reconnect attempt; one line per this interval is enough. */
const REPEAT_MS = 30_000;

/**
 * Logs a Redis client's connection errors as structured lines (without a listener ioredis prints them to stderr
 * as text), at most one per 30 s with the count of those left out, and the moment it is connected again.
 * Returns the function that stops listening.
 */
export function logRedisErrors(redis: Redis, log: Logger, now: () => number = Date.now): () => void {
  let lastLogged = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  let failing = false;
  const onError = (error: Error) => {
    failing = true;
    if (now() - lastLogged < REPEAT_MS) {
      suppressed += 1;
      return;
    }
    log.error({ err: error, redis: { suppressedSinceLast: suppressed } }, 'redis connection error');
    lastLogged = now();
    suppressed = 0;
  };
  const onReady = () => {
    if (!failing) return;
    failing = false;
    lastLogged = Number.NEGATIVE_INFINITY;
    log.info({ redis: { suppressedSinceLast: suppressed } }, 'redis connection restored');
    suppressed = 0;
  };
  redis.on('error', onError);
  redis.on('ready', onReady);
  return () => {
    redis.off('error', onError);
    redis.off('ready', onReady);
  };
}
