import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { discoveredSourcePath, discoveredSourceSchema, discoveryRecordSchema, type DiscoveredSource, type DiscoveryRecord } from '../discovery/discovery-record.ts';

const statsSchema = z.object({ rows: z.number(), loaded: z.number(), rejected: z.number(), located: z.number() });

const entrySchema = z.object({
  datasetId: z.string(),
  packageId: z.string(),
  url: z.string(),
  /** The resource's last_modified (else created): unchanged means the file need not be downloaded again. */
  resourceStamp: z.string(),
  sha256: z.string(),
  stats: statsSchema,
  fetchedAt: z.string(),
});

const manifestSchema = z.object({
  version: z.literal(1),
  /** The registry's source files replaced by a newer catalogue version, by source path. */
  sources: z.record(z.string(), entrySchema),
  /** The last good file of each municipality's standard dataset, by `<code>/<type>` (discovery/). */
  discovered: z.record(z.string(), discoveredSourceSchema).optional(),
  /** What the last discovery found for every municipality and type (the coverage table's notes). */
  discovery: z.array(discoveryRecordSchema).optional(),
});

export type CachedSource = z.infer<typeof entrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export interface StagedFile {
  source: string;
  entry: CachedSource;
  stagedPath: string;
}

export interface StagedDiscovered {
  key: string;
  entry: DiscoveredSource;
  stagedPath: string;
}

/** What one refresh puts in place: registry files, discovered files, and the discovery's records. */
export interface CacheUpdate {
  staged: readonly StagedFile[];
  discovered?: readonly StagedDiscovered[];
  /** Replaces the manifest's records when given (a discovery ran). */
  records?: readonly DiscoveryRecord[];
}

/**
 * What a snapshot build reads besides the bundled files (scripts/ingest.ts `--plan`): source files replaced by
 * the refresh, the municipalities' discovered files, and what the discovery found (the coverage table).
 */
export interface BuildPlan {
  overrides: ReadonlyMap<string, string>;
  discovered: readonly DiscoveredSource[];
  discovery: readonly DiscoveryRecord[];
}

/**
 * The refresh folder: the last good catalogue version of each refreshed source file (`files/<source path>`,
 * the publisher's bytes as downloaded) and `manifest.json` describing them. The publisher files under
 * data/opendata are never written; a build reads a cached file instead of the bundled one (overrides).
 * Every write is a rename of a complete temporary file, so a crash leaves the last good state.
 */
export class RefreshCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }

  /** The manifest; empty when the folder is new. A corrupt manifest is an error (the operator must look). */
  async readManifest(): Promise<Manifest> {
    let raw: string;
    try {
      raw = await readFile(this.manifestPath(), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, sources: {} };
      throw error;
    }
    return manifestSchema.parse(JSON.parse(raw));
  }

  /** Source path → cached file, for every source the manifest holds (registry files and discovered files). */
  overrides(manifest: Manifest): Map<string, string> {
    const discovered = Object.values(manifest.discovered ?? {}).map((entry) => discoveredSourcePath(entry.wardCode, entry.typeId));
    return new Map([...Object.keys(manifest.sources), ...discovered].map((source) => [source, this.filePath(source)]));
  }

  /** What a build reads from this folder: the manifest's files and records. */
  buildPlan(manifest: Manifest): BuildPlan {
    return { overrides: this.overrides(manifest), discovered: Object.values(manifest.discovered ?? {}), discovery: manifest.discovery ?? [] };
  }

  /** Writes a candidate next to the cache (not yet in use). */
  async stage(source: string, bytes: Uint8Array, entry: CachedSource): Promise<StagedFile> {
    return { source, entry, stagedPath: await this.stageBytes(source, bytes) };
  }

  /** Writes a discovered file next to the cache (not yet in use). */
  async stageDiscovered(key: string, bytes: Uint8Array, entry: DiscoveredSource): Promise<StagedDiscovered> {
    return { key, entry, stagedPath: await this.stageBytes(discoveredSourcePath(entry.wardCode, entry.typeId), bytes) };
  }

  private async stageBytes(source: string, bytes: Uint8Array): Promise<string> {
    const stagedPath = path.join(this.dir, 'staging', `${source}.${process.pid}.${Date.now()}`);
    await mkdir(path.dirname(stagedPath), { recursive: true });
    await writeFile(stagedPath, bytes);
    return stagedPath;
  }

  /** The plan of a build with the staged files in place of the manifest's (before they are committed). */
  planWith(manifest: Manifest, update: CacheUpdate): BuildPlan {
    const plan = this.buildPlan(manifest);
    const overrides = new Map(plan.overrides);
    for (const file of update.staged) overrides.set(file.source, file.stagedPath);
    const discovered = new Map(Object.entries(manifest.discovered ?? {}));
    for (const file of update.discovered ?? []) {
      overrides.set(discoveredSourcePath(file.entry.wardCode, file.entry.typeId), file.stagedPath);
      discovered.set(file.key, file.entry);
    }
    return { overrides, discovered: [...discovered.values()], discovery: update.records ?? plan.discovery };
  }

  /** Puts staged files in use and records them in the manifest (each file, then the manifest, atomically). */
  async commit(update: CacheUpdate, manifest: Manifest): Promise<Manifest> {
    const next: Manifest = {
      version: 1,
      sources: { ...manifest.sources },
      discovered: { ...manifest.discovered },
      discovery: update.records ? [...update.records] : manifest.discovery,
    };
    for (const file of update.staged) {
      const target = this.filePath(file.source);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(file.stagedPath, target);
      next.sources[file.source] = file.entry;
    }
    for (const file of update.discovered ?? []) {
      const target = this.filePath(discoveredSourcePath(file.entry.wardCode, file.entry.typeId));
      await mkdir(path.dirname(target), { recursive: true });
      await rename(file.stagedPath, target);
      (next.discovered as Record<string, DiscoveredSource>)[file.key] = file.entry;
    }
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.manifestPath()}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(next, null, 2)}\n`);
    await rename(tmp, this.manifestPath());
    return next;
  }

  /** Removes staged files that will not be used. */
  async discard(update: CacheUpdate): Promise<void> {
    await Promise.all([...update.staged, ...(update.discovered ?? [])].map((file) => rm(file.stagedPath, { force: true })));
  }

  filePath(source: string): string {
    const target = path.resolve(this.dir, 'files', source);
    if (!target.startsWith(path.join(this.dir, 'files') + path.sep)) throw new Error(`source path escapes the refresh folder: ${source}`);
    return target;
  }

  private manifestPath(): string {
    return path.join(this.dir, 'manifest.json');
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
