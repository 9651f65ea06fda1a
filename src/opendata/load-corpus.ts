import { z } from 'zod';
import { readSnapshot, SnapshotFileError } from './snapshot-file.ts';
import { CATEGORIES, type Corpus } from '../core/place.ts';

const text = z.string().min(1);
const displayNames = z.object({
  en: text.optional(),
  ko: text.optional(),
  'zh-Hans': text.optional(),
  'zh-Hant': text.optional(),
  ruby: z.array(z.union([z.tuple([text]), z.tuple([text, text])])).optional(),
});
const placeSchema = z.object({
  id: text,
  category: z.enum(CATEGORIES),
  name: z.object({ ja: text, en: text.optional(), kana: text.optional(), display: displayNames.optional() }),
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
  version: z.literal(2),
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
      kind: z.enum(['municipality', 'station', 'landmark', 'town']),
      ja: text,
      en: text.optional(),
      kana: text.optional(),
      lat: z.number(),
      lon: z.number(),
      ward: text.optional(),
    }),
  ),
  derivedNames: z
    .array(z.object({ latin: text.optional(), japanese: z.array(text), kana: z.array(text), latinKeys: z.array(text) }))
    .optional(),
  coverage: z
    .array(
      z.object({
        category: z.enum(CATEGORIES),
        ward: text,
        wardCode: text.optional(),
        rows: z.number().int().min(0),
        datasetIds: z.array(text),
        updatedAt: text.optional(),
        status: z.enum(['covered', 'rejected', 'not_published']).optional(),
        source: text.optional(),
        note: text.optional(),
        checkedAt: text.optional(),
      }),
    )
    .optional(),
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
 * Checks a corpus against the snapshot schema before it is written (`npm run ingest`, the live refresh):
 * a build that produced something the server cannot serve fails there, naming the first bad field.
 */
export function validateCorpus(corpus: unknown, where = 'the corpus'): Corpus {
  const parsed = corpusSchema.safeParse(corpus);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SnapshotError(`${where} is invalid at ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}`);
  }
  const valid = parsed.data as Corpus;
  checkConsistency(valid, where);
  return valid;
}

/**
 * Loads the snapshot written by `npm run ingest`. A missing, damaged or incompatible file is a SnapshotError whose
 * message says what to do, so the server refuses to start instead of answering from nothing. Integrity comes from
 * the file's checksum (snapshot-file.ts); the schema was checked when it was written.
 */
export async function loadCorpus(file: string): Promise<Corpus> {
  let json: unknown;
  try {
    json = await readSnapshot(file);
  } catch (error) {
    if (error instanceof SnapshotFileError) throw new SnapshotError(`Open-data snapshot ${file} ${error.message}: run \`npm run ingest\``);
    throw new SnapshotError(`Open-data snapshot not found at ${file}: run \`npm run ingest\` (${(error as Error).message})`);
  }
  const corpus = json as Corpus;
  if (corpus?.version !== 2 || !Array.isArray(corpus.places) || !Array.isArray(corpus.datasets) || !Array.isArray(corpus.gazetteer)) {
    throw new SnapshotError(`Open-data snapshot ${file} is corrupt: not a version 2 corpus; run \`npm run ingest\``);
  }
  checkConsistency(corpus, `Open-data snapshot ${file}`);
  return corpus;
}

function checkConsistency(corpus: Corpus, where: string): void {
  if (corpus.places.length === 0 || corpus.datasets.length === 0) throw new SnapshotError(`${where} is corrupt: it holds no places`);
  const known = new Set(corpus.datasets.map((dataset) => dataset.id));
  const orphan = corpus.places.find((place) => !known.has(place.datasetId));
  if (orphan) throw new SnapshotError(`${where} is corrupt: ${orphan.id} names an unknown dataset`);
  if (corpus.derivedNames && corpus.derivedNames.length !== corpus.places.length) {
    throw new SnapshotError(`${where} is corrupt: ${corpus.derivedNames.length} derived names for ${corpus.places.length} places`);
  }
}
