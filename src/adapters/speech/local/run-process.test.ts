import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/domain-error.ts';
import { liveEngineProcesses, runProcess } from './run-process.ts';

describe('runProcess', () => {
  it('passes text on stdin and arguments as a list: nothing is interpreted by a shell', async () => {
    const marker = path.join(os.tmpdir(), `run-process-${process.pid}`);
    rmSync(marker, { force: true });
    const text = `$(touch ${marker}); \`touch ${marker}\` -v --help`;
    const { stdout } = await runProcess('/bin/cat', [], { input: text });
    expect(stdout.toString()).toBe(text);
    const echoed = await runProcess('/bin/echo', [text]);
    expect(echoed.stdout.toString().trim()).toBe(text);
    expect(existsSync(marker)).toBe(false);
  });

  it('kills a process past its time limit', async () => {
    const started = performance.now();
    const error = await runProcess('/bin/sleep', ['5'], { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('speech_unavailable');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(liveEngineProcesses()).toBe(0);
  });

  it('kills a process when aborted, with the abort reason', async () => {
    const controller = new AbortController();
    const running = runProcess('/bin/sleep', ['5'], { signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException('client gone', 'AbortError')), 50);
    await expect(running).rejects.toMatchObject({ name: 'AbortError', message: 'client gone' });
    expect(liveEngineProcesses()).toBe(0);
  });

  it('kills a process whose output passes the limit', async () => {
    const error = await runProcess('/usr/bin/yes', [], { maxOutputBytes: 64 * 1024 }).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('speech_unavailable');
    expect(String((error as DomainError).cause)).toContain('more than 65536 bytes');
  });

  it('reports a failing exit with the end of stderr', async () => {
    const error = await runProcess('/bin/ls', ['/no/such/path']).catch((e: unknown) => e);
    expect(String((error as DomainError).cause)).toMatch(/exited with 2: .*No such file/);
  });

  it('runs at most VOICE.maxEngineProcesses at once, the others waiting their turn', async () => {
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, liveEngineProcesses());
    }, 5);
    await Promise.all(Array.from({ length: 10 }, () => runProcess('/bin/sleep', ['0.1'])));
    clearInterval(timer);
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(4);
  });
});
