import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { VOICE } from '../../../config/tunables.ts';
import { DomainError } from '../../../core/domain-error.ts';

export interface ProcessOptions {
  /** Written to the process's stdin, which is then closed (text goes this way, never as an argument). */
  input?: Uint8Array | string;
  timeoutMs?: number;
  maxOutputBytes?: number;
  /** Aborting kills the process and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface ProcessResult {
  stdout: Buffer;
  /** The end of stderr, for error messages. */
  stderr: string;
  /** Time spent running from its input on, after any wait for a free slot (and the start-up of a spare before it). */
  runMs: number;
}

const STDERR_KEPT = 2_000;
/** Engines get a bare environment: the server's secrets (API keys, tokens) are none of their business. */
const ENGINE_ENV: NodeJS.ProcessEnv = { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' };
const running = new Set<ChildProcess>();
const spares = new Set<ChildProcess>();
const waiting: Array<() => void> = [];
let slotsInUse = 0;

/** Engine processes at work right now (tests check that a vanished client leaves none behind). */
export function liveEngineProcesses(): number {
  return running.size;
}

/** Process ids of the spares: engines started ahead of need, waiting for their input (spare-engines.ts). */
export function spareEngineProcesses(): number[] {
  return [...spares].flatMap((child) => (child.pid === undefined ? [] : [child.pid]));
}

/**
 * Runs an engine binary: no shell, arguments passed as a list (nothing is interpolated), at most
 * VOICE.maxEngineProcesses at once, killed on timeout, on abort and when its output passes the limit.
 * Rejects with `speech_unavailable` when it fails, or with the abort reason.
 */
export async function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  options.signal?.throwIfAborted();
  await takeSlot(options.signal);
  try {
    return await new EngineProcess(command, args, options.maxOutputBytes).finish(options);
  } finally {
    releaseSlot();
  }
}

/**
 * An engine process started and waiting for its input on stdin. Started ahead of need (a spare), its start-up
 * (fork, which costs more the larger the server, and loading its dictionary and voice) is out of the way when
 * the text comes; `run` then gives it the text under the same rules as runProcess.
 */
export class EngineProcess {
  readonly command: string;
  private readonly child: ChildProcess;
  private readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly chunks: Buffer[] = [];
  private stderr = '';
  private failure: unknown;
  private used = false;

  constructor(command: string, args: readonly string[], maxOutputBytes: number = VOICE.maxEngineOutputBytes) {
    this.command = command;
    const child = spawn(command, [...args], { shell: false, stdio: ['pipe', 'pipe', 'pipe'], env: ENGINE_ENV });
    this.child = child;
    let size = 0;
    child.stdout?.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutputBytes) this.fail(new DomainError('speech_unavailable', undefined, { cause: new Error(`${command} wrote more than ${maxOutputBytes} bytes`) }));
      else this.chunks.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
    });
    // EPIPE when the engine exits before reading all its input: the exit code tells what happened
    child.stdin?.on('error', (error) => {
      this.stderr = `${this.stderr}\nstdin: ${error.message}`.slice(-STDERR_KEPT);
    });
    child.once('error', (error) => this.fail(new DomainError('speech_unavailable', undefined, { cause: error })));
    this.closed = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        running.delete(child);
        spares.delete(child);
        resolve({ code, signal });
      });
    });
  }

  /** Still waiting for its input: it neither failed nor exited, and was not given its input yet. */
  get ready(): boolean {
    return !this.used && this.failure === undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Keeps it as a spare: not counted as running, and not holding the server's event loop open (a spare whose
   * server has gone reads the end of its input and exits).
   */
  keepAsSpare(): this {
    spares.add(this.child);
    this.child.unref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) unrefStream(stream);
    return this;
  }

  /** Gives the process its input under the limits (a free slot, time, output, abort) and waits for its exit. */
  async run(options: ProcessOptions = {}): Promise<ProcessResult> {
    options.signal?.throwIfAborted();
    await takeSlot(options.signal);
    try {
      return await this.finish(options);
    } finally {
      releaseSlot();
    }
  }

  /** Kills an unused spare. */
  discard(): void {
    this.used = true;
    spares.delete(this.child);
    this.child.kill('SIGKILL');
  }

  /** Runs it to its end; the caller holds a slot. */
  async finish({ input, signal, timeoutMs = VOICE.engineTimeoutMs }: ProcessOptions): Promise<ProcessResult> {
    this.used = true;
    spares.delete(this.child);
    running.add(this.child);
    this.child.ref();
    const started = performance.now();
    const onAbort = () => this.fail(signal?.reason ?? new DOMException('aborted', 'AbortError'));
    const timer = setTimeout(() => this.fail(new DomainError('speech_unavailable', undefined, { cause: new Error(`${this.command} timed out after ${timeoutMs} ms`) })), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    this.child.stdin?.end(input ?? '');
    try {
      const { code, signal: exitSignal } = await this.closed;
      if (this.failure !== undefined) throw this.failure;
      if (code !== 0) throw new DomainError('speech_unavailable', undefined, { cause: new Error(`${this.command} exited with ${code ?? exitSignal}: ${this.stderr.trim()}`) });
      return { stdout: Buffer.concat(this.chunks), stderr: this.stderr, runMs: performance.now() - started };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.child.kill('SIGKILL');
  }
}

function unrefStream(stream: Readable | Writable | null): void {
  (stream as unknown as { unref?: () => void } | null)?.unref?.();
}

async function takeSlot(signal?: AbortSignal): Promise<void> {
  if (slotsInUse < VOICE.maxEngineProcesses) {
    slotsInUse += 1;
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const grant = () => {
      signal?.removeEventListener('abort', onAbort);
      slotsInUse += 1;
      resolve();
    };
    const onAbort = () => {
      const at = waiting.indexOf(grant);
      if (at >= 0) waiting.splice(at, 1);
      reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    waiting.push(grant);
  });
}

function releaseSlot(): void {
  slotsInUse -= 1;
  waiting.shift()?.();
}
