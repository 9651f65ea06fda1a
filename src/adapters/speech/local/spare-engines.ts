import { rm } from 'node:fs/promises';
import { EngineProcess, type ProcessResult } from './run-process.ts';

/** How to start an engine for one voice: its command line, and a private directory it writes in, if any. */
export interface EngineLaunch {
  command: string;
  args: readonly string[];
  /** Removed once the process is done with (Open JTalk writes its WAV by file name). */
  dir?: string;
}

interface Spare {
  process: EngineProcess;
  launch: EngineLaunch;
}

/**
 * Keeps one engine process per voice started ahead of need, waiting on stdin: the fork of a large server and the
 * engine's own start-up (Open JTalk loads its dictionary and voice, espeak-ng its voice) then happen while nobody
 * waits, and a synthesis only pays for synthesising (bench/voice-latency.ts, p50 of one sentence: espeak-ng
 * 46 → 12 ms, Open JTalk 229 → 182 ms). After each use the next spare is started; a spare costs an idle process
 * (docs/voice.md). Spares are not counted as running engines, and do not keep the server's process alive.
 */
export class SpareEngines {
  private readonly prepare: (voice: string) => Promise<EngineLaunch>;
  private readonly spares = new Map<string, Promise<Spare>>();
  private closed = false;

  /** `prepare` gives the command line for a voice (and makes its directory). */
  constructor(prepare: (voice: string) => Promise<EngineLaunch>) {
    this.prepare = prepare;
  }

  /**
   * Runs the engine of `voice` with `input` (on its spare when one is ready), hands the result and the launch to
   * `collect` (to read a file in its directory), then cleans up and starts the next spare.
   */
  async run<T>(voice: string, input: string, signal: AbortSignal | undefined, collect: (result: ProcessResult, launch: EngineLaunch) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    const { process, launch } = await this.take(voice);
    try {
      return await collect(await process.run({ input, signal }), launch);
    } finally {
      if (launch.dir) await rm(launch.dir, { recursive: true, force: true });
      // the next spare's fork blocks this thread a few tens of ms: after the caller has sent what it waited for
      setImmediate(() => this.keepSpare(voice));
    }
  }

  /** Starts the spares of these voices now (at server start), so that even the first synthesis finds one. */
  warmUp(voices: readonly string[]): void {
    for (const voice of voices) this.keepSpare(voice);
  }

  /** Kills the idle spares and starts no more. */
  async close(): Promise<void> {
    this.closed = true;
    const idle = [...this.spares.values()];
    this.spares.clear();
    await Promise.all(
      idle.map((pending) =>
        pending.then(
          ({ process, launch }) => {
            process.discard();
            return launch.dir ? rm(launch.dir, { recursive: true, force: true }) : undefined;
          },
          () => undefined, // a spare that could not start has nothing to clean up
        ),
      ),
    );
  }

  /** The spare of `voice` if it is still waiting, else a process started now. */
  private async take(voice: string): Promise<Spare> {
    const pending = this.spares.get(voice);
    this.spares.delete(voice);
    const spare = await pending?.catch(() => undefined); // a spare that failed to start: try a fresh one
    if (spare?.process.ready) return spare;
    if (spare) {
      spare.process.discard();
      if (spare.launch.dir) await rm(spare.launch.dir, { recursive: true, force: true });
    }
    return this.start(voice);
  }

  private keepSpare(voice: string): void {
    if (this.closed || this.spares.has(voice)) return;
    const pending = this.start(voice).then((spare) => {
      spare.process.keepAsSpare();
      return spare;
    });
    // its failure reaches whoever takes it (take() then starts another); until then it is not unhandled
    pending.catch(() => undefined);
    this.spares.set(voice, pending);
  }

  private async start(voice: string): Promise<Spare> {
    const launch = await this.prepare(voice);
    return { process: new EngineProcess(launch.command, launch.args), launch };
  }
}
