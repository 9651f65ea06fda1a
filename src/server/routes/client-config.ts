import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** What the web page reads from the server at run time, so that one build of the page serves every deployment. */
export interface ClientConfig {
  /** The map's tiles, a `{z}/{x}/{y}` template (MAP_TILE_URL). */
  mapTileUrl: string;
}

/** GET /api/client-config: the page asks once, when its first answer with places needs the map. */
export function clientConfigRoutes(config: ClientConfig): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const body: ClientConfig = { mapTileUrl: config.mapTileUrl };
  app.get('/api/client-config', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(body);
  });
  return app;
}
