import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REFRESH } from '../../src/config/tunables.ts';
import { OpsEvents } from '../../src/observability/events.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { DATASETS } from '../../src/opendata/datasets.ts';
import type { DatasetSpec } from '../../src/opendata/dataset-spec.ts';
import { CkanClient } from '../../src/opendata/refresh/ckan-client.ts';
import { createChildRebuild } from '../../src/opendata/refresh/rebuild-snapshot.ts';
import { RefreshCache, sha256 } from '../../src/opendata/refresh/refresh-cache.ts';
import { refreshOpenData } from '../../src/opendata/refresh/refresh-open-data.ts';
import { type CkanDouble, startCkanDouble } from '../fakes/ckan-double/ckan-double.ts';
import { BUNDLED_SNAPSHOT } from '../helpers/discovery-refresh.ts';

/**
 * The refresh's reach (issue 13, item 4), through the registry's refresh path as it existed before: a dataset
 * of the catalogue double whose resource is a redirect to a private address, a `file:` URL, or a file larger
 * than the limit. Each must end as a failed refresh with its reason, nothing sent where it must not go, and the
 * snapshot kept.
 */
let double: CkanDouble;
let privateServer: Server;
let privateHits: string[];
let privateUrl: string;
let dir: string;
let snapshotPath: string;
let asked: string[];

beforeAll(async () => {
  double = await startCkanDouble({ types: [] });
  privateHits = [];
  // stands for the metadata server or another instance: reachable from the server, never to be fetched
  privateServer = createServer((req, res) => {
    privateHits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/csv' }).end('名称,緯度,経度\r\n秘密,35.6,139.7\r\n');
  });
  await new Promise<void>((resolve) => privateServer.listen(0, '127.0.0.2', resolve));
  privateUrl = `http://127.0.0.2:${(privateServer.address() as AddressInfo).port}/computeMetadata/v1/token.csv`;
});
afterAll(async () => {
  await double.close();
  await new Promise<void>((resolve) => privateServer.close(() => resolve()));
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'opendata-reach-'));
  snapshotPath = path.join(dir, 'corpus.json');
  await copyFile(BUNDLED_SNAPSHOT, snapshotPath);
  asked = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The Koto toilets of the registry, pointed at a dataset of the double. */
function toiletsFrom(packageId: string): DatasetSpec {
  const spec = DATASETS.find((candidate) => candidate.info.id === 'koto-public-toilets') as DatasetSpec;
  return { ...spec, catalog: [{ source: 'toilets/koto_131083_public_toilet.csv', packageId, format: 'CSV', pattern: /./ }] };
}

async function refreshFrom(packageId: string, maxFileBytes = REFRESH.maxFileBytes) {
  const client = new CkanClient({
    baseUrl: double.catalogueUrl,
    request: (url, init) => {
      asked.push(url);
      return fetch(url, init);
    },
    reach: { httpsOnly: false, publicAddressesOnly: false, allowedHosts: double.hosts, maxRedirects: REFRESH.maxRedirects },
    timeoutMs: 5_000,
    maxFileBytes,
    maxPackageBytes: REFRESH.maxPackageBytes,
    userAgent: 'test',
  });
  const before = sha256(await readFile(snapshotPath));
  const outcomes = await refreshOpenData({
    specs: [toiletsFrom(packageId)],
    dataDir: 'data/opendata',
    cache: new RefreshCache(path.join(dir, 'cache')),
    snapshotPath,
    client,
    rebuild: createChildRebuild('data/opendata'),
    events: new OpsEvents(),
    log: createLogger({ level: 'silent' }),
    now: () => new Date(),
  });
  expect(sha256(await readFile(snapshotPath))).toBe(before);
  return outcomes;
}

describe("the refresh's reach", () => {
  it('refuses a redirect to a private address, without sending anything there', async () => {
    const url = `${double.catalogueUrl}/files/131113/moved/131113_public_toilet.csv`;
    double.route(url, { kind: 'redirect', location: privateUrl });
    const outcomes = await refreshFrom(double.addPackage('131113', 'public_toilet', { url }));
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'failed', reason: expect.stringMatching(/^127\.0\.0\.2:\d+ is not on the refresh's allowlist of hosts$/) })]);
    expect(privateHits).toEqual([]);
    expect(asked).toEqual([expect.stringContaining('/api/3/action/package_show'), url]);
  });

  it('refuses a file: URL without handing it to the network function', async () => {
    const outcomes = await refreshFrom(double.addPackage('131113', 'public_toilet', { url: 'file:///etc/passwd' }));
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'file: URLs are not fetched: file:///etc/passwd' })]);
    expect(asked.filter((url) => !url.startsWith('http'))).toEqual([]);
  });

  it('does not download a resource the catalogue declares larger than the limit', async () => {
    const url = `${double.catalogueUrl}/files/131113/huge/131113_public_toilet.csv`;
    double.route(url, { kind: 'endless' });
    const outcomes = await refreshFrom(double.addPackage('131113', 'public_toilet', { url, size: 10 * 2 ** 30 }));
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'failed', reason: `too large: the catalogue declares ${10 * 2 ** 30} bytes, more than ${REFRESH.maxFileBytes}` })]);
    expect(asked).not.toContain(url);
  });

  it('stops reading an oversized body that declares no size', async () => {
    const url = `${double.catalogueUrl}/files/131113/endless/131113_public_toilet.csv`;
    double.route(url, { kind: 'endless' });
    const outcomes = await refreshFrom(double.addPackage('131113', 'public_toilet', { url }), 2 ** 20);
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'failed', reason: `${url} is more than ${2 ** 20} bytes` })]);
  });
});
