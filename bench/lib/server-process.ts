import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { freePort } from '../../tests/helpers/redis-server.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Resident set size of the server process, in MiB (from /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** Starts `node src/server/main.ts` as its own process (as in production, rate limits aside), waits for it to listen. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    cwd: root,
    // A benchmark measures the server, not its rate limits: this machine's requests pass them with the benchmark
    // setting RATE_LIMIT_EXEMPT_LOOPBACK, which the server refuses with NODE_ENV=production; NODE_ENV=test differs
    // from production only in leaving out the HSTS header (docs/security.md).
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test', RATE_LIMIT_EXEMPT_LOOPBACK: 'true', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch (error) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    child,
    baseUrl,
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
