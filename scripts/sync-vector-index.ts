/**
 * `npm run vectors:sync -- --index projects/…/locations/…/indexes/… --api-url https://<region>-aiplatform.googleapis.com`:
 * fills a Vertex AI Vector Search index (created with STREAM_UPDATE, DOT_PRODUCT_DISTANCE, the vectors' length)
 * with the snapshot's place vectors (npm run embed), each datapoint restricted by its category and municipality,
 * in batches of 500 upsertDatapoints calls. The token comes from the metadata server (a Cloud Run job), or from
 * GOOGLE_ACCESS_TOKEN when run by hand (`gcloud auth print-access-token`); it is never printed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { datapointOf, upsertDatapoints } from '../src/adapters/semantic/vertex-vector-index.ts';
import { type GoogleCredentials, MetadataServerCredentials } from '../src/adapters/speech/google/google-credentials.ts';
import { loadEnv } from '../src/config/env.ts';
import { SEMANTIC } from '../src/config/tunables.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { readPlaceVectors } from '../src/opendata/place-vectors-file.ts';

const { values } = parseArgs({ options: { index: { type: 'string' }, 'api-url': { type: 'string' } } });
if (!values.index || !/^projects\/[^/]+\/locations\/[a-z0-9-]+\/indexes\/[^/]+$/.test(values.index) || !values['api-url']) {
  console.error('usage: npm run vectors:sync -- --index projects/<p>/locations/<l>/indexes/<id> --api-url https://<l>-aiplatform.googleapis.com');
  process.exit(64);
}
const env = loadEnv();
const snapshot = path.resolve(env.SNAPSHOT_PATH);
const vectors = await readPlaceVectors(snapshot);
if (!vectors) {
  console.error('no place vectors beside the snapshot: run npm run embed first');
  process.exit(78);
}
const token = process.env.GOOGLE_ACCESS_TOKEN;
const credentials: GoogleCredentials = token ? { headers: async () => ({ authorization: `Bearer ${token}` }) } : new MetadataServerCredentials(env.GOOGLE_METADATA_URL);
const places = new Map((await loadCorpus(snapshot)).places.map((place) => [place.id, place]));
const d = vectors.dimensions;
const datapoints = vectors.ids.flatMap((id, row) => {
  const place = places.get(id);
  return place ? [datapointOf(place, vectors.vectors.subarray(row * d, (row + 1) * d))] : [];
});
for (let start = 0; start < datapoints.length; start += SEMANTIC.upsertBatchSize) {
  await upsertDatapoints(values['api-url'], values.index, datapoints.slice(start, start + SEMANTIC.upsertBatchSize), credentials);
  process.stdout.write(`\r${Math.min(start + SEMANTIC.upsertBatchSize, datapoints.length)} / ${datapoints.length} datapoints`);
}
console.log(`\n${datapoints.length} datapoints (${vectors.model}, ${d} values) upserted into ${values.index}`);
