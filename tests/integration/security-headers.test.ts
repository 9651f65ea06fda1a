import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../../src/adapters/speech/audio/wav.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { ErrorRateWindow } from '../../src/observability/error-rate.ts';
import { createApp } from '../../src/server/create-app.ts';
import { inlineScriptHashes } from '../../src/server/page-csp.ts';
import { NO_TILES, startTestServer, type TestServer } from '../helpers/test-server.ts';

const TOKEN = 'metrics-token-0123456789';
let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { METRICS_TOKEN: TOKEN } });
  production = await startTestServer({ env: { NODE_ENV: 'production', LOG_LEVEL: 'warn' } });
});
afterAll(async () => {
  await server?.close();
  await production?.close();
});

const json = { 'content-type': 'application/json' };
const chat = JSON.stringify({ message: 'Where is the nearest shelter to Shinagawa Station?' });

/** One request per route of the app (and the answers with no route: 404s, 405s, errors). */
const REQUESTS: Array<{ route: string; name: string; path: string; init?: RequestInit; status: number }> = [
  { route: '/api/health', name: 'liveness', path: '/api/health', status: 200 },
  { route: '/api/health/ready', name: 'readiness', path: '/api/health/ready', status: 200 },
  { route: '/api/metrics', name: 'metrics', path: '/api/metrics', init: { headers: { authorization: `Bearer ${TOKEN}` } }, status: 200 },
  { route: '/api/metrics', name: 'metrics without the token', path: '/api/metrics', status: 401 },
  { route: '/api/chat', name: 'chat, JSON', path: '/api/chat', init: { method: 'POST', headers: json, body: chat }, status: 200 },
  { route: '/api/chat', name: 'chat, server-sent events', path: '/api/chat', init: { method: 'POST', headers: { ...json, accept: 'text/event-stream' }, body: chat }, status: 200 },
  { route: '/api/chat', name: 'chat, bad JSON', path: '/api/chat', init: { method: 'POST', headers: json, body: '{' }, status: 400 },
  { route: '/api/feedback', name: 'feedback on an unknown answer', path: '/api/feedback', init: { method: 'POST', headers: json, body: JSON.stringify({ sessionId: 'abcdefgh', messageId: 'abcdefgh', rating: 'up' }) }, status: 404 },
  { route: '/api/speech/synthesize', name: 'synthesis', path: '/api/speech/synthesize', init: { method: 'POST', headers: json, body: JSON.stringify({ text: 'Hello', lang: 'en' }) }, status: 200 },
  {
    route: '/api/speech/recognize',
    name: 'recognition of silence',
    path: '/api/speech/recognize?lang=en',
    init: { method: 'POST', headers: { 'content-type': 'audio/wav' }, body: new Uint8Array(encodeWav({ sampleRate: 16_000, samples: new Int16Array(1600) })) },
    status: 422,
  },
  { route: '/api/voice', name: 'voice over plain HTTP', path: '/api/voice', status: 426 },
  { route: '/api/coverage', name: 'coverage table', path: '/api/coverage?category=aed', status: 200 },
  { route: '/api/*', name: 'unknown API path', path: '/api/nothing-here', status: 404 },
  { route: '/', name: 'the page', path: '/', status: 200 },
  { route: '/_next/static/*', name: 'a hashed asset', path: '', status: 200 },
  { route: '/*', name: 'a file of the export', path: '/icon.svg', status: 200 },
  { route: '/*', name: 'an unknown page (the export’s 404 page)', path: '/no-such-page', status: 404 },
  { route: '/*', name: 'a method no route takes', path: '/', init: { method: 'DELETE' }, status: 404 },
];

/** The first script the page loads from /_next/static/, for the asset row. */
function anAsset(): string {
  const html = readFileSync(path.resolve('out/index.html'), 'utf8');
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!asset) throw new Error('no /_next/static script in out/index.html');
  return asset;
}

function expectBaseHeaders(headers: Headers, what: string): void {
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
  const permissions = headers.get('permissions-policy') ?? '';
  expect(permissions, what).toContain('microphone=(self)');
  expect(permissions, what).toContain('geolocation=(self)');
  expect(permissions, what).toContain('camera=()');
}

describe('security headers on every route', () => {
  it('covers every route the app has', () => {
    const app = createApp({ deps: server.deps, speech: server.speech, log: createLogger({ level: 'silent' }), errorRate: new ErrorRateWindow(), version: 't', startedAt: 0, staticDir: path.resolve('out') });
    const routes = new Set(app.routes.map((r) => r.path));
    const covered = new Set(REQUESTS.map((r) => r.route));
    expect([...routes].filter((route) => !covered.has(route))).toEqual([]);
  });

  it.each(REQUESTS)('$name ($status)', async ({ path: requestPath, init, status, name }) => {
    const response = await fetch(`${server.baseUrl}${requestPath || anAsset()}`, init);
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expectBaseHeaders(response.headers, name);
    expect(response.headers.get('strict-transport-security'), 'HSTS only in production').toBeNull();
    const isApi = requestPath.startsWith('/api/');
    if (isApi || status >= 400) expect(response.headers.get('cache-control'), name).toBe('no-store');
    if (isApi) expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it('adds HSTS in production, on the API, the page and the errors alike', async () => {
    for (const requestPath of ['/api/health', '/', '/api/nothing-here', '/no-such-page']) {
      const response = await fetch(`${production.baseUrl}${requestPath}`);
      await response.arrayBuffer();
      expect(response.headers.get('strict-transport-security'), requestPath).toBe('max-age=63072000; includeSubDomains');
      expectBaseHeaders(response.headers, requestPath);
    }
  });
});

describe('the page’s Content-Security-Policy', () => {
  it('runs no inline script but the export’s own, by hash, and lets the map tiles and the voice worklet in', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['script-src']).not.toContain("'unsafe-eval'");
    expect(directives['script-src']).toContain("'self'"); // the voice worklet is a file of ours (capture-worklet.js)
    const inline = inlineScriptHashes(html);
    expect(inline.length).toBeGreaterThan(0);
    for (const hash of inline) expect(directives['script-src']).toContain(hash);
    // every page of the export, not only the one served here
    for (const file of readdirSync('out').filter((f) => f.endsWith('.html'))) {
      for (const hash of inlineScriptHashes(readFileSync(path.join('out', file), 'utf8'))) expect(directives['script-src'], file).toContain(hash);
    }
    // the test servers point MAP_TILE_URL at a closed local port (tests/helpers/test-server.ts): no test reaches the internet
    const tiles = new URL(NO_TILES).origin;
    expect(directives['img-src']).toContain(tiles);
    expect(directives['connect-src']).toContain(tiles);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('takes the tiles’ origin from MAP_TILE_URL', async () => {
    const tiles = await startTestServer({ env: { MAP_TILE_URL: 'https://tiles.example.jp/xyz/{z}/{x}/{y}.png' } });
    try {
      const csp = (await fetch(`${tiles.baseUrl}/`)).headers.get('content-security-policy') ?? '';
      expect(csp).toContain('img-src \'self\' data: blob: https://tiles.example.jp;');
      expect(csp).toContain("connect-src 'self' https://tiles.example.jp;");
      expect(csp).not.toContain('gsi.go.jp');
    } finally {
      await tiles.close();
    }
  });
});
