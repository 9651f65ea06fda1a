import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/place.ts';
import { MunicipalityCheck } from '../quality/find-misplaced.ts';
import { CkanClient, type CkanPackage } from '../refresh/ckan-client.ts';
import { recordCoverage } from '../record-coverage.ts';
import { checkDiscoveredFile } from './check-discovered-file.ts';
import { chooseCandidate, pickStandardResource } from './choose-candidate.ts';
import type { DiscoveredSource } from './discovery-record.ts';
import { STANDARD_TYPES, titleMatches } from './standard-types.ts';

const type = (id: string) => STANDARD_TYPES.find((candidate) => candidate.id === id) as (typeof STANDARD_TYPES)[number];
const client = new CkanClient({
  baseUrl: 'https://catalog.test',
  request: fetch,
  reach: { httpsOnly: true, publicAddressesOnly: true, allowedHosts: [], maxRedirects: 0 },
  timeoutMs: 1,
  maxFileBytes: 1,
  maxPackageBytes: 1,
  userAgent: 'test',
});
const pkg = (name: string, fields: Partial<CkanPackage> = {}): CkanPackage => ({
  name,
  title: 'AED設置箇所一覧',
  license_id: 'CC-BY-4.0',
  metadata_modified: '2024-04-01T00:00:00',
  organization: { name: 't131164', title: '豊島区' },
  resources: [{ url: `https://files.test/${name}.csv`, format: 'CSV' }],
  ...fields,
});

describe('titleMatches, on titles of the catalogue 2021–22 crawl', () => {
  it.each([
    ['aed', 'AED設置施設', true],
    ['aed', 'AED市内設置場所一覧（小金井市所管分）', true],
    ['public_toilet', '公衆トイレ一覧', true],
    ['public_toilet', '都立公園・庭園等におけるエレベーター・多目的トイレのバリアフリー情報', false],
    ['public_wireless_lan', '練馬区無料公衆無線LAN「Nerima Free Wi-Fi」', true],
    ['evacuation_space', '指定緊急避難場所一覧', true],
    ['evacuation_space', '避難所一覧', false],
    ['evacuation_shelter', '震災時の避難所一覧', true],
    ['evacuation_shelter', '福祉避難所一覧', false],
    ['evacuation_shelter', '避難所管理運営の指針（区市町村向け）', false],
    ['tourism', 'H29観光客数等実態調査', false],
    ['event', '「東京都女性活躍推進白書」を策定しました！_第１部　ライフイベントから見た女性の現状と課題', false],
    ['preschool', '認可保育園の入園状況・指数', false],
    ['preschool', '子育て施設一覧', true],
  ])('%s: %s → %s', (id, title, expected) => {
    expect(titleMatches(type(id), title)).toBe(expected);
  });
});

describe('chooseCandidate', () => {
  const now = new Date('2026-12-01T00:00:00Z');

  it('prefers the standard file name, then the standard title, then the newest, and says why of the others', () => {
    const named = pkg('t131164d0000000001', { title: 'AED設置場所', metadata_modified: '2020-01-01T00:00:00', resources: [{ url: 'https://files.test/131164_aed.csv', format: 'CSV' }] });
    const newer = pkg('t131164d0000000002', { metadata_modified: '2025-01-01T00:00:00' });
    const choice = chooseCandidate(type('aed'), '131164', [{ client, pkg: newer }, { client, pkg: named }], new Map(), now);
    expect(choice.chosen?.pkg.name).toBe('t131164d0000000001');
    expect(choice.rejected).toEqual([expect.objectContaining({ packageName: 't131164d0000000002', reason: expect.stringMatching(/which has the standard file name or title$/) })]);
  });

  it('rejects a registry dataset, an unusable licence, no CSV and a stale dataset, each with its reason', () => {
    const choice = chooseCandidate(
      type('aed'),
      '131164',
      [
        { client, pkg: pkg('t131083d0000000027') },
        { client, pkg: pkg('b', { license_id: 'CC-BY-ND-4.0' }) },
        { client, pkg: pkg('c', { resources: [{ url: 'https://files.test/c.xlsx', format: 'XLSX' }, { url: 'https://files.test/c.pdf', format: 'PDF' }] }) },
        { client, pkg: pkg('d', { metadata_modified: '2015-03-01T00:00:00' }) },
      ],
      new Map([['t131083d0000000027', 'koto-aed']]),
      now,
    );
    expect(choice.inRegistry).toBe('koto-aed');
    expect(choice.rejected.map((candidate) => candidate.reason)).toEqual([
      "read already as the registry's dataset koto-aed",
      'licence CC-BY-ND-4.0 does not allow showing the data changed',
      'wrong format: no CSV resource (XLSX, PDF)',
      'stale: last modified 2015-03-01',
    ]);
  });

  it('picks the resource with the standard file name among several CSVs, else the newest CSV', () => {
    const resources = [
      { url: 'https://f.test/R5/list.csv', format: 'CSV', created: '2023-04-01' },
      { url: 'https://f.test/R4/131164_aed.csv', format: 'csv', created: '2022-04-01' },
      { url: 'https://f.test/spec.xlsx', format: 'XLSX', created: '2024-04-01' },
    ];
    expect(pickStandardResource(type('aed'), pkg('x', { resources }))?.url).toBe('https://f.test/R4/131164_aed.csv');
    expect(pickStandardResource(type('public_toilet'), pkg('x', { resources }))?.url).toBe('https://f.test/R5/list.csv');
  });
});

describe('checkDiscoveredFile', () => {
  const place = (id: string, ward: string, lat: number, lon: number): Place => ({ id, category: 'shelter', name: { ja: id }, ward, lat, lon, datasetId: 'reference' });
  // reference records around 豊島区役所 and 八王子市役所
  const reference = new MunicipalityCheck([
    ...Array.from({ length: 12 }, (_, i) => place(`t${i}`, '豊島区', 35.728 + i * 0.001, 139.715 + i * 0.001)),
    ...Array.from({ length: 12 }, (_, i) => place(`h${i}`, '八王子市', 35.666 + i * 0.001, 139.316 + i * 0.001)),
  ]);
  const file = (rows: string[], encode: (text: string) => Uint8Array = (text) => Buffer.from(text)) => ({
    type: type('aed'),
    ward: '豊島区',
    datasetId: 'std-131164-aed',
    bytes: encode(['名称,住所,緯度,経度', ...rows].join('\r\n')),
    contentType: 'text/csv',
    reference,
    now: new Date(),
  });

  it('loads a CP932 file and counts what it repaired and rejected', () => {
    const rows = ['豊島区役所,東京都豊島区南池袋2-45-1,35.7296,139.7160', '池袋図書館,東京都豊島区池袋2-1,139.7120,35.7330', ',,,'];
    const more = ['A', 'B', 'C'].map((name, i) => `${name},東京都豊島区南池袋${i + 3},35.73${i},139.716`);
    const verdict = checkDiscoveredFile(file([...rows, ...more], (text) => iconv.encode(text, 'cp932')));
    expect(verdict).toMatchObject({ ok: true, report: { rows: 6, loaded: 5, fixed: 1, rejected: 1, located: 5, outside: 0, reasons: { 'fixed: latitude and longitude swapped': 1, 'rejected: blank row': 1 } } });
  });

  it('rejects a file whose points lie in another municipality, whole', () => {
    const verdict = checkDiscoveredFile(file(['A,東京都豊島区南池袋1,35.6665,139.3165', 'B,東京都豊島区南池袋2,35.6675,139.3175']));
    expect(verdict).toMatchObject({ ok: false, reason: 'points outside their municipality: 2 of 2 located places' });
  });

  it('rejects a file without the standard columns, and one that lost most rows against its last good version', () => {
    expect(checkDiscoveredFile({ ...file([]), bytes: Buffer.from('年度,設置数\r\n令和6年度,3\r\n') })).toMatchObject({ ok: false, reason: expect.stringMatching(/^not the standard columns/) });
    const lastGood = { rows: 50, loaded: 50, rejected: 0, located: 50 };
    expect(checkDiscoveredFile({ ...file(['豊島区役所,東京都豊島区南池袋2-45-1,35.7296,139.7160']), lastGood })).toMatchObject({
      ok: false,
      reason: 'too few rows: 1 loaded, the last good version had 50',
    });
  });
});

describe('recordCoverage', () => {
  it('records covered cells with their source and date, and where the discovery found nothing usable', () => {
    const places: Place[] = [{ id: 'a', category: 'aed', name: { ja: 'A' }, ward: '豊島区', wardCode: '131164', datasetId: 'std-131164-aed' }];
    const datasets = [{ id: 'std-131164-aed', title: { ja: 't', en: 't' }, publisher: { ja: 'p', en: 'p' }, license: 'l', licenseUrl: 'u', sourceUrl: 'https://catalog.test/dataset/x', attribution: 'a' }];
    const report = { rows: 1, loaded: 1, fixed: 0, rejected: 0, located: 0, outside: 0, reasons: {} };
    const discovered: DiscoveredSource[] = [
      {
        datasetId: 'std-131164-aed',
        typeId: 'aed',
        ward: '豊島区',
        wardCode: '131164',
        title: 't',
        publisher: '豊島区',
        licenseId: 'CC-BY-4.0',
        catalogue: 'https://catalog.test',
        packageName: 'x',
        page: 'https://catalog.test/dataset/x',
        url: 'https://files.test/x.csv',
        resourceStamp: '',
        updatedAt: '2025-05-01T00:00:00',
        sha256: '',
        report,
        fetchedAt: '2026-12-01T00:00:00Z',
      },
    ];
    const base = { rejected: [], checkedAt: '2026-12-01T00:00:00Z' };
    const cells = recordCoverage(places, datasets, discovered, [
      { ...base, typeId: 'aed', ward: '豊島区', wardCode: '131164', outcome: 'updated' },
      { ...base, typeId: 'aed', ward: '大田区', wardCode: '131113', outcome: 'not_found', reason: 'none' },
      { ...base, typeId: 'aed', ward: '北区', wardCode: '131172', outcome: 'rejected', reason: 'HTTP 404', chosen: { catalogue: 'c', packageName: 'p', title: 't', page: 'https://catalog.test/dataset/p', updatedAt: '2024-01-01' } },
    ]);
    expect(cells).toEqual([
      { category: 'aed', ward: '豊島区', wardCode: '131164', rows: 1, datasetIds: ['std-131164-aed'], status: 'covered', source: 'https://catalog.test/dataset/x', updatedAt: '2025-05-01T00:00:00', checkedAt: base.checkedAt },
      { category: 'aed', ward: '大田区', wardCode: '131113', rows: 0, datasetIds: [], status: 'not_published', note: 'none', source: undefined, updatedAt: undefined, checkedAt: base.checkedAt },
      { category: 'aed', ward: '北区', wardCode: '131172', rows: 0, datasetIds: [], status: 'rejected', note: 'HTTP 404', source: 'https://catalog.test/dataset/p', updatedAt: '2024-01-01', checkedAt: base.checkedAt },
    ]);
  });
});
