/**
 * The backup round trip shared by the integration test and bench/backup-restore.ts: a redis-server of its own
 * (a FLUSHALL must not touch other tests' keys), sessions written by the real RedisSessionStore (its key layout and
 * JSON), ops/scripts/automated-backup.sh and restore.sh run for real against it, with only Cloud Storage replaced:
 * the recording gsutil fake keeps the buckets in a directory.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { RedisSessionStore } from '../../src/adapters/session-store/redis-session-store.ts';
import type { Session } from '../../src/core/session.ts';
import { startRedisServer } from '../helpers/redis-server.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

export interface RoundTripWorld {
  redisUrl: string;
  redis: Redis;
  store: RedisSessionStore;
  /** Environment for the ops scripts: fakes first on PATH, buckets in a directory. */
  env: NodeJS.ProcessEnv;
  dir: string;
  close(): Promise<void>;
}

/** Starts a private redis-server and the fake cloud tools. */
export async function startRoundTripWorld(): Promise<RoundTripWorld> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tac-backup-'));
  const bin = path.join(dir, 'bin');
  await mkdir(bin);
  await mkdir(path.join(dir, 'gcs'));
  await mkdir(path.join(dir, 'rules'));
  await symlink(path.join(root, 'tests/ops/fakes/gsutil'), path.join(bin, 'gsutil'));
  await symlink(path.join(root, 'tests/ops/fakes/fake-command'), path.join(bin, 'gcloud'));
  const server = await startRedisServer({ dir });
  const redisUrl = server.url;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    FAKE_DIR: dir,
    FAKE_LOG: path.join(dir, 'calls.log'),
    FAKE_GCS: path.join(dir, 'gcs'),
    TMPDIR: dir,
    PROJECT_ID: 'tac-test',
    REGION: 'asia-northeast1',
    BACKUP_BUCKET: 'gs://tac-backup-primary',
    SECONDARY_BUCKET: 'gs://tac-backup-secondary',
    REDIS_MODE: 'rdb',
    REDIS_URL: redisUrl,
  };
  return {
    redisUrl,
    redis,
    store: new RedisSessionStore(redis),
    env,
    dir,
    async close() {
      await redis.quit();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A session as the pipeline leaves it: one to three turns with answers and sources, and the follow-up context. */
export function makeSession(i: number, now: number): Session {
  const turns = Array.from({ length: 1 + (i % 3) }, (_, t) => ({
    messageId: `m-${i}-${t}`,
    question: t === 0 ? `大井町駅の近くの避難所はどこですか？ (${i})` : 'トイレは？',
    answer: `大井町駅から近い避難所です。\n1. 浅間台小学校（品川区南品川6-8-8、467 m）\n2. 品川区立大井第一小学校（${i} 番）`,
    status: 'answered' as const,
    lang: 'ja' as const,
    sourceIds: [`shinagawa-shelters:hinanjo:${i % 500}`, `shinagawa-shelters:hinanjo:${(i + 1) % 500}`],
    at: now - (3 - t) * 60_000,
  }));
  return {
    id: `s-${i.toString(36).padStart(8, '0')}-${(i * 2654435761) % 1e9}`,
    createdAt: now - 5 * 60_000,
    updatedAt: now - (i % 600) * 1000,
    lang: 'ja',
    turns,
    context: { topic: 'shelter', ward: '品川区', anchor: { kind: 'station', ja: '大井町', en: 'Oimachi', lat: 35.6074, lon: 139.7349 } },
  };
}

/** Writes `count` sessions through the store, pipelined in batches. */
export async function writeSessions(store: RedisSessionStore, count: number, now: number): Promise<void> {
  const batch = 2_000;
  for (let start = 0; start < count; start += batch) {
    const saves: Array<Promise<void>> = [];
    for (let i = start; i < Math.min(count, start + batch); i++) saves.push(store.save(makeSession(i, now)));
    await Promise.all(saves);
  }
}

/** Runs an ops script; resolves with its stdout, rejects with its stderr in the message. */
export async function runOpsScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run(path.join(root, 'ops/scripts', script), args, { env, cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    const failure = error as { stderr?: string; code?: number };
    throw new Error(`${script} ${args.join(' ')} exited ${failure.code}:\n${failure.stderr ?? ''}`, { cause: error });
  }
}

/** Session keys in the server (SCAN, as the store's layout names them). */
export async function countSessionKeys(redis: Redis): Promise<number> {
  let cursor = '0';
  let count = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', 'tac:session:*', 'COUNT', 5_000);
    cursor = next;
    count += keys.length;
  } while (cursor !== '0');
  return count;
}
