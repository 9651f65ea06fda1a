import { beforeEach, describe, expect, it } from 'vitest';
import { newSession } from '../../core/session.ts';
import type { SessionStore } from './session-store.ts';

export interface ContractFixture {
  store: SessionStore;
  /** Moves the store's clock forward. */
  advance(ms: number): void;
}

const TTL_SECONDS = 1800;

/**
 * The behaviour every SessionStore must have (HONO's shared `*.case.test.ts` idea): run it against each
 * implementation with a fresh store whose TTL is 30 minutes and whose clock the test moves.
 */
export function sessionStoreContract(name: string, makeFixture: () => Promise<ContractFixture>): void {
  describe(`SessionStore contract: ${name}`, () => {
    let fx: ContractFixture;
    beforeEach(async () => {
      fx = await makeFixture();
    });

    it('returns undefined for an unknown id', async () => {
      expect(await fx.store.get('no-such-session')).toBeUndefined();
    });

    it('returns what was saved, as a copy', async () => {
      const session = newSession('s-roundtrip', nowOf(fx));
      session.lang = 'en';
      session.context = { topic: 'shelter', ward: '品川区', anchor: { kind: 'station', lat: 35.6, lon: 139.7, ja: '大井町' } };
      const turn = { messageId: 'm1', question: 'q', answer: 'a', status: 'answered' as const, lang: 'en' as const, sourceIds: ['x'], at: nowOf(fx) };
      session.turns.push(turn);
      await fx.store.save(session);
      const loaded = await fx.store.get('s-roundtrip');
      expect(loaded).toEqual(session);
      if (!loaded) throw new Error('unreachable');
      loaded.turns.push({ ...turn, messageId: 'm2' });
      expect((await fx.store.get('s-roundtrip'))?.turns).toHaveLength(1);
    });

    it('expires a session idle for longer than 30 minutes', async () => {
      await fx.store.save(newSession('s-idle', nowOf(fx)));
      fx.advance((TTL_SECONDS - 1) * 1000);
      expect(await fx.store.get('s-idle')).toBeDefined();
      fx.advance(2_000);
      expect(await fx.store.get('s-idle')).toBeUndefined();
    });

    it('restarts the idle timer on save', async () => {
      const session = newSession('s-active', nowOf(fx));
      await fx.store.save(session);
      fx.advance(20 * 60_000);
      session.updatedAt = nowOf(fx);
      await fx.store.save(session);
      fx.advance(20 * 60_000);
      expect(await fx.store.get('s-active')).toBeDefined();
    });

    it('forgets a deleted session', async () => {
      await fx.store.save(newSession('s-gone', nowOf(fx)));
      await fx.store.delete('s-gone');
      expect(await fx.store.get('s-gone')).toBeUndefined();
    });

    it('counts only sessions active within the TTL', async () => {
      await fx.store.save(newSession('s-old', nowOf(fx)));
      fx.advance(25 * 60_000);
      await fx.store.save(newSession('s-new-1', nowOf(fx)));
      await fx.store.save(newSession('s-new-2', nowOf(fx)));
      expect(await fx.store.countActive()).toBe(3);
      fx.advance(10 * 60_000);
      expect(await fx.store.countActive()).toBe(2);
    });

    it('answers ping', async () => {
      await expect(fx.store.ping()).resolves.toBeUndefined();
    });
  });
}

const clocks = new WeakMap<ContractFixture, () => number>();

/** Registers the clock of a fixture so the suite can stamp sessions with the store's own time. */
export function withClock(fixture: ContractFixture, now: () => number): ContractFixture {
  clocks.set(fixture, now);
  return fixture;
}

function nowOf(fixture: ContractFixture): number {
  const now = clocks.get(fixture);
  if (!now) throw new Error('fixture has no clock: wrap it with withClock()');
  return now();
}
