import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REFRESH } from '../../config/tunables.ts';

/** Builds a snapshot from the bundled data with some source files replaced, into `outFile`. */
export type RebuildSnapshot = (overrides: ReadonlyMap<string, string>, outFile: string) => Promise<void>;

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Runs `scripts/ingest.ts` in a child process: the build needs kuromoji's 40 MB dictionary, which the server
 * must not keep in memory, and a build that crashes must not take the server with it.
 */
export function createChildRebuild(dataDir: string): RebuildSnapshot {
  return async (overrides, outFile) => {
    const overridesFile = `${outFile}.overrides.json`;
    await writeFile(overridesFile, JSON.stringify(Object.fromEntries(overrides)));
    try {
      await runIngest(['scripts/ingest.ts', '--overrides', overridesFile, path.resolve(dataDir), outFile]);
    } finally {
      await rm(overridesFile, { force: true });
    }
  };
}

function runIngest(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: REFRESH.rebuildTimeoutMs });
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
