import { readFileSync } from 'node:fs';

/** The memory and CPU the container may use, as its cgroup states them (undefined when unlimited or unknown). */
export interface ContainerLimits {
  memoryBytes?: number;
  cpuCores?: number;
}

/**
 * Reads the cgroup v2 limits (Cloud Run's second generation, podman, Docker), falling back to cgroup v1.
 * Read once at start: a container's limits do not change while it runs.
 */
export function readContainerLimits(root = '/sys/fs/cgroup'): ContainerLimits {
  const memoryBytes = positive(readNumber(`${root}/memory.max`) ?? readNumber(`${root}/memory/memory.limit_in_bytes`));
  const cpuMax = readText(`${root}/cpu.max`)?.split(/\s+/);
  let cpuCores: number | undefined;
  if (cpuMax && cpuMax[0] !== 'max') cpuCores = positive(Number(cpuMax[0]) / Number(cpuMax[1]));
  else if (!cpuMax) {
    const quota = readNumber(`${root}/cpu/cpu.cfs_quota_us`);
    const period = readNumber(`${root}/cpu/cpu.cfs_period_us`);
    if (quota !== undefined && period !== undefined && quota > 0) cpuCores = positive(quota / period);
  }
  // cgroup v1 reports "no limit" as a huge number (PAGE_COUNTER_MAX pages)
  return { memoryBytes: memoryBytes !== undefined && memoryBytes < 2 ** 60 ? memoryBytes : undefined, cpuCores };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    // absent on machines without cgroups (macOS, some CI runners): the limit is then simply unknown
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EACCES') return undefined;
    throw error;
  }
}

function readNumber(file: string): number | undefined {
  const text = readText(file);
  if (text === undefined || text === 'max') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}
