import { type ChildProcess, spawn } from 'node:child_process';
import { VOICE } from '../../../config/tunables.ts';
import { AppError } from '../../../server/app-error.ts';

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
  /** Time spent running, after any wait for a free slot. */
  runMs: number;
}

const STDERR_KEPT = 2_000;
/** Engines get a bare environment: the server's secrets (API keys, tokens) are none of their business. */
const ENGINE_ENV: NodeJS.ProcessEnv = { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' };
const running = new Set<ChildProcess>();
const waiting: Array<() => void> = [];
let slotsInUse = 0;

/** Engine processes alive right now (tests check that a vanished client leaves none behind). */
export function liveEngineProcesses(): number {
  return running.size;
}

/**
 * Runs an engine binary: no shell, arguments passed as a list (nothing is interpolated), at most
 * VOICE.maxEngineProcesses at once, killed on timeout, on abort and when its output passes the limit.
 * Rejects with `speech_unavailable` when it fails, or with the abort reason.
 */
export async function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  await takeSlot(signal);
  try {
    return await spawnOnce(command, args, options);
  } finally {
    releaseSlot();
  }
}

function spawnOnce(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  const { signal, timeoutMs = VOICE.engineTimeoutMs, maxOutputBytes = VOICE.maxEngineOutputBytes } = options;
  const started = performance.now();
  return new Promise<ProcessResult>((resolve, reject) => {
    const child = spawn(command, [...args], { shell: false, stdio: ['pipe', 'pipe', 'pipe'], env: ENGINE_ENV });
    running.add(child);
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: unknown;
    const fail = (error: unknown) => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const onAbort = () => fail(signal?.reason ?? new DOMException('aborted', 'AbortError'));
    const timer = setTimeout(() => fail(new AppError('speech_unavailable', undefined, { cause: new Error(`${command} timed out after ${timeoutMs} ms`) })), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutputBytes) fail(new AppError('speech_unavailable', undefined, { cause: new Error(`${command} wrote more than ${maxOutputBytes} bytes`) }));
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
    });
    // EPIPE when the engine exits before reading all its input: the exit code tells what happened
    child.stdin.on('error', (error) => {
      stderr = `${stderr}\nstdin: ${error.message}`.slice(-STDERR_KEPT);
    });
    child.once('error', (error) => fail(new AppError('speech_unavailable', undefined, { cause: error })));
    child.once('close', (code, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      running.delete(child);
      if (failure !== undefined) reject(failure);
      else if (code !== 0) reject(new AppError('speech_unavailable', undefined, { cause: new Error(`${command} exited with ${code ?? exitSignal}: ${stderr.trim()}`) }));
      else resolve({ stdout: Buffer.concat(chunks), stderr, runMs: performance.now() - started });
    });
    child.stdin.end(options.input ?? '');
  });
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
