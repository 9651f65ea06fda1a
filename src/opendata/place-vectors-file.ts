import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { PlaceVectors } from '../core/place-vectors.ts';

/**
 * The snapshot's place vectors, beside corpus.json: `place-vectors.json` (model, length, ids, text hashes and the
 * sha256 of the vectors) and `place-vectors.bin` (the floats, little-endian float32, row by row). Written by
 * `npm run embed` (scripts/embed-places.ts); absent in the bundled snapshot, when retrieval is lexical alone.
 */
export const VECTORS_FORMAT = 1;

const manifestSchema = z.object({
  format: z.literal(VECTORS_FORMAT),
  model: z.string().min(1),
  dimensions: z.number().int().min(1).max(4096),
  corpusBuiltAt: z.string().min(1),
  ids: z.array(z.string().min(1)),
  textHashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export class PlaceVectorsFileError extends Error {
  override readonly name = 'PlaceVectorsFileError';
}

/** Where the vectors of a snapshot live: beside it. */
export function placeVectorsPaths(snapshotPath: string): { manifest: string; data: string } {
  const dir = path.dirname(snapshotPath);
  return { manifest: path.join(dir, 'place-vectors.json'), data: path.join(dir, 'place-vectors.bin') };
}

/** Writes both files, each atomically (the data first: a manifest never names data that is not there). */
export async function writePlaceVectors(snapshotPath: string, vectors: PlaceVectors): Promise<void> {
  if (vectors.vectors.length !== vectors.ids.length * vectors.dimensions || vectors.textHashes.length !== vectors.ids.length) {
    throw new PlaceVectorsFileError(`${vectors.ids.length} ids, ${vectors.textHashes.length} hashes and ${vectors.vectors.length} values do not match ${vectors.dimensions} dimensions`);
  }
  const paths = placeVectorsPaths(snapshotPath);
  const bytes = Buffer.from(vectors.vectors.buffer, vectors.vectors.byteOffset, vectors.vectors.byteLength);
  const { vectors: _values, ...rest } = vectors;
  const manifest = { format: VECTORS_FORMAT, ...rest, sha256: sha256(bytes) };
  await atomicWrite(paths.data, bytes);
  await atomicWrite(paths.manifest, Buffer.from(`${JSON.stringify(manifest)}\n`));
}

/** The vectors beside a snapshot, or undefined when there are none; PlaceVectorsFileError when they are damaged. */
export async function readPlaceVectors(snapshotPath: string): Promise<PlaceVectors | undefined> {
  const paths = placeVectorsPaths(snapshotPath);
  if (!existsSync(paths.manifest)) return undefined;
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(paths.manifest, 'utf8')));
  if (!parsed.success) throw new PlaceVectorsFileError(`${paths.manifest} is not a vectors manifest: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const manifest = parsed.data;
  const bytes = await readFile(paths.data);
  if (sha256(bytes) !== manifest.sha256) throw new PlaceVectorsFileError(`${paths.data} does not match its checksum (damaged, or from another build)`);
  if (bytes.byteLength !== manifest.ids.length * manifest.dimensions * 4 || manifest.textHashes.length !== manifest.ids.length) {
    throw new PlaceVectorsFileError(`${paths.data} holds ${bytes.byteLength} bytes, not ${manifest.ids.length} × ${manifest.dimensions} floats`);
  }
  // a copy, aligned for Float32Array whatever offset the buffer was read into
  const vectors = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(vectors.buffer).set(bytes);
  return { model: manifest.model, dimensions: manifest.dimensions, corpusBuiltAt: manifest.corpusBuiltAt, ids: manifest.ids, textHashes: manifest.textHashes, vectors };
}

/** sha256 of a place's text: the key under which its vector is reused by the next build. */
export function textHash(text: string): string {
  return sha256(Buffer.from(text, 'utf8'));
}

async function atomicWrite(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
