import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/opendata/load-corpus.ts';

const SNAPSHOT = path.resolve('data/snapshot/corpus.json');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-startup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real entry point (`node src/server/main.ts`) with SNAPSHOT_PATH; stops it once it listens. */
function startMain(snapshotPath: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/server/main.ts'], {
      env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SNAPSHOT_PATH: snapshotPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // main.ts installs its SIGTERM handler right after `listening`: give it a moment, then stop it
      if (/"message":"listening"/.test(stdout)) setTimeout(() => child.kill('SIGTERM'), 1_000).unref();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the server refuses to start without a valid snapshot (exit 78, EX_CONFIG)', () => {
  it('starts with the snapshot `npm run ingest` wrote (the control case)', async () => {
    const exit = await startMain(SNAPSHOT);
    expect(exit.stdout).toMatch(/open-data snapshot loaded/);
    expect(exit.stdout).toMatch(/"message":"listening"/);
    expect(exit.code).toBe(0);
  });

  it('refuses a missing snapshot and says to run the ingest', async () => {
    const missing = path.join(dir, 'nowhere', 'corpus.json');
    const exit = await startMain(missing);
    expect(exit.code).toBe(78);
    expect(exit.stderr).toContain(`tokyo-ai-chat cannot start: Open-data snapshot not found at ${missing}: run \`npm run ingest\``);
  });

  it('refuses a snapshot cut short (it does not match its checksum)', async () => {
    const cut = path.join(dir, 'cut.json');
    const whole = await readFile(SNAPSHOT);
    await writeFile(cut, whole.subarray(0, Math.floor(whole.byteLength / 2)));
    const exit = await startMain(cut);
    expect(exit.code).toBe(78);
    expect(exit.stderr).toContain(`cannot start: Open-data snapshot ${cut} does not match its checksum (damaged or cut short): run \`npm run ingest\``);
  });

  it('refuses a snapshot whose content was changed after it was written', async () => {
    const whole = await readFile(SNAPSHOT);
    whole[whole.length - 100] = (whole[whole.length - 100] ?? 0) ^ 0xff; // one byte of the body changed
    const edited = path.join(dir, 'edited.json');
    await writeFile(edited, whole);
    const exit = await startMain(edited);
    expect(exit.code).toBe(78);
    expect(exit.stderr).toContain(`Open-data snapshot ${edited} does not match its checksum`);
  });

  it('refuses a plain JSON corpus without the snapshot header (an older format)', async () => {
    const plain = path.join(dir, 'plain.json');
    await writeFile(plain, JSON.stringify(await loadCorpus(SNAPSHOT)));
    const exit = await startMain(plain);
    expect(exit.code).toBe(78);
    expect(exit.stderr).toContain(`Open-data snapshot ${plain} has no snapshot header`);
  });
});
