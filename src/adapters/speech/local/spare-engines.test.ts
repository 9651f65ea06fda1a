import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { liveEngineProcesses, spareEngineProcesses } from './run-process.ts';
import { type EngineLaunch, SpareEngines } from './spare-engines.ts';

/** A stand-in engine: reads its input line, writes "<input> <pid>" to a file in its directory, like open_jtalk -ow. */
async function launchEcho(voice: string): Promise<EngineLaunch> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spare-engines-test-'));
  return { command: '/bin/sh', args: ['-c', `read line; echo "$line ${voice} $$" > "$0/out"`, dir], dir };
}

const readOut = async (_result: unknown, launch: EngineLaunch) => (await readFile(path.join(launch.dir as string, 'out'), 'utf8')).trim();

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const started = performance.now();
  while (!check() && performance.now() - started < timeoutMs) await sleep(10);
}

let engines: SpareEngines | undefined;
afterEach(async () => {
  await engines?.close();
});

describe('SpareEngines', () => {
  it('runs on the process started ahead, then starts the next spare and removes the used directory', async () => {
    engines = new SpareEngines(launchEcho);
    engines.warmUp(['a']);
    await until(() => spareEngineProcesses().length === 1);
    const [spare] = spareEngineProcesses();
    let dir = '';
    const out = await engines.run('a', 'hello\n', undefined, async (result, launch) => {
      dir = launch.dir as string;
      return readOut(result, launch);
    });
    expect(out).toBe(`hello a ${spare}`);
    expect(existsSync(dir)).toBe(false);
    await until(() => spareEngineProcesses().length === 1 && spareEngineProcesses()[0] !== spare);
    expect(spareEngineProcesses()).toHaveLength(1);
    expect(spareEngineProcesses()[0]).not.toBe(spare);
    expect(liveEngineProcesses()).toBe(0); // a spare is not a running engine
  });

  it('starts a process at once when there is no spare yet, or when the spare has died', async () => {
    engines = new SpareEngines(launchEcho);
    expect(await engines.run('b', 'first\n', undefined, readOut)).toMatch(/^first b \d+$/);
    await until(() => spareEngineProcesses().length === 1);
    process.kill(spareEngineProcesses()[0] as number, 'SIGKILL');
    await until(() => spareEngineProcesses().length === 0);
    expect(await engines.run('b', 'second\n', undefined, readOut)).toMatch(/^second b \d+$/);
  });

  it('kills a spare at work when its caller aborts', async () => {
    engines = new SpareEngines(async () => ({ command: '/bin/sleep', args: ['5'] }));
    engines.warmUp(['slow']);
    await until(() => spareEngineProcesses().length === 1);
    const controller = new AbortController();
    const running = engines.run('slow', '', controller.signal, async () => 'done');
    await until(() => liveEngineProcesses() === 1);
    controller.abort(new DOMException('client gone', 'AbortError'));
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(liveEngineProcesses()).toBe(0);
  });

  it('kills its idle spares on close and starts no more', async () => {
    engines = new SpareEngines(launchEcho);
    engines.warmUp(['c', 'd']);
    await until(() => spareEngineProcesses().length === 2);
    await engines.close();
    await until(() => spareEngineProcesses().length === 0);
    expect(spareEngineProcesses()).toEqual([]);
    expect(await engines.run('c', 'after\n', undefined, readOut)).toMatch(/^after c \d+$/);
    await sleep(100);
    expect(spareEngineProcesses()).toEqual([]);
  });
});
