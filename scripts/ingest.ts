/**
 * `npm run ingest`: builds data/snapshot/corpus.json from data/opendata and prints what each dataset gave.
 * Files the live refresh has fetched (DATA_REFRESH_CACHE_DIR, when it holds any) replace the bundled ones;
 * with the municipalities' files it discovered and what it found (the coverage table); `--bundled-only`
 * ignores them; `--plan <file.json>` names them explicitly (the refresh, src/opendata/refresh/rebuild-snapshot.ts),
 * `--overrides <file.json>` only replacements.
 * Usage: node scripts/ingest.ts [--bundled-only] [--plan file.json | --overrides file.json] [dataDir] [out]
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
import { RefreshCache, type BuildPlan } from '../src/opendata/refresh/refresh-cache.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'bundled-only': { type: 'boolean', default: false }, overrides: { type: 'string' }, plan: { type: 'string' } },
});
const env = loadEnv();
const dataDir = path.resolve(positionals[0] ?? env.OPENDATA_DIR);
const out = path.resolve(positionals[1] ?? env.SNAPSHOT_PATH);

async function readPlan(): Promise<BuildPlan> {
  if (values.plan) {
    const plan = JSON.parse(await readFile(values.plan, 'utf8')) as Omit<BuildPlan, 'overrides'> & { overrides: Record<string, string> };
    return { ...plan, overrides: new Map(Object.entries(plan.overrides)) };
  }
  if (values.overrides) {
    return { overrides: new Map(Object.entries(JSON.parse(await readFile(values.overrides, 'utf8')) as Record<string, string>)), discovered: [], discovery: [] };
  }
  if (values['bundled-only']) return { overrides: new Map(), discovered: [], discovery: [] };
  const cache = new RefreshCache(env.DATA_REFRESH_CACHE_DIR);
  return cache.buildPlan(await cache.readManifest());
}

const started = performance.now();
const plan = await readPlan();
const overrides = plan.overrides;
const corpus = await buildCorpus(dataDir, await createAnalyser(), plan);
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
