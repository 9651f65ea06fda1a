import path from 'node:path';
import { REFRESH } from '../../src/config/tunables.ts';
import type { Corpus } from '../../src/core/place.ts';
import { OpsEvents } from '../../src/observability/events.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { DATASETS } from '../../src/opendata/datasets.ts';
import { STANDARD_TYPES } from '../../src/opendata/discovery/standard-types.ts';
import { loadCorpus } from '../../src/opendata/load-corpus.ts';
import { CkanClient, type CkanClientOptions } from '../../src/opendata/refresh/ckan-client.ts';
import type { HttpRequest } from '../../src/opendata/refresh/fetch-limited.ts';
import { createChildRebuild } from '../../src/opendata/refresh/rebuild-snapshot.ts';
import { RefreshCache } from '../../src/opendata/refresh/refresh-cache.ts';
import type { RefreshOptions } from '../../src/opendata/refresh/refresh-open-data.ts';
import { registryPackages } from '../../src/opendata/refresh/start-refresh.ts';
import type { CkanDouble } from '../fakes/ckan-double/ckan-double.ts';

export const BUNDLED_SNAPSHOT = path.resolve('data/snapshot/corpus.json');

export interface DiscoveryRefreshSetup {
  /** The catalogue double (or its addresses, in another process). */
  double: Pick<CkanDouble, 'catalogueUrl' | 'hosts' | 'portals'>;
  /** The folder of the refresh cache and the snapshot. */
  dir: string;
  snapshotPath: string;
  events?: OpsEvents;
  /** The refresh's clock. */
  now?: Date;
  /** The one door to the network (default fetch). */
  request?: HttpRequest;
  /** One call's deadline (short, for the file that never comes). */
  timeoutMs?: number;
  maxFileBytes?: number;
  /** The corpus new files are checked against (default: the bundled snapshot). */
  reference?: () => Corpus | Promise<Corpus>;
  onSnapshot?: (corpus: Corpus) => void;
}

/**
 * The options of a refresh that discovers every municipality's standard datasets in the CKAN double, as
 * createDataRefresher wires it for the server (same reach checks, child rebuild, cache), with the double's
 * hosts as the allowlist and a short deadline. The registry's own files are not refreshed (`specs: []`).
 */
export function discoveryRefreshOptions(setup: DiscoveryRefreshSetup): RefreshOptions {
  const options: CkanClientOptions = {
    baseUrl: setup.double.catalogueUrl,
    request: setup.request ?? fetch,
    reach: { httpsOnly: false, publicAddressesOnly: false, allowedHosts: setup.double.hosts, maxRedirects: REFRESH.maxRedirects },
    events: setup.events,
    timeoutMs: setup.timeoutMs ?? 1_500,
    maxFileBytes: setup.maxFileBytes ?? REFRESH.maxFileBytes,
    maxPackageBytes: REFRESH.maxPackageBytes,
    userAgent: 'tokyo-ai-chat-data-refresh/test',
  };
  return {
    specs: [],
    dataDir: 'data/opendata',
    cache: new RefreshCache(path.join(setup.dir, 'cache')),
    snapshotPath: setup.snapshotPath,
    client: new CkanClient(options),
    rebuild: createChildRebuild('data/opendata'),
    events: setup.events ?? new OpsEvents(),
    log: createLogger({ level: 'silent' }),
    now: () => setup.now ?? new Date(),
    onSnapshot: setup.onSnapshot,
    discovery: {
      portals: setup.double.portals.map((portal) => ({ portal, client: new CkanClient({ ...options, baseUrl: portal.baseUrl }) })),
      types: STANDARD_TYPES,
      reference: setup.reference ?? (() => loadCorpus(BUNDLED_SNAPSHOT)),
      registry: registryPackages(DATASETS),
    },
  };
}
