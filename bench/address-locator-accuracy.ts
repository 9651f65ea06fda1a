/**
 * How far from the truth the offline address locator (src/opendata/quality/address-locator.ts) puts a place:
 * every located place of the snapshot is placed again from its address alone, from the records of the other
 * datasets (leave-one-dataset-out), and the error is the distance to its own point. "without twins" also
 * leaves out records of the same facility in other lists (same name), which is the disaster-base hospitals'
 * case: nothing else names them, only other places at their address do.
 * Run: node bench/address-locator-accuracy.ts [snapshot]
 */
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { AddressLocator } from '../src/opendata/quality/address-locator.ts';
import { facilityKey } from '../src/opendata/quality/facility-key.ts';
import type { Place } from '../src/core/place.ts';
import { haversineMeters } from '../src/geo/geo.ts';
import { fixed, median, percentile } from './lib/stats.ts';

const corpus = await loadCorpus(process.argv[2] ?? 'data/snapshot/corpus.json');
// Points the ingest itself set from an address would grade the locator against itself: leave them out.
const truth = corpus.places.filter((place) => place.lat !== undefined && !place.details?.pointSource?.startsWith('address'));

function measure(label: string, facilityOf: (place: Place) => string | undefined): void {
  const errors: Record<string, number[]> = { 'address-block': [], 'address-area': [] };
  let tried = 0;
  for (const place of truth) {
    if (!place.address) continue;
    tried += 1;
    const found = locator.locate(place.address, { datasetId: place.datasetId, facility: facilityOf(place) });
    if (found) errors[found.precision]?.push(haversineMeters(place.lat as number, place.lon as number, found.lat, found.lon));
  }
  console.log(`${label}: ${tried} places with an address`);
  for (const [precision, values] of Object.entries(errors)) {
    console.log(
      `  ${precision.padEnd(13)} placed ${String(values.length).padStart(5)} (${fixed((100 * values.length) / tried, 1)} %)  ` +
        `error median ${fixed(median(values), 0)} m, p90 ${fixed(percentile(values, 90), 0)} m, p95 ${fixed(percentile(values, 95), 0)} m`,
    );
  }
}

const locator = new AddressLocator(truth);
measure('with twins (the same facility in other lists counts)', () => undefined);
measure('without twins (records of the same name left out)', (place) => facilityKey(place.name.ja));
