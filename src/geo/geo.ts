import { around } from 'geokdbush';
import KDBush from 'kdbush';

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres. */
export function haversineMeters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial compass bearing from the first point to the second, in degrees (0 = north, clockwise). */
export function bearingDegrees(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const y = Math.sin((lon2 - lon1) * toRad) * Math.cos(lat2 * toRad);
  const x = Math.cos(lat1 * toRad) * Math.sin(lat2 * toRad) - Math.sin(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.cos((lon2 - lon1) * toRad);
  return (Math.atan2(y, x) / toRad + 360) % 360;
}

/** One of the eight compass points (0 = north, clockwise) a bearing is nearest to. */
export function compassPoint(bearing: number): number {
  return Math.round(bearing / 45) % 8;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A static nearest-neighbour index over points (kdbush + geokdbush, great-circle distances). */
export class GeoIndex<T extends GeoPoint> {
  private readonly items: T[];
  private readonly index: KDBush;

  constructor(items: T[]) {
    this.items = items;
    this.index = new KDBush(Math.max(items.length, 1));
    for (const item of items) this.index.add(item.lon, item.lat);
    if (items.length === 0) this.index.add(0, 0); // kdbush needs one point; `nearest` filters it out by id
    this.index.finish();
  }

  /** The `limit` items nearest to the point within `maxMeters`, nearest first, with their distance. */
  nearest(point: GeoPoint, limit: number, maxMeters: number, accept: (item: T) => boolean = () => true): Array<{ item: T; meters: number }> {
    if (this.items.length === 0) return [];
    const ids = around(this.index, point.lon, point.lat, limit, maxMeters / 1000, (id) => {
      const item = this.items[id];
      return item !== undefined && accept(item);
    });
    return ids.map((id) => {
      const item = this.items[id] as T;
      return { item, meters: Math.round(haversineMeters(point.lat, point.lon, item.lat, item.lon)) };
    });
  }
}
