import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.ts';

/**
 * The web client: the Next.js static export, served by this process. Hashed assets are cached for a year;
 * pages are revalidated. Unknown paths get the export's 404 page. The page's map loads its tiles from the origin
 * of `mapTileUrl` (MAP_TILE_URL), which img-src allows.
 */
export function webClientRoutes(staticDir: string, options: { mapTileUrl?: string } = {}): Hono<AppEnv> {
  const tileOrigins = options.mapTileUrl ? [new URL(options.mapTileUrl).origin] : [];
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...tileOrigins],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      permissionsPolicy: { geolocation: ['self'], microphone: ['self'], camera: [] },
    }),
  );
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
