/**
 * `npm run ingest`: builds data/snapshot/corpus.json from data/opendata and prints what each dataset gave.
 * Files the live refresh has fetched (DATA_REFRESH_CACHE_DIR, when it holds any) replace the bundled ones;
 * `--bundled-only` ignores them, `--overrides <file.json>` names the replacements explicitly (the refresh).
 * Usage: node scripts/ingest.ts [--bundled-only] [--overrides file.json] [dataDir] [out]
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../src/config/env.ts';
import { buildCorpus } from '../src/opendata/build-corpus.ts';
import { formatReports } from '../src/opendata/format-reports.ts';
import { validateCorpus } from '../src/opendata/load-corpus.ts';
import { writeSnapshot } from '../src/opendata/snapshot-file.ts';
import { deriveNames } from '../src/retrieval/derive-names.ts';
import { createAnalyser } from '../src/opendata/readings.ts';
import { RefreshCache } from '../src/opendata/refresh/refresh-cache.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'bundled-only': { type: 'boolean', default: false }, overrides: { type: 'string' } },
});
const env = loadEnv();
const dataDir = path.resolve(positionals[0] ?? env.OPENDATA_DIR);
const out = path.resolve(positionals[1] ?? env.SNAPSHOT_PATH);

async function readOverrides(): Promise<Map<string, string>> {
  if (values.overrides) return new Map(Object.entries(JSON.parse(await readFile(values.overrides, 'utf8')) as Record<string, string>));
  if (values['bundled-only']) return new Map();
  const cache = new RefreshCache(env.DATA_REFRESH_CACHE_DIR);
  return cache.overrides(await cache.readManifest());
}

const started = performance.now();
const overrides = await readOverrides();
const corpus = await buildCorpus(dataDir, await createAnalyser(), { overrides });
corpus.derivedNames = corpus.places.map(deriveNames);
validateCorpus(corpus, 'the built corpus'); // a build the server could not serve is never written
await mkdir(path.dirname(out), { recursive: true });
await writeSnapshot(out, corpus); // atomic, with the checksum the server verifies at start
process.stdout.write(formatReports(corpus.reports));
const replaced = overrides.size > 0 ? `, ${overrides.size} files from the refresh folder` : '';
process.stdout.write(
  `\n${corpus.places.length} places, ${corpus.gazetteer.length} gazetteer entries${replaced} → ${path.relative(process.cwd(), out)} ` +
    `in ${Math.round(performance.now() - started)} ms\n`,
);
