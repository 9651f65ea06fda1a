/** `npm run data:report`: what the ingest did with each dataset of the current snapshot (rows, loaded, fixed, rejected, why). */
import path from 'node:path';
import { loadEnv } from '../src/config/env.ts';
import { formatReports } from '../src/opendata/format-reports.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';

const env = loadEnv();
const corpus = await loadCorpus(path.resolve(process.argv[2] ?? env.SNAPSHOT_PATH));
process.stdout.write(`snapshot built ${corpus.builtAt}: ${corpus.places.length} places in ${corpus.datasets.length} datasets\n\n`);
process.stdout.write(formatReports(corpus.reports));
