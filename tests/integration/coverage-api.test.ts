import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const get = async (query = '') => {
  const response = await fetch(`${server.baseUrl}/api/coverage${query}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('GET /api/coverage', () => {
  it('serves the coverage table of the loaded snapshot, with the municipalities and the datasets it names', async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    const cells = body.cells as Array<Record<string, unknown>>;
    expect(cells).toContainEqual(expect.objectContaining({ category: 'aed', ward: '江東区', wardCode: '131083', rows: 246, status: 'covered', datasetIds: ['koto-aed'] }));
    expect(body.municipalities).toHaveLength(62);
    expect((body.municipalities as unknown[])[0]).toEqual({ ward: '千代田区', en: 'Chiyoda City', wardCode: '131016' });
    expect((body.datasets as Record<string, unknown>)['koto-aed']).toMatchObject({ title: { ja: 'AED設置箇所一覧' }, publisher: { ja: '江東区' }, license: 'CC BY 4.0' });
  });

  it('filters by category and municipality', async () => {
    const { body } = await get(`?category=aed&ward=${encodeURIComponent('江東区')}`);
    expect((body.cells as Array<{ category: string; ward: string }>).map((cell) => [cell.category, cell.ward])).toEqual([['aed', '江東区']]);
    expect(Object.keys(body.datasets as object)).toEqual(['koto-aed']);
  });

  it('refuses an unknown category with the documented error', async () => {
    const { status, body } = await get('?category=casino');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'invalid_request', field: 'category' } });
  });
});
