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
import { discoveredSourcePath, type DiscoveryRecord } from '../discovery/discovery-record.ts';
import type { RebuildSnapshot } from './rebuild-snapshot.ts';
import { type CacheUpdate, type Manifest, RefreshCache, sha256, type StagedFile } from './refresh-cache.ts';
import { type DiscoveredRun, type DiscoveryOptions, refreshDiscovered } from './refresh-discovered.ts';
import { RunBudget } from './run-budget.ts';

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
  /** Also look for every municipality's standard datasets (discovery/); absent: the registry's files only. */
  discovery?: DiscoveryOptions;
  /** The whole run's limits (default: REFRESH.maxRunMs and maxRunBytes). */
  budget?: RunBudget;
}

export interface SourceOutcome {
  datasetId: string;
  source: string;
  /** `not_found`: the discovery found no file of this kind for the municipality (no event is raised). */
  outcome: 'updated' | 'unchanged' | 'failed' | 'not_found';
  reason?: string;
}

type Checked = { staged: StagedFile } | SourceOutcome;

/**
 * One refresh: every source file the registry links to the catalogue (DatasetSpec.catalog), and, with
 * `discovery`, every municipality's standard datasets (refresh-discovered.ts). Each current file is resolved
 * with package_show, downloaded within the reach policy and the run's budget, and checked whole
 * (check-candidate.ts, discovery/check-discovered-file.ts). Only when something passed or the discovery's
 * findings changed is the snapshot rebuilt, beside the running one, in a child process (the server keeps
 * answering from the old one); it is validated as the server would, then the files and the snapshot are put
 * in place (renames) and the corpus handed to `onSnapshot`, which swaps the index in one assignment. Anything
 * that fails keeps the last good file and snapshot. Every source ends with a `refresh` ops event (a failure
 * raises an alert) and a log line.
 */
export async function refreshOpenData(options: RefreshOptions): Promise<SourceOutcome[]> {
  const manifest = await options.cache.readManifest();
  const budget = options.budget ?? new RunBudget();
  const checked: Checked[] = [];
  for (const spec of options.specs) {
    for (const source of spec.catalog ?? []) checked.push(await checkSource(spec, source, manifest, options, budget));
  }
  const staged = checked.flatMap((item) => ('staged' in item ? [item.staged] : []));
  const outcomes = checked.flatMap((item) => ('staged' in item ? [] : [item]));
  const discovered = options.discovery ? await runDiscovery(options, options.discovery, manifest, budget) : undefined;
  if (discovered?.failure) outcomes.push(discovered.failure);
  const found = discovered?.run;
  if (found) outcomes.push(...found.outcomes);
  const update: CacheUpdate = { staged, discovered: found?.staged ?? [], records: found?.records };
  if (staged.length > 0 || (found && (found.staged.length > 0 || coverageChanged(manifest.discovery, found.records)))) {
    outcomes.push(...(await swapIn(update, manifest, options)));
  } else if (found) {
    await options.cache.commit(update, manifest); // the records only: the snapshot already says the same
  }
  for (const outcome of outcomes) report(outcome, options);
  return outcomes;
}

/** The discovery, or the one outcome that says it could not search the catalogue (everything stays as it was). */
async function runDiscovery(
  options: RefreshOptions,
  discovery: DiscoveryOptions,
  manifest: Manifest,
  budget: RunBudget,
): Promise<{ run?: DiscoveredRun; failure?: SourceOutcome }> {
  try {
    return { run: await refreshDiscovered(options.client, discovery, { cache: options.cache, manifest, budget, now: options.now() }) };
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return { failure: { datasetId: 'discovery', source: options.client.baseUrl, outcome: 'failed', reason: `the catalogue search failed: ${error.message}` } };
  }
}

/**
 * Whether the discovery's findings differ from the last run's in what the coverage table records (a file
 * loaded or not, why not, its page and date): only then is a rebuild worth it when no file changed.
 */
function coverageChanged(before: readonly DiscoveryRecord[] | undefined, after: readonly DiscoveryRecord[]): boolean {
  const facts = (records: readonly DiscoveryRecord[]) =>
    JSON.stringify(
      records.map((record) => {
        const loaded = record.outcome === 'updated' || record.outcome === 'unchanged';
        return [record.wardCode, record.typeId, loaded ? 'loaded' : record.outcome, loaded ? '' : record.reason, record.chosen?.page, record.chosen?.updatedAt];
      }),
    );
  return facts(before ?? []) !== facts(after);
}

async function checkSource(spec: DatasetSpec, source: CatalogSource, manifest: Manifest, options: RefreshOptions, budget: RunBudget): Promise<Checked> {
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
    const declared = Number(resource.size ?? Number.NaN);
    if (declared > options.client.maxFileBytes) return { ...base, outcome: 'failed', reason: `too large: the catalogue declares ${declared} bytes, more than ${options.client.maxFileBytes}` };
    const spent = budget.spent();
    if (spent) return { ...base, outcome: 'failed', reason: `not downloaded: ${spent}` };
    const response = await options.client.download(resource.url);
    budget.spend(response.bytes.byteLength);
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
async function swapIn(update: CacheUpdate, manifest: Manifest, options: RefreshOptions): Promise<SourceOutcome[]> {
  const tmp = `${options.snapshotPath}.refresh-${process.pid}.tmp`;
  const discovered = update.discovered ?? [];
  try {
    await options.rebuild(options.cache.planWith(manifest, update), tmp);
    const corpus = await loadCorpus(tmp); // the checks the server makes at start
    await options.cache.commit(update, manifest);
    await rename(tmp, options.snapshotPath);
    options.onSnapshot?.(corpus);
    return [
      ...update.staged.map((file) => ({ datasetId: file.entry.datasetId, source: file.source, outcome: 'updated' as const, reason: `${file.entry.stats.loaded} places from ${file.entry.url}` })),
      ...discovered.map((file) => ({
        datasetId: file.entry.datasetId,
        source: discoveredSourcePath(file.entry.wardCode, file.entry.typeId),
        outcome: 'updated' as const,
        reason: `${file.entry.report.loaded} of ${file.entry.report.rows} rows from ${file.entry.url}`,
      })),
    ];
  } catch (error) {
    await options.cache.discard(update);
    await rm(tmp, { force: true });
    const reason = `snapshot rebuild failed: ${(error as Error).message}`;
    const failed = [
      ...update.staged.map((file) => ({ datasetId: file.entry.datasetId, source: file.source })),
      ...discovered.map((file) => ({ datasetId: file.entry.datasetId, source: discoveredSourcePath(file.entry.wardCode, file.entry.typeId) })),
    ];
    if (failed.length === 0) failed.push({ datasetId: 'discovery', source: options.client.baseUrl });
    return failed.map((file) => ({ ...file, outcome: 'failed' as const, reason }));
  }
}

function report(outcome: SourceOutcome, options: RefreshOptions): void {
  const line = { refresh: outcome };
  if (outcome.outcome === 'not_found') {
    options.log.debug(line, `open-data refresh: nothing published for ${outcome.source}`);
    return;
  }
  options.events.emit('refresh', { datasetId: outcome.datasetId, outcome: outcome.outcome, reason: outcome.reason });
  if (outcome.outcome === 'failed') options.log.warn(line, `open-data refresh failed for ${outcome.source}: the last good version stays`);
  else options.log.info(line, `open-data refresh: ${outcome.source} ${outcome.outcome}`);
}
