/** `npm run ingest`: builds data/snapshot/corpus.json from data/opendata and prints what each dataset gave. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus } from '../src/opendata/build-corpus.ts';
import { createReader } from '../src/opendata/readings.ts';
import { formatReports } from '../src/opendata/format-reports.ts';

const dataDir = path.resolve(process.argv[2] ?? 'data/opendata');
const out = path.resolve(process.argv[3] ?? 'data/snapshot/corpus.json');

const started = performance.now();
const corpus = await buildCorpus(dataDir, await createReader());
await mkdir(path.dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
await writeFile(tmp, JSON.stringify(corpus));
await rename(tmp, out); // atomic: a reader never sees half a snapshot
process.stdout.write(formatReports(corpus.reports));
process.stdout.write(
  `\n${corpus.places.length} places, ${corpus.gazetteer.length} gazetteer entries → ${path.relative(process.cwd(), out)} ` +
    `in ${Math.round(performance.now() - started)} ms\n`,
);
