import type { DatasetReport } from './types.ts';

/** Counts what happens to each row of a dataset during ingest: loaded, fixed (and why), rejected (and why). */
export class RowTally {
  readonly datasetId: string;
  private rows = 0;
  private loaded = 0;
  private fixed = 0;
  private rejected = 0;
  private readonly reasons: Record<string, number> = {};

  constructor(datasetId: string) {
    this.datasetId = datasetId;
  }

  /** Counts one source row. */
  seen(): void {
    this.rows += 1;
  }

  /** Counts a row that was kept. `fixes` lists what was repaired in it. */
  keep(fixes: readonly string[] = []): void {
    this.loaded += 1;
    if (fixes.length > 0) this.fixed += 1;
    for (const reason of fixes) this.count(`fixed: ${reason}`);
  }

  /** Counts a row that was dropped and why. */
  reject(reason: string): void {
    this.rejected += 1;
    this.count(`rejected: ${reason}`);
  }

  report(): DatasetReport {
    return {
      datasetId: this.datasetId,
      rows: this.rows,
      loaded: this.loaded,
      fixed: this.fixed,
      rejected: this.rejected,
      reasons: { ...this.reasons },
    };
  }

  private count(key: string): void {
    this.reasons[key] = (this.reasons[key] ?? 0) + 1;
  }
}
