import { LRUCache } from 'lru-cache';
import { LIMITS, SESSION } from '../../config/tunables.ts';
import type { Session } from './session.ts';
import type { SessionStore } from './session-store.ts';

export interface MemorySessionStoreOptions {
  ttlSeconds?: number;
  maxSessions?: number;
  /** Injected clock (epoch ms), so TTL tests need no sleeping. */
  now?: () => number;
}

/** The embedded default: sessions in this process, least recently used dropped past `maxSessions`. */
export class MemorySessionStore implements SessionStore {
  readonly kind = 'memory';
  private readonly cache: LRUCache<string, string>;

  constructor(options: MemorySessionStoreOptions = {}) {
    const now = options.now ?? Date.now;
    this.cache = new LRUCache<string, string>({
      max: options.maxSessions ?? LIMITS.maxMemorySessions,
      ttl: (options.ttlSeconds ?? SESSION.idleTtlSeconds) * 1000,
      ttlResolution: 0,
      perf: { now },
    });
  }

  async get(id: string): Promise<Session | undefined> {
    const json = this.cache.get(id);
    // stored as JSON so that callers never share a mutable object, exactly as with Redis
    return json === undefined ? undefined : (JSON.parse(json) as Session);
  }

  async save(session: Session): Promise<void> {
    this.cache.set(session.id, JSON.stringify(session));
  }

  async delete(id: string): Promise<void> {
    this.cache.delete(id);
  }

  async countActive(): Promise<number> {
    this.cache.purgeStale();
    return this.cache.size;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.cache.clear();
  }
}
