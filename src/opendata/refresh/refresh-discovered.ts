import { setTimeout as pause, setImmediate as yieldToAnswers } from 'node:timers/promises';
import { DISCOVERY } from '../../config/tunables.ts';
import type { Corpus } from '../../core/place.ts';
import { chooseCandidate, pickStandardResource, resourceStamp } from '../discovery/choose-candidate.ts';
import {
  discoveredDatasetId,
  discoveredSourcePath,
  discoveryKey,
  type DiscoveredSource,
  type DiscoveryRecord,
  type FileReport,
} from '../discovery/discovery-record.ts';
import type { DiscoveredVerdict } from '../discovery/check-discovered-file.ts';
import { type FileChecker, workerChecker } from '../discovery/file-checker.ts';
import { type Candidate, type Candidates, findCandidates } from '../discovery/find-candidates.ts';
import type { Portal } from '../discovery/portals.ts';
import { STANDARD_TYPES, type StandardType } from '../discovery/standard-types.ts';
import { MUNICIPALITY_CODES, municipalityOfCode } from '../tokyo-municipalities.ts';
import type { CkanClient } from './ckan-client.ts';
import { FetchError } from './fetch-limited.ts';
import { type Manifest, type RefreshCache, sha256, type StagedDiscovered } from './refresh-cache.ts';
import type { RunBudget } from './run-budget.ts';

/** What the refresh needs to look for every municipality's standard datasets. */
export interface DiscoveryOptions {
  /** The municipal portals to search, each with its own client (same reach policy). */
  portals: ReadonlyArray<{ portal: Portal; client: CkanClient }>;
  /** The kinds looked for (default: every standard type). */
  types?: readonly StandardType[];
  /** The municipalities looked at (default: all 62). */
  wardCodes?: readonly string[];
  /** The running corpus: where a new file's points are checked against their municipality. */
  reference: () => Corpus | Promise<Corpus>;
  /** Where files are checked (default: a worker thread, so that answering goes on; file-checker.ts). */
  checker?: (reference: Corpus) => FileChecker;
  /** Catalogue dataset name → the registry dataset that reads it already. */
  registry: ReadonlyMap<string, string>;
}

/** How one municipality's type ended, as a refresh outcome (`not_found` raises no event). */
export interface DiscoveredOutcome {
  datasetId: string;
  source: string;
  outcome: 'unchanged' | 'failed' | 'not_found';
  reason?: string;
}

export interface DiscoveredRun {
  staged: StagedDiscovered[];
  records: DiscoveryRecord[];
  outcomes: DiscoveredOutcome[];
}

interface Context {
  discovery: DiscoveryOptions;
  cache: RefreshCache;
  manifest: Manifest;
  budget: RunBudget;
  checker: FileChecker;
  now: Date;
  /** Files downloaded so far in this run. */
  downloads: number;
}

type One = { record: DiscoveryRecord; staged?: StagedDiscovered; outcome?: DiscoveredOutcome };

/**
 * Finds every municipality's file of every standard type (discovery/find-candidates.ts, choose-candidate.ts),
 * downloads the chosen one when the catalogue lists a new version, and checks it whole
 * (check-discovered-file.ts). A file that passes is staged; one that fails is rejected with its reason and the
 * last good one stays in use. Every municipality and type gets a record (chosen, rejected candidates, outcome).
 * A failing catalogue search throws: the caller keeps everything as it was.
 */
export async function refreshDiscovered(
  client: CkanClient,
  discovery: DiscoveryOptions,
  state: { cache: RefreshCache; manifest: Manifest; budget: RunBudget; now: Date },
): Promise<DiscoveredRun> {
  const types = discovery.types ?? STANDARD_TYPES;
  const wardCodes = discovery.wardCodes ?? MUNICIPALITY_CODES;
  const candidates = await findCandidates({ catalogue: client, portals: discovery.portals, types, wardCodes });
  const checker = (discovery.checker ?? workerChecker)(await discovery.reference());
  const context: Context = { ...state, discovery, checker, downloads: 0 };
  const run: DiscoveredRun = { staged: [], records: [], outcomes: [] };
  try {
    for (const wardCode of wardCodes) {
      for (const type of types) {
        const downloadsBefore = context.downloads;
        const one = await discoverOne(type, wardCode, candidates, context);
        run.records.push(one.record);
        if (one.staged) run.staged.push(one.staged);
        if (one.outcome) run.outcomes.push(one.outcome);
        // answering goes first: a chat turn waiting for the event loop or the CPU goes before the next file
        await (context.downloads > downloadsBefore ? pause(DISCOVERY.pauseAfterFileMs) : yieldToAnswers());
      }
    }
  } finally {
    await checker.close();
  }
  return run;
}

async function discoverOne(type: StandardType, wardCode: string, candidates: Candidates, context: Context): Promise<One> {
  const key = discoveryKey(wardCode, type.id);
  const ward = municipalityOfCode(wardCode) ?? wardCode;
  const datasetId = discoveredDatasetId(wardCode, type.id);
  const base = { typeId: type.id, ward, wardCode, checkedAt: context.now.toISOString() };
  const outcomeOf = (outcome: DiscoveredOutcome['outcome'], reason?: string): DiscoveredOutcome => ({
    datasetId,
    source: discoveredSourcePath(wardCode, type.id),
    outcome,
    reason,
  });
  const choice = chooseCandidate(type, wardCode, candidates.byKey.get(key) ?? [], context.discovery.registry, context.now);
  if (choice.inRegistry) return { record: { ...base, outcome: 'in_registry', reason: `read as ${choice.inRegistry}`, rejected: choice.rejected } };
  if (!choice.chosen) {
    const failure = candidates.failed.get(key);
    if (failure) return failed({ ...base, outcome: 'failed', reason: failure, rejected: choice.rejected }, context, outcomeOf);
    if (choice.rejected.length > 0) {
      const reason = `no usable dataset: ${choice.rejected.map((candidate) => candidate.reason).join('; ')}`;
      return failed({ ...base, outcome: 'rejected', reason, rejected: choice.rejected }, context, outcomeOf);
    }
    const reason = 'no dataset of this kind in the catalogue or the portals';
    return { record: { ...base, outcome: 'not_found', reason, rejected: [] }, outcome: outcomeOf('not_found', reason) };
  }
  try {
    return await fetchChosen(type, key, datasetId, choice.chosen, { ...base, rejected: choice.rejected }, context, outcomeOf);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return failed({ ...base, outcome: 'failed', reason: error.message, rejected: choice.rejected, chosen: chosenOf(choice.chosen) }, context, outcomeOf);
  }
}

async function fetchChosen(
  type: StandardType,
  key: string,
  datasetId: string,
  chosen: Candidate,
  base: Omit<DiscoveryRecord, 'outcome'>,
  context: Context,
  outcomeOf: (outcome: DiscoveredOutcome['outcome'], reason?: string) => DiscoveredOutcome,
): Promise<One> {
  const pkg = await chosen.client.showPackage(chosen.pkg.name);
  const resource = pickStandardResource(type, pkg);
  const info = { ...chosenOf({ client: chosen.client, pkg }), url: resource?.url };
  if (!resource) return failed({ ...base, outcome: 'rejected', reason: 'wrong format: no CSV resource in package_show', chosen: info }, context, outcomeOf);
  const stamp = resourceStamp(resource) || (pkg.metadata_modified ?? '');
  const previous = context.manifest.discovered?.[key];
  if (previous && previous.url === resource.url && previous.resourceStamp === stamp) {
    return unchanged({ ...base, outcome: 'unchanged', reason: 'the catalogue lists the same file as last time', chosen: info, report: previous.report }, outcomeOf);
  }
  const declared = Number(resource.size ?? Number.NaN);
  if (declared > chosen.client.maxFileBytes) {
    return failed({ ...base, outcome: 'rejected', reason: `too large: the catalogue declares ${declared} bytes, more than ${chosen.client.maxFileBytes}`, chosen: info }, context, outcomeOf);
  }
  const spent = context.budget.spent();
  if (spent) return failed({ ...base, outcome: 'failed', reason: `not downloaded: ${spent}`, chosen: info }, context, outcomeOf);
  context.downloads += 1;
  const response = await chosen.client.download(resource.url);
  context.budget.spend(response.bytes.byteLength);
  const digest = sha256(response.bytes);
  if (previous?.sha256 === digest) {
    return unchanged({ ...base, outcome: 'unchanged', reason: 'the file is the same as the last good one', chosen: info, report: previous.report }, outcomeOf);
  }
  const verdict: DiscoveredVerdict = await context.checker
    .check({ typeId: type.id, ward: base.ward, datasetId, bytes: response.bytes, contentType: response.contentType, lastGood: previous?.report, now: context.now })
    .catch((error: unknown) => ({ ok: false, reason: `the file could not be checked: ${(error as Error).message}` }));
  if (!verdict.ok) return failed({ ...base, outcome: 'rejected', reason: verdict.reason, chosen: info, report: verdict.report }, context, outcomeOf);
  const entry: DiscoveredSource = {
    datasetId,
    typeId: type.id,
    ward: base.ward,
    wardCode: base.wardCode,
    title: pkg.title ?? type.titles[0] ?? type.id,
    publisher: pkg.organization?.title ?? base.ward,
    licenseId: pkg.license_id ?? '',
    catalogue: chosen.client.baseUrl,
    packageName: pkg.name,
    page: info.page,
    url: resource.url,
    resourceStamp: stamp,
    updatedAt: pkg.metadata_modified ?? undefined,
    sha256: digest,
    report: verdict.report,
    fetchedAt: context.now.toISOString(),
  };
  const record: DiscoveryRecord = { ...base, outcome: 'updated', reason: describe(verdict.report, verdict.note), chosen: info, report: verdict.report };
  return { record, staged: await context.cache.stageDiscovered(key, response.bytes, entry) };
}

function chosenOf({ client, pkg }: Candidate): NonNullable<DiscoveryRecord['chosen']> {
  return { catalogue: client.baseUrl, packageName: pkg.name, title: pkg.title ?? '', page: `${client.baseUrl}/dataset/${pkg.name}`, updatedAt: pkg.metadata_modified ?? undefined };
}

function unchanged(record: DiscoveryRecord, outcomeOf: (outcome: 'unchanged', reason?: string) => DiscoveredOutcome): One {
  return { record, outcome: outcomeOf('unchanged', record.reason) };
}

/**
 * A file not taken: a `failed` outcome (an ops event and an alert) when this is news, i.e. the last run did not
 * end the same way for the same reason; otherwise `unchanged`, so a publisher's long-standing defect does not
 * raise the same alert at every refresh. Either way the record says why and the last good file stays.
 */
function failed(record: DiscoveryRecord, context: Context, outcomeOf: (outcome: DiscoveredOutcome['outcome'], reason?: string) => DiscoveredOutcome): One {
  const last = context.manifest.discovery?.find((other) => other.wardCode === record.wardCode && other.typeId === record.typeId);
  const known = last?.outcome === record.outcome && last.reason === record.reason;
  return { record, outcome: known ? outcomeOf('unchanged', `still ${record.outcome}: ${record.reason ?? ''}`) : outcomeOf('failed', record.reason) };
}

function describe(report: FileReport, note: string | undefined): string {
  const parts = [`${report.loaded} of ${report.rows} rows loaded`, `${report.fixed} repaired`, `${report.rejected} rejected`];
  if (report.outside > 0) parts.push(`${report.outside} points outside their municipality (moved or removed in the build)`);
  if (note) parts.push(note);
  return parts.join(', ');
}
