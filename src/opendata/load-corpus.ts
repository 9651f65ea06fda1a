import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CATEGORIES, type Corpus } from './types.ts';

const text = z.string().min(1);
const placeSchema = z.object({
  id: text,
  category: z.enum(CATEGORIES),
  name: z.object({ ja: text, en: text.optional(), kana: text.optional() }),
  address: text.optional(),
  lat: z.number().min(20).max(46).optional(),
  lon: z.number().min(122).max(154).optional(),
  phone: text.optional(),
  url: text.optional(),
  ward: text.optional(),
  wardCode: text.optional(),
  datasetId: text,
  details: z.record(z.string(), z.string()).optional(),
});

const corpusSchema = z.object({
  version: z.literal(1),
  builtAt: text,
  datasets: z
    .array(
      z.object({
        id: text,
        title: z.object({ ja: text, en: text }),
        publisher: z.object({ ja: text, en: text }),
        license: text,
        licenseUrl: text,
        sourceUrl: text,
        attribution: text,
      }),
    )
    .min(1),
  places: z.array(placeSchema).min(1),
  gazetteer: z.array(
    z.object({
      kind: z.enum(['municipality', 'station', 'landmark']),
      ja: text,
      en: text.optional(),
      kana: text.optional(),
      lat: z.number(),
      lon: z.number(),
      ward: text.optional(),
    }),
  ),
  reports: z.array(
    z.object({
      datasetId: text,
      rows: z.number(),
      loaded: z.number(),
      fixed: z.number(),
      rejected: z.number(),
      reasons: z.record(z.string(), z.number()),
    }),
  ),
});

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/**
 * Loads the snapshot written by `npm run ingest`. A missing or corrupt file is a SnapshotError whose message says
 * what to do, so the server refuses to start instead of answering from nothing.
 */
export async function loadCorpus(file: string): Promise<Corpus> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new SnapshotError(`Open-data snapshot not found at ${file}: run \`npm run ingest\` (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new SnapshotError(`Open-data snapshot ${file} is not valid JSON: run \`npm run ingest\` (${(error as Error).message})`);
  }
  const parsed = corpusSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SnapshotError(
      `Open-data snapshot ${file} is corrupt at ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}; run \`npm run ingest\``,
    );
  }
  const corpus = parsed.data as Corpus;
  const known = new Set(corpus.datasets.map((dataset) => dataset.id));
  const orphan = corpus.places.find((place) => !known.has(place.datasetId));
  if (orphan) throw new SnapshotError(`Open-data snapshot ${file} is corrupt: ${orphan.id} names an unknown dataset`);
  return corpus;
}
