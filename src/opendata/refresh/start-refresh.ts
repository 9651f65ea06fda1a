import path from 'node:path';
import type { Logger } from 'pino';
import type { Env } from '../../config/env.ts';
import { REFRESH } from '../../config/tunables.ts';
import type { OpsEvents } from '../../observability/events.ts';
import type { DatasetSpec } from '../dataset-spec.ts';
import { DATASETS } from '../datasets.ts';
import type { Corpus } from '../../core/place.ts';
import { PORTALS, type Portal } from '../discovery/portals.ts';
import { loadCorpus } from '../load-corpus.ts';
import { CkanClient, type CkanClientOptions } from './ckan-client.ts';
import type { HttpRequest } from './fetch-limited.ts';
import { reachPolicyFor } from './reach-policy.ts';
import { createChildRebuild } from './rebuild-snapshot.ts';
import { RefreshCache } from './refresh-cache.ts';
import { refreshOpenData, type SourceOutcome } from './refresh-open-data.ts';

export interface RefreshWiring {
  env: Env;
  log: Logger;
  events: OpsEvents;
  /** Every HTTP call of the catalogue client (the lead wraps it in the circuit breaker). Default: fetch. */
  request?: HttpRequest;
  /** Receives each new corpus (the server builds a CorpusIndex and assigns it to deps.index). */
  onSnapshot: (corpus: Corpus) => void;
  /** The datasets to refresh (default: every dataset of the registry that names its catalogue resources). */
  specs?: readonly DatasetSpec[];
  /** Also look for every municipality's standard datasets (default: when every registry dataset is refreshed). */
  discover?: boolean;
  /** The municipal portals searched (default: discovery/portals.ts). */
  portals?: readonly Portal[];
  /** The running corpus, reference of the new files' checks (default: the snapshot on disk, read once per run). */
  currentCorpus?: () => Corpus;
}

export interface DataRefresher {
  /** Runs one refresh now (a run already going is awaited instead of starting a second). */
  runNow(): Promise<SourceOutcome[]>;
  /** Stops the schedule; a run in progress finishes. */
  stop(): void;
}

/** Catalogue dataset name → the registry dataset that reads it (the discovery leaves these to the registry). */
export function registryPackages(specs: readonly DatasetSpec[]): Map<string, string> {
  return new Map(specs.flatMap((spec) => (spec.catalog ?? []).map((source) => [source.packageId, spec.info.id] as const)));
}

/** `tokyo-ai-chat/<version> (…)`: the catalogue's operators can tell who is calling and why. */
export function refreshUserAgent(version: string): string {
  return `tokyo-ai-chat-data-refresh/${version} (Tokyo Metropolitan Government AI concierge; CKAN package_search, package_show and open-data file download)`;
}

/** The refresh as configured by the environment (CATALOG_BASE_URL, DATA_REFRESH_CACHE_DIR, …). */
export function createDataRefresher(wiring: RefreshWiring): DataRefresher {
  const { env, log, events, request = fetch, onSnapshot, specs = DATASETS } = wiring;
  const reach = reachPolicyFor({
    production: env.NODE_ENV === 'production',
    catalogBaseUrl: env.CATALOG_BASE_URL,
    allowedHosts: env.CATALOG_ALLOWED_HOSTS ?? REFRESH.allowedHosts,
    maxRedirects: REFRESH.maxRedirects,
  });
  const clientOptions: CkanClientOptions = {
    baseUrl: env.CATALOG_BASE_URL,
    request,
    reach,
    events,
    timeoutMs: REFRESH.timeoutMs,
    maxFileBytes: REFRESH.maxFileBytes,
    maxPackageBytes: REFRESH.maxPackageBytes,
    userAgent: refreshUserAgent(env.APP_VERSION),
  };
  const client = new CkanClient(clientOptions);
  const snapshotPath = path.resolve(env.SNAPSHOT_PATH);
  const discovery = (wiring.discover ?? specs === DATASETS)
    ? {
        portals: (wiring.portals ?? PORTALS).map((portal) => ({ portal, client: new CkanClient({ ...clientOptions, baseUrl: portal.baseUrl }) })),
        reference: wiring.currentCorpus ?? (() => loadCorpus(snapshotPath)),
        registry: registryPackages(DATASETS),
      }
    : undefined;
  let running: Promise<SourceOutcome[]> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const runNow = () => {
    running ??= refreshOpenData({
      specs,
      dataDir: path.resolve(env.OPENDATA_DIR),
      cache: new RefreshCache(env.DATA_REFRESH_CACHE_DIR),
      snapshotPath,
      client,
      discovery,
      rebuild: createChildRebuild(env.OPENDATA_DIR),
      events,
      log,
      now: () => new Date(),
      onSnapshot,
    }).finally(() => {
      running = undefined;
    });
    return running;
  };
  // Off by default (the embedded default is offline); the first run waits one interval, so start stays fast.
  if (env.DATA_REFRESH_INTERVAL_MINUTES > 0) {
    timer = setInterval(() => {
      runNow().catch((error: unknown) => log.error({ err: error }, 'open-data refresh crashed; the last good snapshot stays'));
    }, env.DATA_REFRESH_INTERVAL_MINUTES * 60_000);
    timer.unref();
    log.info({ intervalMinutes: env.DATA_REFRESH_INTERVAL_MINUTES, catalog: env.CATALOG_BASE_URL }, 'open-data refresh scheduled');
  }
  return {
    runNow,
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
