import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { OpsEvents } from '../../observability/events.ts';
import type { CatalogSource, DatasetSpec } from '../dataset-spec.ts';
import { decodeText } from '../decode.ts';
import { loadCorpus } from '../load-corpus.ts';
import type { Corpus } from '../../core/place.ts';
import { checkCandidate, measureFile, type FileStats } from './check-candidate.ts';
import { type CkanClient, pickResource } from './ckan-client.ts';
import { FetchError } from './fetch-limited.ts';
import type { RebuildSnapshot } from './rebuild-snapshot.ts';
import { type Manifest, RefreshCache, sha256, type StagedFile } from './refresh-cache.ts';

export interface RefreshOptions {
  specs: readonly DatasetSpec[];
  /** data/opendata: the bundled files, the last good version of a source never refreshed. */
  dataDir: string;
  cache: RefreshCache;
  snapshotPath: string;
  client: CkanClient;
  rebuild: RebuildSnapshot;
  events: OpsEvents;
  log: Logger;
  now: () => Date;
  /** Called with the new corpus once the new snapshot is in place (the server swaps its index). */
  onSnapshot?: (corpus: Corpus) => void;
}

export interface SourceOutcome {
  datasetId: string;
  source: string;
  outcome: 'updated' | 'unchanged' | 'failed';
  reason?: string;
}

type Checked = { staged: StagedFile } | SourceOutcome;

/**
 * One refresh of every source file the registry links to the catalogue (DatasetSpec.catalog): resolve the
 * current file with package_show, download it, check it (check-candidate.ts), and only when it passes, rebuild
 * the snapshot with it in a temporary file, validate that snapshot as the server would, then put the new
 * files and the new snapshot in place (renames) and hand the corpus to `onSnapshot`. Anything that fails keeps
 * the last good file and snapshot. Every source ends with a `refresh` ops event and a log line.
 */
export async function refreshOpenData(options: RefreshOptions): Promise<SourceOutcome[]> {
  const manifest = await options.cache.readManifest();
  const checked: Checked[] = [];
  for (const spec of options.specs) {
    for (const source of spec.catalog ?? []) checked.push(await checkSource(spec, source, manifest, options));
  }
  const staged = checked.flatMap((item) => ('staged' in item ? [item.staged] : []));
  const outcomes = checked.flatMap((item) => ('staged' in item ? [] : [item]));
  if (staged.length > 0) outcomes.push(...(await swapIn(staged, manifest, options)));
  for (const outcome of outcomes) report(outcome, options);
  return outcomes;
}

async function checkSource(spec: DatasetSpec, source: CatalogSource, manifest: Manifest, options: RefreshOptions): Promise<Checked> {
  const base = { datasetId: spec.info.id, source: source.source };
  try {
    const pkg = await options.client.showPackage(source.packageId);
    const resource = pickResource(pkg, source);
    if (!resource) return { ...base, outcome: 'failed', reason: `no ${source.format} resource matching ${source.pattern} in ${source.packageId}` };
    const stamp = resource.last_modified ?? resource.created ?? pkg.metadata_modified ?? '';
    const previous = manifest.sources[source.source];
    if (previous && previous.url === resource.url && previous.resourceStamp === stamp) {
      return { ...base, outcome: 'unchanged', reason: 'the catalogue lists the same file as last time' };
    }
    const response = await options.client.download(resource.url);
    const digest = sha256(response.bytes);
    if (previous?.sha256 === digest) return { ...base, outcome: 'unchanged', reason: 'the file is the same as the last good one' };
    const lastGood = previous?.stats ?? (await measureBundled(spec, source.source, options));
    const verdict = checkCandidate(spec, source.source, response.bytes, response.contentType, lastGood, options.now());
    if (!verdict.ok) return { ...base, outcome: 'failed', reason: verdict.reason };
    if (verdict.note) options.log.warn({ refresh: { ...base, url: resource.url } }, `open-data refresh: ${verdict.note}`);
    const entry = { datasetId: spec.info.id, packageId: source.packageId, url: resource.url, resourceStamp: stamp, sha256: digest, stats: verdict.stats, fetchedAt: options.now().toISOString() };
    return { staged: await options.cache.stage(source.source, response.bytes, entry) };
  } catch (error) {
    if (error instanceof FetchError) return { ...base, outcome: 'failed', reason: error.message };
    throw error;
  }
}

/** The bundled file's measure, for a source the refresh has not replaced yet. */
async function measureBundled(spec: DatasetSpec, source: string, options: RefreshOptions): Promise<FileStats> {
  const text = decodeText(await readFile(path.join(options.dataDir, source)), spec.encoding);
  return measureFile(spec, { path: source, text }, options.now());
}

/** Rebuilds the snapshot with the staged files and, when it loads, puts files and snapshot in place. */
async function swapIn(staged: StagedFile[], manifest: Manifest, options: RefreshOptions): Promise<SourceOutcome[]> {
  const overrides = options.cache.overrides(manifest);
  for (const file of staged) overrides.set(file.source, file.stagedPath);
  const tmp = `${options.snapshotPath}.refresh-${process.pid}.tmp`;
  try {
    await options.rebuild(overrides, tmp);
    const corpus = await loadCorpus(tmp); // the checks the server makes at start
    await options.cache.commit(staged, manifest);
    await rename(tmp, options.snapshotPath);
    options.onSnapshot?.(corpus);
    return staged.map((file) => ({ datasetId: file.entry.datasetId, source: file.source, outcome: 'updated' as const, reason: `${file.entry.stats.loaded} places from ${file.entry.url}` }));
  } catch (error) {
    await options.cache.discard(staged);
    await rm(tmp, { force: true });
    const reason = `snapshot rebuild failed: ${(error as Error).message}`;
    return staged.map((file) => ({ datasetId: file.entry.datasetId, source: file.source, outcome: 'failed' as const, reason }));
  }
}

function report(outcome: SourceOutcome, options: RefreshOptions): void {
  options.events.emit('refresh', { datasetId: outcome.datasetId, outcome: outcome.outcome, reason: outcome.reason });
  const line = { refresh: outcome };
  if (outcome.outcome === 'failed') options.log.warn(line, `open-data refresh failed for ${outcome.source}: the last good version stays`);
  else options.log.info(line, `open-data refresh: ${outcome.source} ${outcome.outcome}`);
}
