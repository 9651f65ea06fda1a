import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

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

const manifestSchema = z.object({ version: z.literal(1), sources: z.record(z.string(), entrySchema) });

export type CachedSource = z.infer<typeof entrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export interface StagedFile {
  source: string;
  entry: CachedSource;
  stagedPath: string;
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

  /** Source path → cached file, for every source the manifest holds. */
  overrides(manifest: Manifest): Map<string, string> {
    return new Map(Object.keys(manifest.sources).map((source) => [source, this.filePath(source)]));
  }

  /** Writes a candidate next to the cache (not yet in use). */
  async stage(source: string, bytes: Uint8Array, entry: CachedSource): Promise<StagedFile> {
    const stagedPath = path.join(this.dir, 'staging', `${source}.${process.pid}.${Date.now()}`);
    await mkdir(path.dirname(stagedPath), { recursive: true });
    await writeFile(stagedPath, bytes);
    return { source, entry, stagedPath };
  }

  /** Puts staged files in use and records them in the manifest (each file, then the manifest, atomically). */
  async commit(staged: readonly StagedFile[], manifest: Manifest): Promise<Manifest> {
    const next: Manifest = { version: 1, sources: { ...manifest.sources } };
    for (const file of staged) {
      const target = this.filePath(file.source);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(file.stagedPath, target);
      next.sources[file.source] = file.entry;
    }
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.manifestPath()}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(next, null, 2)}\n`);
    await rename(tmp, this.manifestPath());
    return next;
  }

  /** Removes staged files that will not be used. */
  async discard(staged: readonly StagedFile[]): Promise<void> {
    await Promise.all(staged.map((file) => rm(file.stagedPath, { force: true })));
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
