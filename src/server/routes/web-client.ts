import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { CSP_MANIFEST, pageCsp, readCspManifest } from '../page-csp.ts';

/**
 * The web client: the Next.js static export, served by this process. Hashed assets are cached for a year;
 * pages are revalidated. Unknown paths get the export's 404 page. Every file carries the page's CSP (page-csp.ts:
 * inline scripts by the hashes the build recorded); the other security headers come from security-headers.ts.
 */
export function webClientRoutes(staticDir: string, { mapTileUrl }: { mapTileUrl?: string } = {}): Hono<AppEnv> {
  const manifest = readCspManifest(staticDir);
  if (!manifest) throw new Error(`${path.join(staticDir, CSP_MANIFEST)} is missing: rebuild the web client (npm run build)`);
  const csp = pageCsp({ scriptHashes: manifest.scriptHashes, mapTileUrl });
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', csp);
  });
  app.use(
    '/_next/static/*',
    serveStatic({
      root: staticDir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use(
    '*',
    serveStatic({
      root: staticDir,
      rewriteRequestPath: (p) => (p === '/' || path.extname(p) !== '' ? p : `${p}.html`),
      onFound: (_path, c) => {
        c.header('Cache-Control', 'no-cache');
      },
    }),
  );
  app.get('*', async (c) => {
    const page = await readFile(path.join(staticDir, '404.html'), 'utf8');
    return c.html(page, 404);
  });
  return app;
}
