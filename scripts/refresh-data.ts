/**
 * `npm run data:refresh`: one refresh of the open data from the Tokyo Open Data Catalog (CATALOG_BASE_URL),
 * as the server's schedule does it: the registry's files and, unless `--dataset` names some, every
 * municipality's standard datasets (discovery); new files are checked, the snapshot rebuilt and replaced only
 * when they pass. Prints one line per source file (the municipalities that publish nothing of a kind as one
 * count); exits 1 when any source failed (its last good version stays).
 * Usage: node scripts/refresh-data.ts [--dataset <id>]… [--verbose]
 */
import { parseArgs } from 'node:util';
import { loadEnv } from '../src/config/env.ts';
import { DATASETS } from '../src/opendata/datasets.ts';
import { createDataRefresher } from '../src/opendata/refresh/start-refresh.ts';
import { createLogger } from '../src/observability/logger.ts';
import { opsEvents } from '../src/observability/events.ts';

const { values } = parseArgs({ options: { dataset: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false } } });
const wanted = new Set(values.dataset ?? []);
const unknown = [...wanted].filter((id) => !DATASETS.some((spec) => spec.info.id === id));
if (unknown.length > 0) {
  process.stderr.write(`unknown dataset ${unknown.join(', ')}; known: ${DATASETS.map((spec) => spec.info.id).join(', ')}\n`);
  process.exit(64); // EX_USAGE
}
const env = loadEnv({ ...process.env, DATA_REFRESH_INTERVAL_MINUTES: '0' });
const refresher = createDataRefresher({
  env,
  // the lines below say what happened; --verbose adds the JSON log the server would write
  log: createLogger({ level: values.verbose ? env.LOG_LEVEL : 'silent', version: env.APP_VERSION }),
  events: opsEvents,
  specs: wanted.size > 0 ? DATASETS.filter((spec) => wanted.has(spec.info.id)) : DATASETS,
  onSnapshot: (corpus) => process.stdout.write(`snapshot replaced: ${corpus.places.length} places (${env.SNAPSHOT_PATH})\n`),
});
const outcomes = await refresher.runNow();
for (const outcome of outcomes) {
  if (outcome.outcome === 'not_found') continue;
  process.stdout.write(`${outcome.outcome.padEnd(9)} ${outcome.datasetId.padEnd(32)} ${outcome.source}${outcome.reason ? `: ${outcome.reason}` : ''}\n`);
}
const unpublished = outcomes.filter((outcome) => outcome.outcome === 'not_found').length;
if (unpublished > 0) process.stdout.write(`not published: ${unpublished} municipality × kind pairs (GET /api/coverage lists them)\n`);
process.exitCode = outcomes.some((outcome) => outcome.outcome === 'failed') ? 1 : 0;
