import { LRUCache } from 'lru-cache';
import { LIMITS, SESSION } from '../../config/tunables.ts';
import type { Session } from '../../core/session.ts';
import type { SessionStore } from './session-store.ts';

export interface MemorySessionStoreOptions {
  ttlSeconds?: number;
  maxSessions?: number;
  /** Injected clock (epoch ms), so TTL tests need no sleeping. */
  now?: () => number;
}

/**
 * How stale the active count may be: dropping expired sessions walks all of them (2-4 ms with 10,000), which a
 * scrape every few seconds should not pay each time. Against a 30-minute TTL, 10 s is a 0.6 % window.
 */
const PURGE_EVERY_MS = 10_000;

/** The embedded default: sessions in this process, least recently used dropped past `maxSessions`. */
export class MemorySessionStore implements SessionStore {
  readonly kind = 'memory';
  private readonly cache: LRUCache<string, string>;
  private readonly now: () => number;
  private lastPurge = Number.NEGATIVE_INFINITY;

  constructor(options: MemorySessionStoreOptions = {}) {
    const now = options.now ?? Date.now;
    this.now = now;
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
    const now = this.now();
    if (now - this.lastPurge >= PURGE_EVERY_MS) {
      this.cache.purgeStale();
      this.lastPurge = now;
    }
    return this.cache.size;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.cache.clear();
  }
}
