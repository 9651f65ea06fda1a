import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzipSync } from 'node:zlib';

/** In the thread pool: a refresh loading its new snapshot must not hold the event loop while it inflates. */
const gunzip = promisify(gunzipCallback);

/**
 * The snapshot file: one header line, then the corpus as gzip-compressed JSON.
 *   `tokyo-ai-chat-snapshot 2 sha256=<hex of the compressed bytes>`
 * The checksum is how a damaged or half-written file is told from a good one at start, in milliseconds (a full
 * schema validation of 13,000 records took 150-300 ms); the schema is checked when the file is written.
 * Compressed, the file is 1/6 of its JSON (8 MB → ~1.3 MB in the image) for ~30 ms more at start.
 */
const MAGIC = 'tokyo-ai-chat-snapshot';
export const SNAPSHOT_FORMAT = 2;

export class SnapshotFileError extends Error {
  override readonly name = 'SnapshotFileError';
}

/** Writes the corpus atomically (a temporary file renamed into place): a reader never sees half a snapshot. */
export async function writeSnapshot(file: string, corpus: unknown): Promise<void> {
  const body = gzipSync(JSON.stringify(corpus));
  const header = `${MAGIC} ${SNAPSHOT_FORMAT} sha256=${sha256(body)}\n`;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, Buffer.concat([Buffer.from(header), body]));
  await rename(tmp, file);
}

/** The parsed JSON of a snapshot whose header and checksum are right; SnapshotFileError says what is wrong. */
export async function readSnapshot(file: string): Promise<unknown> {
  const bytes = await readFile(file);
  const newline = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, newline < 0 ? Math.min(bytes.length, 200) : newline).toString('utf8');
  const match = /^tokyo-ai-chat-snapshot (\d+) sha256=([0-9a-f]{64})$/.exec(header);
  if (!match) throw new SnapshotFileError('has no snapshot header (not written by `npm run ingest`, or from an older version)');
  if (Number(match[1]) !== SNAPSHOT_FORMAT) throw new SnapshotFileError(`is format ${match[1]}, this server reads format ${SNAPSHOT_FORMAT}`);
  const body = bytes.subarray(newline + 1);
  if (sha256(body) !== match[2]) throw new SnapshotFileError('does not match its checksum (damaged or cut short)');
  try {
    return JSON.parse((await gunzip(body)).toString('utf8')) as unknown;
  } catch (error) {
    throw new SnapshotFileError(`is not valid gzip-compressed JSON (${(error as Error).message})`);
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
