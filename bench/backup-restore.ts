/**
 * Backup and restore of 100,000 sessions (issue 7 target: none lost, restore under 30 s): the real scripts
 * (ops/scripts/automated-backup.sh, restore.sh in rdb mode) against a private redis-server, Cloud Storage
 * replaced by the gsutil fake (a directory). Run once: `node bench/backup-restore.ts [sessions]`.
 * Prints the sizes and times; the figures go to docs/deploy.md and docs/benchmarks.md.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { countSessionKeys, runOpsScript, startRoundTripWorld, writeSessions } from '../tests/integration/backup-round-trip.ts';

const sessions = Number(process.argv[2] ?? 100_000);
const world = await startRoundTripWorld();
try {
  const now = Date.now();
  let started = performance.now();
  await writeSessions(world.store, sessions, now);
  const writeMs = performance.now() - started;
  const memory = (await world.redis.info('memory')).match(/used_memory_human:(\S+)/)?.[1];

  started = performance.now();
  const id = await runOpsScript('automated-backup.sh', [], world.env);
  const backupMs = performance.now() - started;
  const rdb = await stat(path.join(world.dir, 'gcs/tac-backup-primary/backups', id, 'redis.rdb'));

  await world.redis.flushall();
  started = performance.now();
  await runOpsScript('restore.sh', ['--id', id, '--from', 'secondary', '--yes'], world.env);
  const restoreMs = performance.now() - started;
  const restored = await countSessionKeys(world.redis);

  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`);
  console.log(`sessions written: ${sessions} in ${(writeMs / 1000).toFixed(1)} s; Redis used_memory ${memory}; RDB ${(rdb.size / 2 ** 20).toFixed(1)} MiB`);
  console.log(`backup (redis-cli --rdb, snapshot, manifest, second copy, verify both): ${(backupMs / 1000).toFixed(1)} s`);
  console.log(`restore (download, verify, load, MIGRATE into the flushed server): ${(restoreMs / 1000).toFixed(1)} s`);
  console.log(`restored: ${restored} of ${sessions} sessions (${sessions - restored} lost)`);
} finally {
  await world.close();
}
