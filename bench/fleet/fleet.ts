import { type ChildProcess, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { ADMISSION } from '../../src/config/tunables.ts';
import type { Behaviour } from '../../tests/fakes/gemini-server.ts';
import { freePort } from '../../tests/helpers/redis-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const HAPROXY_CFG = path.join(root, 'ops/fleet/haproxy.cfg');
export const FLEET_ERRORS = path.join(root, 'ops/fleet/errors');
/** Token of /api/metrics in the fleet (the sampler reads RSS and event-loop delay there). */
export const METRICS_TOKEN = 'fleet-metrics-token-0123456789';

export interface FleetOptions {
  instances?: number;
  /** Answers by Gemini (the wire double, its own process) instead of the local engine. */
  gemini?: boolean;
  /** MAX_CONCURRENT_REQUESTS of every instance (80 by default, as Cloud Run's containerConcurrency). */
  maxConcurrent?: number;
  /** Pin each instance to one CPU (taskset), to measure per-instance capacity. */
  pinCpus?: number[];
  /** Extra environment of the instances. */
  env?: Record<string, string>;
  /** HAProxy logs every request to this file (its timings are then read by the surge's report). */
  lbLogFile?: string;
  log?: (line: string) => void;
}

export interface Instance {
  name: string;
  port: number;
  child?: ChildProcess;
  /** Restarts after an unplanned exit, as Cloud Run replaces a crashed instance. */
  restarts: number;
}

/**
 * The local fleet: one redis-server with AOF every second, a delay proxy in front of it (scenario d), N app
 * instances (`node src/server/main.ts`, each its own process), HAProxy in front (ops/fleet/haproxy.cfg), and the
 * Gemini double when asked. Everything listens on 127.0.0.1 on free ports; `stop()` ends every process it began.
 */
export class Fleet {
  /** Fleets started and not yet stopped in this process: run-fleet.ts stops them on SIGINT or SIGTERM. */
  static readonly running = new Set<Fleet>();

  readonly options: FleetOptions;
  readonly instances: Instance[] = [];
  lbPort = 0;
  redisPort = 0;
  proxyPort = 0;
  dir = '';
  private redisChild?: ChildProcess;
  private proxyChild?: ChildProcess;
  private geminiChild?: ChildProcess;
  private geminiUrl?: string;
  private lbChild?: ChildProcess;
  private stopping = false;
  private admin?: Redis;

  constructor(options: FleetOptions = {}) {
    this.options = options;
  }

  get url(): string {
    return `http://127.0.0.1:${this.lbPort}`;
  }

  /** A Redis client of the fleet's Redis itself (not through the delay proxy), for checks and samples. */
  redis(): Redis {
    this.admin ??= new Redis(this.redisPort, '127.0.0.1', { maxRetriesPerRequest: 1, lazyConnect: false });
    return this.admin;
  }

  private log(line: string): void {
    this.options.log?.(`[fleet] ${line}`);
  }

  async start(): Promise<void> {
    Fleet.running.add(this);
    this.dir = await mkdtemp(path.join(tmpdir(), 'tac-fleet-'));
    [this.redisPort, this.proxyPort, this.lbPort] = [await freePort(), await freePort(), await freePort()];
    await this.startRedis();
    this.proxyChild = fork(path.join(import.meta.dirname, 'delay-proxy.ts'), [String(this.proxyPort), String(this.redisPort)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    await waitForLine(this.proxyChild, /listening/);
    if (this.options.gemini) {
      this.geminiChild = fork(path.join(import.meta.dirname, 'gemini-double-process.ts'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
      this.geminiUrl = (await waitForLine(this.geminiChild, /listening (\S+)/))[1];
    }
    for (let i = 0; i < (this.options.instances ?? 3); i += 1) this.instances.push({ name: `app${i + 1}`, port: await freePort(), restarts: 0 });
    await Promise.all(this.instances.map((instance) => this.startInstance(instance)));
    await this.startLb();
    this.log(`up: lb ${this.url}, redis ${this.redisPort} (via proxy ${this.proxyPort}), ${this.instances.map((i) => `${i.name}:${i.port}`).join(' ')}`);
  }

  private async startRedis(): Promise<void> {
    const args = ['--port', String(this.redisPort), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', ''];
    this.redisChild = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    await waitForLine(this.redisChild, /Ready to accept connections/);
  }

  /** Stops redis-server (SIGTERM: it writes the AOF and exits) and waits for it. */
  async stopRedis(): Promise<void> {
    const child = this.redisChild;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  }

  /** Starts redis-server again on the same port and directory (it reloads the AOF). */
  async restartRedis(): Promise<void> {
    await this.startRedis();
  }

  /** Every command to Redis through the proxy waits `ms` more (0: none). */
  async setRedisDelay(ms: number): Promise<void> {
    this.proxyChild?.send({ delayMs: ms });
    await once(this.proxyChild as ChildProcess, 'message');
  }

  /** What the Gemini double answers from now on. */
  async setGemini(behaviour: Behaviour): Promise<void> {
    if (!this.geminiChild) throw new Error('the fleet runs without Gemini');
    this.geminiChild.send({ behaviour });
    await once(this.geminiChild, 'message');
  }

  private instanceEnv(instance: Instance): NodeJS.ProcessEnv {
    return {
      ...process.env,
      PORT: String(instance.port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      APP_VERSION: `fleet-${instance.name}`,
      REDIS_URL: `redis://127.0.0.1:${this.proxyPort}`,
      TRUST_PROXY_HOPS: '2',
      METRICS_TOKEN,
      MAX_CONCURRENT_REQUESTS: String(this.options.maxConcurrent ?? 80),
      MAX_EVENT_LOOP_DELAY_MS: String(ADMISSION.maxEventLoopDelayMs),
      ...(this.geminiUrl ? { GEMINI_API_KEY: 'fleet-key', GEMINI_BASE_URL: this.geminiUrl } : {}),
      ...this.options.env,
    };
  }

  /** Starts an instance and waits until it is ready (Cloud Run's startup probe: /api/health/ready). */
  async startInstance(instance: Instance): Promise<void> {
    const cpus = this.options.pinCpus;
    const cpu = cpus?.[this.instances.indexOf(instance) % cpus.length];
    const [command, args] = cpu === undefined ? [process.execPath, ['src/server/main.ts']] : ['taskset', ['-c', String(cpu), process.execPath, 'src/server/main.ts']];
    const child = spawn(command, args, { cwd: root, env: this.instanceEnv(instance), stdio: ['ignore', 'ignore', 'pipe'] });
    instance.child = child;
    child.stderr?.on('data', (chunk: Buffer) => this.log(`${instance.name}: ${chunk.toString().trim().slice(0, 500)}`));
    child.once('exit', (code, signal) => {
      if (this.stopping || instance.child !== child) return;
      this.log(`${instance.name} exited (${signal ?? code}): starting a new one`);
      instance.restarts += 1;
      void this.startInstance(instance).catch((error: unknown) => this.log(`${instance.name} could not restart: ${String(error)}`));
    });
    const base = `http://127.0.0.1:${instance.port}`;
    for (let i = 0; i < 300; i += 1) {
      const ready = await fetch(`${base}/api/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      if (child.exitCode !== null) throw new Error(`${instance.name} exited with ${child.exitCode}`);
      await sleep(50);
    }
    throw new Error(`${instance.name} not ready after 15 s`);
  }

  /** Sends a signal to an instance's process; resolves when it has exited (the fleet then starts a new one). */
  async signal(index: number, signal: NodeJS.Signals): Promise<{ exitedAfterMs: number; code: number | null }> {
    const child = this.instances[index]?.child;
    if (!child || child.exitCode !== null) throw new Error(`instance ${index} is not running`);
    const started = performance.now();
    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    child.kill(signal);
    const [code] = await exited;
    return { exitedAfterMs: performance.now() - started, code };
  }

  /** Waits until the instance at `index` answers its readiness probe again (after a restart). */
  async waitReady(index: number, timeoutMs = 20_000): Promise<number> {
    const started = performance.now();
    const instance = this.instances[index] as Instance;
    while (performance.now() - started < timeoutMs) {
      const ok = await fetch(`http://127.0.0.1:${instance.port}/api/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await sleep(50);
    }
    throw new Error(`${instance.name} not ready within ${timeoutMs} ms`);
  }

  private lbEnv(): NodeJS.ProcessEnv {
    const apps = Object.fromEntries(this.instances.map((instance, i) => [`APP${i + 1}`, `127.0.0.1:${instance.port}`]));
    return { ...process.env, LB_BIND: `127.0.0.1:${this.lbPort}`, FLEET_ERRORS, ...apps };
  }

  private async startLb(): Promise<void> {
    if (this.instances.length !== 3) throw new Error('ops/fleet/haproxy.cfg names three instances');
    const pidFile = path.join(this.dir, 'haproxy.pid');
    const logFile = this.options.lbLogFile;
    const stderr = logFile ? openSync(logFile, 'w') : 'pipe';
    const env = logFile ? { ...this.lbEnv(), FLEET_LOG_ALL: '1' } : this.lbEnv();
    this.lbChild = spawn('haproxy', ['-W', '-db', '-f', HAPROXY_CFG, '-p', pidFile], { env, stdio: ['ignore', 'ignore', stderr] });
    if (typeof stderr === 'number') closeSync(stderr);
    this.lbChild.stderr?.on('data', (chunk: Buffer) => this.log(`haproxy: ${chunk.toString().trim().slice(0, 300)}`));
    this.lbChild.once('error', (error) => this.log(`haproxy could not start (scripts/setup-machine.sh installs it): ${error.message}`));
    // in rotation once every server passed its first check
    for (let i = 0; i < 200; i += 1) {
      const ok = await fetch(`${this.url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) {
        await sleep(1_200);
        return;
      }
      await sleep(50);
    }
    throw new Error('haproxy did not start');
  }

  /** Reloads HAProxy as an operator would (SIGUSR2 to the master: a new worker, the old one finishes its connections). */
  reloadLb(): void {
    this.lbChild?.kill('SIGUSR2');
  }

  /** Resident memory of each instance, MiB, from /proc. */
  rssMiB(): number[] {
    return this.instances.map((instance) => {
      const pid = instance.child?.pid;
      if (!pid) return Number.NaN;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    Fleet.running.delete(this);
    const ends = [this.lbChild, ...this.instances.map((instance) => instance.child), this.proxyChild, this.geminiChild, this.redisChild]
      .filter((child): child is ChildProcess => child !== undefined && child.exitCode === null && child.signalCode === null)
      .map(async (child) => {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
        await exited;
        clearTimeout(timer);
      });
    this.admin?.disconnect();
    await Promise.all(ends);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  /** Writes the fleet's addresses for other tools (the e2e test, a human with curl). */
  async describe(file: string): Promise<void> {
    await writeFile(file, JSON.stringify({ url: this.url, redisPort: this.redisPort, instances: this.instances.map(({ name, port }) => ({ name, port })) }, null, 2));
  }
}

/** Resolves with the match of the first line of the child's stdout that matches `pattern`. */
async function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms: ${seen.slice(-500)}`)), timeoutMs);
    child.stdout?.on('data', function onData(chunk: Buffer) {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(match);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}: ${seen.slice(-500)}`));
    });
  });
}
