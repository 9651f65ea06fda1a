import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countSessionKeys,
  makeSession,
  type RoundTripWorld,
  runOpsScript,
  startRoundTripWorld,
  writeSessions,
} from './backup-round-trip.ts';

const SESSIONS = 100_000;

describe('backup and restore of 100,000 sessions (real redis-server and scripts; buckets in a directory)', () => {
  let world: RoundTripWorld;
  const now = Date.now();

  beforeAll(async () => {
    world = await startRoundTripWorld();
    await writeSessions(world.store, SESSIONS, now);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('loses no session: every one comes back, with its content and its time to live', async () => {
    expect(await countSessionKeys(world.redis)).toBe(SESSIONS);
    const ttlBefore = await world.redis.ttl(`tac:session:${makeSession(7, now).id}`);

    const id = await runOpsScript('automated-backup.sh', [], world.env);
    expect(id).toMatch(/^\d{8}T\d{6}Z$/);

    await world.redis.flushall(); // the data is lost
    expect(await countSessionKeys(world.redis)).toBe(0);
    expect(await world.store.countActive()).toBe(0);

    await runOpsScript('restore.sh', ['--id', 'latest', '--from', 'secondary', '--yes'], world.env);

    expect(await countSessionKeys(world.redis)).toBe(SESSIONS);
    expect(await world.store.countActive()).toBe(SESSIONS);
    for (let i = 0; i < SESSIONS; i += 97) {
      const expected = makeSession(i, now);
      expect(await world.store.get(expected.id)).toEqual(expected);
    }
    const ttlAfter = await world.redis.ttl(`tac:session:${makeSession(7, now).id}`);
    expect(ttlAfter).toBeGreaterThan(0);
    expect(ttlAfter).toBeLessThanOrEqual(ttlBefore);
  }, 180_000);
});
