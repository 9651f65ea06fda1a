import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from './memory-session-store.ts';
import { newSession } from '../../core/session.ts';
import { sessionStoreContract, withClock } from './session-store.contract.ts';

sessionStoreContract('MemorySessionStore', async () => {
  let now = 1_700_000_000_000;
  const store = new MemorySessionStore({ ttlSeconds: 1800, now: () => now });
  return withClock({ store, advance: (ms) => (now += ms) }, () => now);
});

describe('MemorySessionStore bounds', () => {
  it('drops the least recently used session past its size limit', async () => {
    const store = new MemorySessionStore({ maxSessions: 2 });
    await store.save(newSession('a', Date.now()));
    await store.save(newSession('b', Date.now()));
    await store.get('a');
    await store.save(newSession('c', Date.now()));
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBeDefined();
    expect(await store.countActive()).toBe(2);
  });
});
