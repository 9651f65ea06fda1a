import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../datasets.ts';
import type { DatasetSpec } from '../dataset-spec.ts';
import { checkCandidate, type FileStats } from './check-candidate.ts';
import { type CkanPackage, pickResource } from './ckan-client.ts';
import { FetchError, fetchLimited } from './fetch-limited.ts';

const SAVED = path.resolve(import.meta.dirname, '../../../data/opendata/ckan_examples/package_show');
const savedPackage = (prefix: string) => (JSON.parse(readFileSync(path.join(SAVED, `${prefix}.json`), 'utf8')) as { result: CkanPackage }).result;
const spec = (id: string) => DATASETS.find((candidate) => candidate.info.id === id) as DatasetSpec;

describe('pickResource on real package_show responses', () => {
  it('finds each Koto facility file among the 31 of 江東区 公共施設一覧', () => {
    const pkg = savedPackage('t131083d0000000007__544dfcfe-c07c-41c9-9db8-f5ca9103b340');
    for (const id of ['koto-parks', 'koto-libraries', 'koto-childrens-centres', 'koto-nurseries']) {
      const source = spec(id).catalog?.[0];
      if (!source) throw new Error(`${id} has no catalogue source`);
      expect(pickResource(pkg, source)?.url).toMatch(source.pattern);
    }
  });

  it('tells the 避難所 file from the 避難場所 file and ignores the XLSX definition', () => {
    const pkg = savedPackage('t000003d0000000093__14110fe5-0415-4d07-86ef-ec9841f10896');
    const [center, area] = spec('tmg-bousai-evacuation').catalog ?? [];
    expect(pickResource(pkg, center as NonNullable<typeof center>)?.url).toBe('https://www.opendata.metro.tokyo.lg.jp/soumu/R4/130001_evacuation_center.csv');
    expect(pickResource(pkg, area as NonNullable<typeof area>)?.url).toBe('https://www.opendata.metro.tokyo.lg.jp/soumu/R4/130001_evacuation_area.csv');
  });

  it('takes the newest of several versions of one file', () => {
    const pkg: CkanPackage = {
      name: 'x',
      resources: [
        { url: 'https://h/R3/aed.csv', format: 'CSV', created: '2021-04-01T00:00:00' },
        { url: 'https://h/R5/aed.csv', format: 'csv', created: '2023-04-01T00:00:00' },
        { url: 'https://h/R4/aed.csv', format: 'CSV', created: '2022-04-01T00:00:00', last_modified: null },
      ],
    };
    expect(pickResource(pkg, { format: 'CSV', pattern: /aed\.csv$/ })?.url).toBe('https://h/R5/aed.csv');
  });
});

describe('checkCandidate', () => {
  const toilets = spec('koto-public-toilets');
  const bundled = readFileSync(path.resolve(import.meta.dirname, '../../../data/opendata/toilets/koto_131083_public_toilet.csv'));
  const lastGood: FileStats = { rows: 192, loaded: 191, rejected: 1, located: 191 };
  const check = (bytes: Uint8Array, contentType = 'text/csv') => checkCandidate(toilets, 'toilets/koto.csv', bytes, contentType, lastGood, new Date());

  it('accepts the file in CP932 even when the server declares UTF-8, and says so', () => {
    const verdict = check(iconv.encode(bundled.toString('utf8'), 'cp932'), 'text/csv; charset=utf-8');
    expect(verdict).toMatchObject({ ok: true, stats: lastGood, note: 'served as UTF-8 but is not: decoded as CP932' });
  });

  it('refuses an HTML page, an empty body and a file that lost its coordinates', () => {
    expect(check(Buffer.from('<!doctype html><title>404</title>'))).toEqual({ ok: false, reason: 'an HTML page instead of the data file' });
    expect(check(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty file' });
    const noPoints = bundled.toString('utf8').replace(/,35\.\d+,139\.\d+,/g, ',,,');
    expect(check(Buffer.from(noPoints))).toMatchObject({ ok: false, reason: expect.stringMatching(/^(too many rows rejected|coordinates lost)/) });
  });
});

describe('fetchLimited', () => {
  const limits = { timeoutMs: 1_000, maxBytes: 10, userAgent: 'test-agent', accept: 'text/csv' };

  it('sends the User-Agent and the deadline through the one request function', async () => {
    let seen: RequestInit | undefined;
    const response = await fetchLimited(
      async (_url, init) => {
        seen = init;
        return new Response('a,b\n1,2\n', { headers: { 'content-type': 'text/csv' } });
      },
      'http://catalog/x.csv',
      limits,
    );
    expect(new TextDecoder().decode(response.bytes)).toBe('a,b\n1,2\n');
    expect(seen?.headers).toMatchObject({ 'user-agent': 'test-agent' });
    expect(seen?.signal).toBeInstanceOf(AbortSignal);
  });

  it('stops reading a body larger than the limit, even without a Content-Length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(8));
      },
    });
    await expect(fetchLimited(async () => new Response(stream), 'http://catalog/big.csv', limits)).rejects.toMatchObject({ kind: 'too_large' });
  });

  it('reports an HTTP error status', async () => {
    await expect(fetchLimited(async () => new Response('no', { status: 503 }), 'http://catalog/x.csv', limits)).rejects.toEqual(
      new FetchError('status', 'HTTP 503 from http://catalog/x.csv'),
    );
  });
});
