import { QUALITY } from '../../config/tunables.ts';
import { haversineMeters } from '../../geo/geo.ts';
import type { Place } from '../../core/place.ts';
import { addressKeys, readAddressKey } from './address-key.ts';
import { median } from './median.ts';
import { facilityKey } from './facility-key.ts';

export type LocatedBy = 'address-block' | 'address-area';

export interface AddressPoint {
  lat: number;
  lon: number;
  precision: LocatedBy;
  /** How many located records of other datasets share the key. */
  support: number;
  /** The farthest of those records from the point, in metres. */
  spread: number;
  /** How many datasets those records come from. */
  datasets: number;
}

interface Bucket {
  points: Array<{ lat: number; lon: number; datasetId: string; facility: string }>;
}

/** Records a lookup must not use: the asking place's own dataset, and (for measuring) its own facility. */
export interface Except {
  datasetId?: string;
  facility?: string;
}

/**
 * An offline geocoder made of the corpus itself: every located record is filed under its address key (town,
 * 丁目, 番地, address-key.ts), and an address is placed at the median of the records that share its key, from
 * other datasets only. It answers only where those records agree (their spread under a limit), so it never
 * guesses: the block level (same 番地) is accurate to tens of metres, the area level (same 丁目) to a few
 * hundred (measured by bench/address-locator-accuracy.ts, figures in docs/open-data.md).
 */
export class AddressLocator {
  private readonly buckets = new Map<string, Bucket>();

  constructor(located: readonly Place[]) {
    for (const place of located) {
      if (place.lat === undefined || place.lon === undefined) continue;
      const key = readAddressKey(place.address);
      if (!key) continue;
      const keys = addressKeys(key);
      for (const name of [keys.block, keys.area]) {
        if (!name) continue;
        const bucket = this.buckets.get(name) ?? { points: [] };
        bucket.points.push({ lat: place.lat, lon: place.lon, datasetId: place.datasetId, facility: facilityKey(place.name.ja) });
        this.buckets.set(name, bucket);
      }
    }
  }

  /** The point of an address, from records of datasets other than `exceptDataset`; undefined when unsure. */
  locate(address: string | undefined, exceptDataset?: string | Except): AddressPoint | undefined {
    return this.locateBlock(address, exceptDataset) ?? this.locateArea(address, exceptDataset);
  }

  /** The point of the address's block (same 丁目 and 番地), when records of it agree. */
  locateBlock(address: string | undefined, exceptDataset?: string | Except): AddressPoint | undefined {
    const key = readAddressKey(address);
    const block = key ? addressKeys(key).block : undefined;
    const found = block ? this.agree(block, exceptDataset, 1, QUALITY.blockSpreadMeters) : undefined;
    return found ? { ...found, precision: 'address-block' } : undefined;
  }

  /** The point of the address's area (its 丁目, or its town where there are none), when records of it agree. */
  locateArea(address: string | undefined, exceptDataset?: string | Except): AddressPoint | undefined {
    const key = readAddressKey(address);
    const found = key ? this.agree(addressKeys(key).area, exceptDataset, QUALITY.areaMinRecords, QUALITY.areaSpreadMeters) : undefined;
    return found ? { ...found, precision: 'address-area' } : undefined;
  }

  private agree(name: string, except: string | Except | undefined, minRecords: number, maxSpread: number) {
    const { datasetId, facility } = typeof except === 'string' ? { datasetId: except, facility: undefined } : (except ?? {});
    const points = (this.buckets.get(name)?.points ?? []).filter((point) => point.datasetId !== datasetId && point.facility !== facility);
    if (points.length < minRecords) return undefined;
    const lat = median(points.map((point) => point.lat));
    const lon = median(points.map((point) => point.lon));
    const spread = Math.max(...points.map((point) => haversineMeters(lat, lon, point.lat, point.lon)));
    if (spread > maxSpread) return undefined;
    return {
      lat: Math.round(lat * 1e6) / 1e6,
      lon: Math.round(lon * 1e6) / 1e6,
      support: points.length,
      spread: Math.round(spread),
      datasets: new Set(points.map((point) => point.datasetId)).size,
    };
  }
}
