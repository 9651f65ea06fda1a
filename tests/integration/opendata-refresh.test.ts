import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { REFRESH } from '../../src/config/tunables.ts';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { DATASETS } from '../../src/opendata/datasets.ts';
import { loadCorpus } from '../../src/opendata/load-corpus.ts';
import { CkanClient } from '../../src/opendata/refresh/ckan-client.ts';
import { createChildRebuild } from '../../src/opendata/refresh/rebuild-snapshot.ts';
import { RefreshCache, sha256 } from '../../src/opendata/refresh/refresh-cache.ts';
import { refreshOpenData } from '../../src/opendata/refresh/refresh-open-data.ts';
import { createDataRefresher, refreshUserAgent } from '../../src/opendata/refresh/start-refresh.ts';
import { CorpusIndex } from '../../src/retrieval/corpus-index.ts';
import { type CatalogReplay, startCatalogReplay } from '../fixtures/ckan/catalog-replay-server.ts';
import { eucJp, firstRowsCp932, garbage, HTML_PAGE, KOTO_TOILET_URL, NEW_TOILET, nextVersionCp932 } from '../fixtures/ckan/koto-toilet-files.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

const BUNDLED_SNAPSHOT = path.resolve('data/snapshot/corpus.json');
const TOILETS = DATASETS.filter((spec) => spec.info.id === 'koto-public-toilets');
const silent = createLogger({ level: 'silent' });

let replay: CatalogReplay;
let dir: string;
let snapshotPath: string;
let events: OpsEvents;
let seen: Array<OpsEventMap['refresh'][0]>;

beforeAll(async () => {
  replay = await startCatalogReplay();
});
afterAll(async () => {
  await replay.close();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'opendata-refresh-'));
  snapshotPath = path.join(dir, 'corpus.json');
  await copyFile(BUNDLED_SNAPSHOT, snapshotPath);
  events = new OpsEvents();
  seen = [];
  events.on('refresh', (event) => seen.push(event));
  replay.failPackageShow(undefined);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One refresh of the Koto toilet dataset against the replay, with a short deadline for the timeout case. */
function refreshToilets(timeoutMs = 2_000) {
  const client = new CkanClient({
    baseUrl: replay.baseUrl,
    request: fetch,
    reach: { httpsOnly: false, publicAddressesOnly: false, allowedHosts: [new URL(replay.baseUrl).host], maxRedirects: REFRESH.maxRedirects },
    events,
    timeoutMs,
    maxFileBytes: REFRESH.maxFileBytes,
    maxPackageBytes: REFRESH.maxPackageBytes,
    userAgent: refreshUserAgent('test'),
  });
  return refreshOpenData({
    specs: TOILETS,
    dataDir: 'data/opendata',
    cache: new RefreshCache(path.join(dir, 'cache')),
    snapshotPath,
    client,
    rebuild: createChildRebuild('data/opendata'),
    events,
    log: silent,
    now: () => new Date(),
  });
}

describe('a failed or partial refresh keeps the last good snapshot', () => {
  const failures: Array<[string, () => void, RegExp]> = [
    ['HTTP 500 for the file', () => replay.route(KOTO_TOILET_URL, { kind: 'status', status: 500 }), /HTTP 500/],
    ['HTTP 500 from package_show', () => replay.failPackageShow(500), /HTTP 500/],
    ['a file that never comes (timeout)', () => replay.route(KOTO_TOILET_URL, { kind: 'hang' }), /did not answer within 2000 ms/],
    [
      'a connection cut halfway (truncated file)',
      () => {
        const body = nextVersionCp932();
        replay.route(KOTO_TOILET_URL, { kind: 'truncate', body, sendBytes: Math.floor(body.byteLength / 2) });
      },
      /terminated|closed|ECONNRESET|socket/i,
    ],
    ['bytes that are not text (garbage)', () => replay.route(KOTO_TOILET_URL, { kind: 'file', body: garbage() }), /not text|does not parse/],
    ['a wrong, undetectable encoding (EUC-JP)', () => replay.route(KOTO_TOILET_URL, { kind: 'file', body: eucJp() }), /not text|does not parse/],
    [
      'an HTML page instead of the CSV',
      () => replay.route(KOTO_TOILET_URL, { kind: 'file', body: HTML_PAGE, contentType: 'text/html; charset=utf-8' }),
      /HTML page/,
    ],
    ['too few rows', () => replay.route(KOTO_TOILET_URL, { kind: 'file', body: firstRowsCp932(40) }), /too few rows: 40 loaded, the last good version had 191/],
  ];

  it.each(failures)('%s', async (_name, arrange, reason) => {
    arrange();
    const before = sha256(await readFile(snapshotPath));
    const outcomes = await refreshToilets();
    expect(outcomes).toEqual([expect.objectContaining({ datasetId: 'koto-public-toilets', outcome: 'failed', reason: expect.stringMatching(reason) })]);
    expect(seen).toEqual([{ datasetId: 'koto-public-toilets', outcome: 'failed', reason: expect.stringMatching(reason) }]);
    expect(sha256(await readFile(snapshotPath))).toBe(before);
    expect(await new RefreshCache(path.join(dir, 'cache')).readManifest()).toEqual({ version: 1, sources: {} });
  });
});

describe('a good new file is swapped in', () => {
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
  });

  it('replaces the snapshot, and the running server answers from it at once', { timeout: 180_000 }, async () => {
    server = await startTestServer({ env: { SNAPSHOT_PATH: snapshotPath } });
    const env = loadEnv({ NODE_ENV: 'test', SNAPSHOT_PATH: snapshotPath, DATA_REFRESH_CACHE_DIR: path.join(dir, 'cache'), CATALOG_BASE_URL: replay.baseUrl });
    const refresher = createDataRefresher({
      env,
      log: silent,
      events,
      specs: TOILETS,
      onSnapshot: (corpus) => (server.deps.index = new CorpusIndex(corpus)),
    });
    // The publisher serves CP932 and declares UTF-8: decoding goes by the bytes (CKAN_NOTES §5).
    replay.route(KOTO_TOILET_URL, { kind: 'file', body: nextVersionCp932(), contentType: 'text/csv; charset=utf-8' });
    const before = server.deps.index;
    replay.requests.length = 0;

    const outcomes = await refresher.runNow();
    expect(outcomes).toEqual([expect.objectContaining({ datasetId: 'koto-public-toilets', outcome: 'updated' })]);
    expect(seen).toEqual([expect.objectContaining({ datasetId: 'koto-public-toilets', outcome: 'updated' })]);
    expect(server.deps.index).not.toBe(before);
    const onDisk = await loadCorpus(snapshotPath);
    const added = onDisk.places.find((place) => place.name.ja === NEW_TOILET.name);
    expect(added).toMatchObject({ category: 'toilet', ward: '江東区', lat: NEW_TOILET.lat, lon: NEW_TOILET.lon });
    expect(onDisk.reports.find((report) => report.datasetId === 'koto-public-toilets')?.loaded).toBe(192);
    expect(replay.requests.every((request) => request.userAgent === refreshUserAgent(env.APP_VERSION))).toBe(true);

    const { status, body } = await postJson(server.baseUrl, '/api/chat', { message: '近くのトイレはどこですか？', location: { lat: NEW_TOILET.lat, lon: NEW_TOILET.lon } });
    expect(status).toBe(200);
    expect((body.sources as Array<{ title: string }>)[0]?.title).toBe(NEW_TOILET.name);

    // The catalogue still lists the same file: nothing is downloaded or rebuilt again.
    const downloads = replay.requests.filter((request) => request.path.startsWith('/files/')).length;
    const again = await refresher.runNow();
    expect(again).toEqual([expect.objectContaining({ outcome: 'unchanged' })]);
    expect(replay.requests.filter((request) => request.path.startsWith('/files/')).length).toBe(downloads);
  });
});
