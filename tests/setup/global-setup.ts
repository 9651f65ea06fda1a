import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type RedisServer, startRedisServer } from '../helpers/redis-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
let redis: RedisServer | undefined;

/** Builds the snapshot and web client when stale, and starts a throw-away redis-server (unless TEST_REDIS_URL is set). */
export async function setup(project: TestProject): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  const given = process.env.TEST_REDIS_URL;
  if (given) {
    project.provide('redisUrl', given);
    return;
  }
  redis = await startRedisServer();
  project.provide('redisUrl', redis.url);
}

export async function teardown(): Promise<void> {
  await redis?.stop();
}
