import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import path from 'node:path';
import { REFRESH } from '../../config/tunables.ts';
import type { BuildPlan } from './refresh-cache.ts';

/** Builds a snapshot from the bundled data with the plan's files (replaced and discovered), into `outFile`. */
export type RebuildSnapshot = (plan: BuildPlan, outFile: string) => Promise<void>;

/** The plan as a JSON file for `scripts/ingest.ts --plan`. */
export function serialisePlan(plan: BuildPlan): string {
  return JSON.stringify({ overrides: Object.fromEntries(plan.overrides), discovered: plan.discovered, discovery: plan.discovery });
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Runs `scripts/ingest.ts` in a child process: the build needs kuromoji's 40 MB dictionary, which the server
 * must not keep in memory, and a build that crashes must not take the server with it. The child runs at the
 * lowest CPU priority (REFRESH.rebuildNice), so that answering keeps the processor while it builds.
 */
export function createChildRebuild(dataDir: string): RebuildSnapshot {
  return async (plan, outFile) => {
    const planFile = `${outFile}.plan.json`;
    await writeFile(planFile, serialisePlan(plan));
    try {
      await runIngest(['scripts/ingest.ts', '--plan', planFile, path.resolve(dataDir), outFile]);
    } finally {
      await rm(planFile, { force: true });
    }
  };
}

function runIngest(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: REFRESH.rebuildTimeoutMs });
    if (child.pid !== undefined) setPriority(child.pid, REFRESH.rebuildNice);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`ingest exited with ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}
