import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/place.ts';
import { OpsEvents, type OpsEventMap } from '../../src/observability/events.ts';
import type { DiscoveryRecord } from '../../src/opendata/discovery/discovery-record.ts';
import { STANDARD_TYPES } from '../../src/opendata/discovery/standard-types.ts';
import { loadCorpus } from '../../src/opendata/load-corpus.ts';
import { findMisplaced } from '../../src/opendata/quality/find-misplaced.ts';
import { RefreshCache, sha256 } from '../../src/opendata/refresh/refresh-cache.ts';
import { refreshOpenData, type SourceOutcome } from '../../src/opendata/refresh/refresh-open-data.ts';
import { CorpusIndex } from '../../src/retrieval/corpus-index.ts';
import { type CkanDouble, startCkanDouble } from '../fakes/ckan-double/ckan-double.ts';
import { SCENARIOS } from '../fakes/ckan-double/scenarios.ts';
import { BUNDLED_SNAPSHOT, discoveryRefreshOptions } from '../helpers/discovery-refresh.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

const TYPES = STANDARD_TYPES.map((type) => type.id);
const ROWS = 12;

let double: CkanDouble;
let dir: string;
let snapshotPath: string;
let events: OpsEvents;
let seen: Array<OpsEventMap['refresh'][0]>;
let bundled: Corpus;
let first: SourceOutcome[];
let corpus: Corpus;
let records: DiscoveryRecord[];
let server: TestServer;

const record = (code: string, typeId: string) => records.find((item) => item.wardCode === code && item.typeId === typeId) as DiscoveryRecord;
const refresh = (now = new Date()) => refreshOpenData(discoveryRefreshOptions({ double, dir, snapshotPath, events, now, onSnapshot: (next) => (server.deps.index = new CorpusIndex(next)) }));
const askToshimaAed = async () => (await postJson(server.baseUrl, '/api/chat', { message: '豊島区のAEDはどこですか？' })).body as { status: string; sources: Array<{ id: string }> };

beforeAll(async () => {
  double = await startCkanDouble({ types: TYPES, rows: ROWS });
  dir = await mkdtemp(path.join(os.tmpdir(), 'opendata-discovery-'));
  snapshotPath = path.join(dir, 'corpus.json');
  await copyFile(BUNDLED_SNAPSHOT, snapshotPath);
  bundled = await loadCorpus(BUNDLED_SNAPSHOT);
  server = await startTestServer({ env: { SNAPSHOT_PATH: snapshotPath } });
  events = new OpsEvents();
  seen = [];
  events.on('refresh', (event) => seen.push(event));
  first = await refresh();
  corpus = await loadCorpus(snapshotPath);
  records = (await new RefreshCache(path.join(dir, 'cache')).readManifest()).discovery ?? [];
}, 180_000);

afterAll(async () => {
  await server?.close();
  await double?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('discovery of every municipality in the catalogue double (31 municipalities, 10 standard types)', () => {
  const clean = SCENARIOS.filter((scenario) => !scenario.nothing);

  it('loads every file that is readable, whatever its encoding, layout, column names or title', () => {
    const loadable = clean.flatMap((scenario) =>
      TYPES.filter((typeId) => {
        const type = { ...scenario.all, ...scenario.types?.[typeId] };
        const broken = ['not-found', 'hang', 'html', 'xlsx-only', 'stale', 'nc-licence', 'registry'].includes(type.serving ?? '');
        return !broken && !(type.defects ?? []).some((defect) => ['outside', 'not-standard', 'mostly-unusable'].includes(defect));
      }).map((typeId) => [scenario.code, typeId] as const),
    );
    expect(loadable.length).toBeGreaterThanOrEqual(280);
    for (const [code, typeId] of loadable) expect(record(code, typeId), `${code} ${typeId}`).toMatchObject({ outcome: 'updated', report: { loaded: ROWS, outside: 0 } });
    expect(first.filter((outcome) => outcome.outcome === 'updated')).toHaveLength(loadable.length);
  });

  it.each([
    ['131024', 'aed', 'CP932', { rows: 12, loaded: 12, fixed: 0, rejected: 0 }],
    ['131041', 'aed', 'UTF-8 with BOM', { rows: 12, loaded: 12, fixed: 0, rejected: 0 }],
    ['131059', 'aed', 'reordered columns', { rows: 12, loaded: 12, fixed: 0, rejected: 0 }],
    ['131067', 'aed', 'renamed columns (施設名称, 緯度（世界測地系）, 所在地住所, ＴＥＬ)', { rows: 12, loaded: 12, fixed: 0, rejected: 0 }],
    ['131075', 'aed', 'empty coordinates (kept by address, without a point)', { rows: 12, loaded: 12, fixed: 4, rejected: 0, located: 8 }],
    ['131091', 'aed', 'swapped coordinates', { rows: 12, loaded: 12, fixed: 12, rejected: 0, located: 12 }],
    ['131105', 'aed', 'duplicated rows', { rows: 15, loaded: 12, fixed: 0, rejected: 3 }],
    ['132101', 'aed', '5-digit municipality codes', { rows: 12, loaded: 12, fixed: 12, rejected: 0 }],
    ['131016', 'aed', 'the current 自治体標準 layout (39 columns)', { rows: 12, loaded: 12, fixed: 0, rejected: 0 }],
  ])('%s %s: %s', (code, typeId, _defect, report) => {
    expect(record(code, typeId)).toMatchObject({ outcome: 'updated', report });
  });

  it.each([
    ['131121', 'aed', 'a 404', 'rejected', /^HTTP 404 from /],
    ['131130', 'aed', 'a timeout', 'rejected', /did not answer within 1500 ms/],
    ['131148', 'aed', 'an HTML page', 'rejected', /^an HTML page instead of the data file$/],
    ['131172', 'aed', 'points in another municipality', 'rejected', /^points outside their municipality: 12 of 12 located places$/],
    ['131199', 'aed', 'a statistics table', 'rejected', /^not the standard columns: no header row with any of 名称/],
    ['131229', 'aed', 'half the rows unusable', 'rejected', /^too many rows rejected: 6 of 12 \(no name × 6\)$/],
    ['131156', 'aed', 'XLSX only', 'rejected', /wrong format: no CSV resource \(XLSX\)/],
    // the bundle's station toilets cover 杉並区: the cell keeps them and notes why the ward's own list was not taken
    ['131156', 'public_toilet', 'a stale dataset', 'covered', /stale: last modified 2012-04-01/],
    ['132080', 'aed', 'a non-commercial licence', 'rejected', /licence CC-BY-NC-4.0 does not allow/],
    ['131113', 'aed', 'a municipality that publishes nothing', 'not_published', /^no dataset of this kind in the catalogue or the portals$/],
  ])('%s %s: %s is not loaded, and the coverage table says why', (code, typeId, _story, status, reason) => {
    expect(record(code, typeId).outcome).not.toMatch(/updated|unchanged/);
    expect(record(code, typeId).reason).toMatch(reason);
    const category = STANDARD_TYPES.find((type) => type.id === typeId)?.coverageCategory;
    const cell = corpus.coverage?.find((item) => item.category === category && item.ward === record(code, typeId).ward);
    expect(cell).toMatchObject({ status, note: expect.stringMatching(reason) });
    expect(cell?.rows === 0).toBe(status !== 'covered');
  });

  it('records the chosen dataset and the rejected candidates with their reasons', () => {
    expect(record('131181', 'aed')).toMatchObject({
      outcome: 'updated',
      chosen: { updatedAt: '2024-08-01T23:50:42.684351' },
      rejected: [{ reason: expect.stringMatching(/^another dataset was chosen: .*which is newer \(2024-08-01 against 2019-11-01\)$/) }],
    });
    expect(record('131083', 'aed')).toMatchObject({ outcome: 'in_registry', reason: 'read as koto-aed' });
    expect(record('131211', 'aed')).toMatchObject({ outcome: 'updated', chosen: { title: 'AEDマップ（区内設置場所）' } }); // the organisation search
    expect(record('131032', 'aed')).toMatchObject({ outcome: 'updated', chosen: { catalogue: double.portals[0]?.baseUrl } }); // 港区's portal
    expect(record('131202', 'public_toilet')).toMatchObject({ outcome: 'updated', chosen: { title: 'トイレ情報' } });
  });

  it('leaves no discovered place outside its municipality, and records every file as a dataset with its report', () => {
    const misplaced = [...findMisplaced(corpus.places)].filter((place) => place.datasetId.startsWith('std-'));
    expect(misplaced).toEqual([]);
    expect(corpus.reports.find((report) => report.datasetId === 'std-131105-aed')).toMatchObject({ rows: 15, loaded: 12, rejected: 3, reasons: { 'rejected: duplicate row': 3 } });
    expect(corpus.datasets.find((dataset) => dataset.id === 'std-131164-aed')).toMatchObject({
      title: { ja: 'AED設置箇所一覧', en: 'Toshima City: AED locations' },
      publisher: { ja: '豊島区' },
      license: 'CC BY 4.0',
      attribution: '「AED設置箇所一覧」（豊島区）を加工して作成',
    });
  });

  it('raises one failed refresh event (an alert) per file not taken, none for what is not published', () => {
    const failed = seen.filter((event) => event.outcome === 'failed').map((event) => event.datasetId);
    expect(failed.sort()).toEqual(
      ['std-131121-aed', 'std-131130-aed', 'std-131148-aed', 'std-131156-aed', 'std-131156-public-toilet', 'std-131172-aed', 'std-131199-aed', 'std-131229-aed', 'std-132080-aed'].sort(),
    );
  });
});

describe('coverage follows the refresh', () => {
  it('changes the index coverage for 豊島区 AED from none to its rows, with source and date', () => {
    expect(new CorpusIndex(bundled).coverage.of('aed', '豊島区')).toBeUndefined();
    expect(server.deps.index.coverage.of('aed', '豊島区')).toMatchObject({
      rows: ROWS,
      status: 'covered',
      datasetIds: ['std-131164-aed'],
      updatedAt: '2024-04-01T00:00:00.000000',
      source: expect.stringMatching(/\/dataset\/t131164d\d{10}$/),
    });
    expect(server.deps.index.coverage.of('aed', '大田区')).toBeUndefined();
  });

  it('serves the new table at GET /api/coverage, where the refresh looked and found nothing too', async () => {
    const response = await fetch(`${server.baseUrl}/api/coverage?category=aed`);
    const body = (await response.json()) as { cells: Array<Record<string, unknown>>; datasets: Record<string, unknown> };
    expect(body.cells).toContainEqual(expect.objectContaining({ ward: '豊島区', rows: ROWS, status: 'covered', datasetIds: ['std-131164-aed'] }));
    expect(body.cells).toContainEqual(expect.objectContaining({ ward: '世田谷区', rows: 0, status: 'rejected', note: expect.stringMatching(/^HTTP 404/) }));
    expect(body.cells).toContainEqual(expect.objectContaining({ ward: '大田区', rows: 0, status: 'not_published' }));
    expect(body.datasets['std-131164-aed']).toMatchObject({ publisher: { ja: '豊島区', en: 'Toshima City' } });
  });

  it('changes the answer: the running server now names 豊島区 AEDs', async () => {
    const answer = await askToshimaAed();
    expect(answer.status).toBe('answered');
    expect(answer.sources.every((source) => source.id.startsWith('std-131164-aed:'))).toBe(true);
  });
});

describe('a later refresh', () => {
  it('downloads only what failed before, raises no alert for known failures, and keeps the snapshot', { timeout: 120_000 }, async () => {
    const before = sha256(await readFile(snapshotPath));
    const downloads = double.requests.filter((request) => request.path.startsWith('/files/')).length;
    seen.length = 0;
    const outcomes = await refresh();
    expect(outcomes.filter((outcome) => outcome.outcome === 'updated')).toEqual([]);
    expect(seen.filter((event) => event.outcome === 'failed')).toEqual([]);
    expect(outcomes.find((outcome) => outcome.datasetId === 'std-131130-aed')).toMatchObject({ outcome: 'unchanged', reason: expect.stringMatching(/^still failed: /) });
    // the files that failed are asked for again (404, timeout, HTML, and the ones rejected on content); the others are not
    expect(double.requests.filter((request) => request.path.startsWith('/files/')).length - downloads).toBe(6);
    expect(sha256(await readFile(snapshotPath))).toBe(before);
  });

  it('keeps the last good file of a municipality whose new version fails, and says so in the coverage table', { timeout: 120_000 }, async () => {
    double.publish('131164', 'aed', { defects: ['outside'] });
    const outcomes = await refresh();
    expect(outcomes.find((outcome) => outcome.datasetId === 'std-131164-aed')).toMatchObject({ outcome: 'failed', reason: 'points outside their municipality: 12 of 12 located places' });
    const after = await loadCorpus(snapshotPath);
    expect(after.places.filter((place) => place.datasetId === 'std-131164-aed')).toHaveLength(ROWS);
    expect(after.coverage?.find((cell) => cell.category === 'aed' && cell.ward === '豊島区')).toMatchObject({
      rows: ROWS,
      status: 'covered',
      note: 'points outside their municipality: 12 of 12 located places',
    });
    expect((await askToshimaAed()).status).toBe('answered');
  });

  it('swaps in a good new version', { timeout: 120_000 }, async () => {
    double.publish('131164', 'aed', {});
    const outcomes = await refresh();
    expect(outcomes.find((outcome) => outcome.datasetId === 'std-131164-aed')).toMatchObject({ outcome: 'updated', reason: expect.stringMatching(/^12 of 12 rows from /) });
    expect((await loadCorpus(snapshotPath)).coverage?.find((cell) => cell.category === 'aed' && cell.ward === '豊島区')).not.toHaveProperty('note');
  });

  it('keeps everything when the catalogue search fails, and raises one alert', async () => {
    const before = sha256(await readFile(snapshotPath));
    double.failSearch(500);
    seen.length = 0;
    try {
      const outcomes = await refresh();
      expect(outcomes).toEqual([{ datasetId: 'discovery', source: double.catalogueUrl, outcome: 'failed', reason: expect.stringMatching(/^the catalogue search failed: HTTP 500/) }]);
    } finally {
      double.failSearch(undefined);
    }
    expect(seen).toEqual([expect.objectContaining({ datasetId: 'discovery', outcome: 'failed' })]);
    expect(sha256(await readFile(snapshotPath))).toBe(before);
  });
});
