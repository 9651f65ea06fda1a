import { Worker } from 'node:worker_threads';
import type { Corpus, Place } from '../../core/place.ts';
import { MunicipalityCheck } from '../quality/find-misplaced.ts';
import type { FileStats } from '../refresh/check-candidate.ts';
import { checkDiscoveredFile, type DiscoveredVerdict } from './check-discovered-file.ts';
import { standardType } from './discovered-dataset.ts';

/** One downloaded file to check: which municipality and type it is for, its bytes, its last good measure. */
export interface FileToCheck {
  typeId: string;
  ward: string;
  datasetId: string;
  bytes: Uint8Array;
  contentType: string;
  lastGood?: FileStats;
  now: Date;
}

/** Checks discovered files against the running corpus (check-discovered-file.ts). */
export interface FileChecker {
  /** The verdict on one file: loaded whole, or rejected with its reason. */
  check(file: FileToCheck): Promise<DiscoveredVerdict>;
  /** Frees what the checker holds (its thread). */
  close(): Promise<void>;
}

/**
 * The reference of the municipality check, compact: the located places' points, municipalities and datasets as
 * typed arrays, which a worker receives without a copy (no other field of a place is needed).
 */
export interface ReferencePoints {
  lat: Float64Array<ArrayBuffer>;
  lon: Float64Array<ArrayBuffer>;
  ward: Uint16Array<ArrayBuffer>;
  wards: string[];
  dataset: Uint16Array<ArrayBuffer>;
  datasets: string[];
}

export function referencePoints(corpus: Corpus): ReferencePoints {
  const located = corpus.places.filter((place) => place.lat !== undefined && place.lon !== undefined && place.ward !== undefined);
  const wards = [...new Set(located.map((place) => place.ward as string))];
  const datasets = [...new Set(located.map((place) => place.datasetId))];
  const wardIndex = new Map(wards.map((ward, i) => [ward, i]));
  const datasetIndex = new Map(datasets.map((id, i) => [id, i]));
  return {
    lat: Float64Array.from(located, (place) => place.lat as number),
    lon: Float64Array.from(located, (place) => place.lon as number),
    ward: Uint16Array.from(located, (place) => wardIndex.get(place.ward as string) ?? 0),
    wards,
    dataset: Uint16Array.from(located, (place) => datasetIndex.get(place.datasetId) ?? 0),
    datasets,
  };
}

/** The municipality check over compact reference points. */
export function municipalityCheckOf(points: ReferencePoints): MunicipalityCheck {
  const places: Place[] = Array.from(points.lat, (lat, i) => ({
    id: String(i),
    category: 'facility',
    name: { ja: '' },
    lat,
    lon: points.lon[i],
    ward: points.wards[points.ward[i] ?? 0],
    datasetId: points.datasets[points.dataset[i] ?? 0] ?? '',
  }));
  return new MunicipalityCheck(places);
}

/** Checks in this thread (tests, scripts): simple, but each file holds the event loop while it is parsed. */
export function inlineChecker(corpus: Corpus): FileChecker {
  const reference = municipalityCheckOf(referencePoints(corpus));
  return {
    check: async (file) => checkDiscoveredFile({ ...file, type: standardType(file.typeId), reference }),
    close: async () => undefined,
  };
}

/**
 * Checks in a worker thread (check-worker.ts), so that a server refreshing its data keeps answering: parsing and
 * checking a file of thousands of rows takes milliseconds to tens of milliseconds each, hundreds of files a run.
 * The reference points are transferred once; each file's bytes are copied to the worker.
 */
export function workerChecker(corpus: Corpus): FileChecker {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url));
  const points = referencePoints(corpus);
  worker.postMessage({ type: 'reference', points }, [points.lat.buffer, points.lon.buffer, points.ward.buffer, points.dataset.buffer]);
  const waiting = new Map<number, { resolve: (verdict: DiscoveredVerdict) => void; reject: (error: Error) => void }>();
  let next = 0;
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (message: { id: number; verdict?: DiscoveredVerdict; error?: string }) => {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.verdict) pending?.resolve(message.verdict);
    else pending?.reject(new Error(`file check failed in its worker: ${message.error ?? 'no reason'}`));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the file-check worker exited with ${code}`)));
  return {
    check(file) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: 'check', id, file: { ...file, now: file.now.toISOString() } });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
