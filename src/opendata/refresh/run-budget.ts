import { REFRESH } from '../../config/tunables.ts';

/**
 * The limits of one whole refresh (on top of each call's time and size limits): no new download once
 * REFRESH.maxRunMs have passed or REFRESH.maxRunBytes have been downloaded, so a catalogue listing thousands of
 * large files cannot keep a refresh (and its memory and disk) going without end.
 */
export class RunBudget {
  private readonly started = performance.now();
  private bytes = 0;
  private readonly limits: { maxRunMs: number; maxRunBytes: number };

  constructor(limits: { maxRunMs: number; maxRunBytes: number } = REFRESH) {
    this.limits = limits;
  }

  /** Counts a download's bytes. */
  spend(bytes: number): void {
    this.bytes += bytes;
  }

  /** Why no further download may start, or undefined while the budget lasts. */
  spent(): string | undefined {
    if (performance.now() - this.started > this.limits.maxRunMs) return `the refresh ran past its ${Math.round(this.limits.maxRunMs / 60_000)} minutes`;
    if (this.bytes >= this.limits.maxRunBytes) return `the refresh downloaded its ${Math.round(this.limits.maxRunBytes / 2 ** 20)} MiB`;
    return undefined;
  }
}
