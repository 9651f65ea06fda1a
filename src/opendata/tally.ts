import type { DatasetReport } from '../core/place.ts';

/**
 * Counts what happens to each row of a dataset during ingest: loaded, fixed (and why), rejected (and why).
 * Checks that look across the whole corpus (a point far from its municipality) run after the parsers, so a kept
 * row can still be amended or dropped by its place id.
 */
export class RowTally {
  readonly datasetId: string;
  private rows = 0;
  private loaded = 0;
  private rejected = 0;
  private readonly fixedIds = new Set<string>();
  private anonymousFixed = 0;
  private readonly reasons: Record<string, number> = {};

  constructor(datasetId: string) {
    this.datasetId = datasetId;
  }

  /** Counts one source row. */
  seen(): void {
    this.rows += 1;
  }

  /** Counts a row that was kept as the place `id`. `fixes` lists what was repaired in it. */
  keep(fixes: readonly string[] = [], id?: string): void {
    this.loaded += 1;
    if (fixes.length > 0) {
      if (id === undefined) this.anonymousFixed += 1;
      else this.fixedIds.add(id);
    }
    for (const reason of fixes) this.count(`fixed: ${reason}`);
  }

  /** Counts a repair made to an already kept place (a row counts as fixed once, whatever the number of repairs). */
  amend(id: string, reason: string): void {
    this.fixedIds.add(id);
    this.count(`fixed: ${reason}`);
  }

  /** Counts a row that was dropped and why. */
  reject(reason: string): void {
    this.rejected += 1;
    this.count(`rejected: ${reason}`);
  }

  /** Turns an already kept place into a rejection (a duplicate found only once every row was read). */
  drop(id: string, reason: string): void {
    this.loaded -= 1;
    this.fixedIds.delete(id);
    this.reject(reason);
  }

  report(): DatasetReport {
    return {
      datasetId: this.datasetId,
      rows: this.rows,
      loaded: this.loaded,
      fixed: this.fixedIds.size + this.anonymousFixed,
      rejected: this.rejected,
      reasons: { ...this.reasons },
    };
  }

  private count(key: string): void {
    this.reasons[key] = (this.reasons[key] ?? 0) + 1;
  }
}
