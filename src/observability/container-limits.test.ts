import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContainerLimits } from './container-limits.ts';

function cgroup(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cgroup-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), `${text}\n`);
  }
  return root;
}

describe('readContainerLimits', () => {
  it('reads cgroup v2 limits (Cloud Run gen2, podman)', () => {
    expect(readContainerLimits(cgroup({ 'memory.max': '2147483648', 'cpu.max': '200000 100000' }))).toEqual({ memoryBytes: 2147483648, cpuCores: 2 });
  });

  it('reports no limit where cgroup v2 says max', () => {
    expect(readContainerLimits(cgroup({ 'memory.max': 'max', 'cpu.max': 'max 100000' }))).toEqual({ memoryBytes: undefined, cpuCores: undefined });
  });

  it('falls back to cgroup v1, where "unlimited" is a huge number', () => {
    const root = cgroup({ 'memory/memory.limit_in_bytes': '536870912', 'cpu/cpu.cfs_quota_us': '50000', 'cpu/cpu.cfs_period_us': '100000' });
    expect(readContainerLimits(root)).toEqual({ memoryBytes: 536870912, cpuCores: 0.5 });
    const unlimited = cgroup({ 'memory/memory.limit_in_bytes': '9223372036854771712', 'cpu/cpu.cfs_quota_us': '-1', 'cpu/cpu.cfs_period_us': '100000' });
    expect(readContainerLimits(unlimited)).toEqual({ memoryBytes: undefined, cpuCores: undefined });
  });

  it('knows nothing without cgroup files', () => {
    expect(readContainerLimits(path.join(os.tmpdir(), 'no-such-cgroup-dir'))).toEqual({ memoryBytes: undefined, cpuCores: undefined });
  });
});
