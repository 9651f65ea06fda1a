import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const MAP_TILE_URL = 'https://tiles.example.test/xyz/std/{z}/{x}/{y}.png';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { MAP_TILE_URL } });
});
afterAll(async () => {
  await server.close();
});

describe('GET /api/client-config', () => {
  it('gives the page the map tiles of MAP_TILE_URL, never cached (every API answer is no-store)', async () => {
    const response = await fetch(`${server.baseUrl}/api/client-config`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ mapTileUrl: MAP_TILE_URL });
  });

  it("lets the page load images from the tiles' origin, and from nowhere else outside its own", async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    const imgSrc = response.headers.get('content-security-policy')?.split(';').map((part) => part.trim()).find((part) => part.startsWith('img-src'));
    // blob: is the map's own drawing (Leaflet), not a remote origin
    expect(imgSrc).toBe("img-src 'self' data: blob: https://tiles.example.test");
  });
});
