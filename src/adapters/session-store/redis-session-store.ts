import type { Redis } from 'ioredis';
import { SESSION } from '../../config/tunables.ts';
import type { Session } from '../../core/session.ts';
import type { SessionStore } from './session-store.ts';

export interface RedisSessionStoreOptions {
  ttlSeconds?: number;
  /** Key prefix, so that several deployments or test runs can share one Redis. */
  prefix?: string;
  now?: () => number;
}

/**
 * Sessions in Redis, shared by every instance: one string key per session with the idle TTL as its expiry,
 * and a sorted set of last-activity times so that counting active sessions needs no key scan.
 */
export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis';
  private readonly redis: Redis;
  private readonly ttlSeconds: number;
  private readonly prefix: string;
  private readonly now: () => number;

  constructor(redis: Redis, options: RedisSessionStoreOptions = {}) {
    this.redis = redis;
    this.ttlSeconds = options.ttlSeconds ?? SESSION.idleTtlSeconds;
    this.prefix = options.prefix ?? 'tac:';
    this.now = options.now ?? Date.now;
  }

  async get(id: string): Promise<Session | undefined> {
    this.assertConnected();
    const json = await this.redis.get(this.key(id));
    if (json === null) return undefined;
    const session = JSON.parse(json) as Session;
    // Redis expires keys on its own clock; the injected clock decides too, so both agree in tests
    return this.now() - session.updatedAt > this.ttlSeconds * 1000 ? undefined : session;
  }

  async save(session: Session): Promise<void> {
    this.assertConnected();
    await this.redis
      .multi()
      .set(this.key(session.id), JSON.stringify(session), 'EX', this.ttlSeconds)
      .zadd(this.activeKey(), session.updatedAt, session.id)
      .exec();
  }

  async delete(id: string): Promise<void> {
    await this.redis.multi().del(this.key(id)).zrem(this.activeKey(), id).exec();
  }

  async countActive(): Promise<number> {
    const since = this.now() - this.ttlSeconds * 1000;
    const results = await this.redis
      .multi()
      .zremrangebyscore(this.activeKey(), '-inf', `(${since}`)
      .zcard(this.activeKey())
      .exec();
    const card = results?.[1];
    if (!card || card[0]) throw card?.[0] ?? new Error('redis: no reply to ZCARD');
    return Number(card[1]);
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }

  /**
   * Fails at once while the client is between connections: ioredis would queue the command until it reconnects,
   * and a turn must not wait on an outage (docs/adr/0008-redis-down.md). The first connection is waited for.
   */
  private assertConnected(): void {
    const { status } = this.redis;
    if (status === 'reconnecting' || status === 'close' || status === 'end') throw new Error(`redis is not connected (${status})`);
  }

  private key(id: string): string {
    return `${this.prefix}session:${id}`;
  }

  private activeKey(): string {
    return `${this.prefix}sessions:active`;
  }
}
