import { fetchClientConfig } from '../chat-client.ts';
import type { DrawnMap, MapDrawing } from './map-types.ts';

/** What drawing a map needs: Leaflet's module and, when the server gives one, the tiles' URL. */
export interface LoadedMap {
  draw: (element: HTMLElement, drawing: Omit<MapDrawing, 'tileUrl'>) => DrawnMap;
}

let loading: Promise<LoadedMap> | undefined;

/**
 * Loads the map's code (a chunk of its own, with Leaflet and its styles) and the tiles' URL (GET
 * /api/client-config), once for the page: the first answer with places asks, later ones reuse it. Without the
 * configuration (offline, an older server) the map draws on a blank background; when the code itself cannot be
 * loaded the promise rejects and the next answer with places tries again.
 */
export function loadMap(): Promise<LoadedMap> {
  loading ??= Promise.all([import('./leaflet-map.ts'), tileUrl()]).then(
    ([module, url]): LoadedMap => ({ draw: (element, drawing) => module.drawPlaceMap(element, { ...drawing, tileUrl: url }) }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

async function tileUrl(): Promise<string | undefined> {
  try {
    return (await fetchClientConfig()).mapTileUrl;
  } catch (error) {
    console.warn('no map tiles: the client configuration could not be read', error);
    return undefined;
  }
}
