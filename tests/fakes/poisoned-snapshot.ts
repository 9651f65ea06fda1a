import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Corpus, Place } from '../../src/opendata/types.ts';

const SNAPSHOT = path.resolve(import.meta.dirname, '../../data/snapshot/corpus.json');

/** A copy of the open-data snapshot with some records rewritten (indirect prompt injection, markup). */
export interface PoisonedSnapshot {
  file: string;
  /** The ids of the rewritten records. */
  poisoned: string[];
  remove(): Promise<void>;
}

/**
 * Writes a copy of the bundled snapshot in which `poison` may rewrite each place (returning a changed place,
 * or undefined to keep it), so that the server answers from records that carry an attack.
 */
export async function writePoisonedSnapshot(poison: (place: Place) => Place | undefined): Promise<PoisonedSnapshot> {
  const corpus = JSON.parse(await readFile(SNAPSHOT, 'utf8')) as Corpus;
  const poisoned: string[] = [];
  corpus.places = corpus.places.map((place) => {
    const changed = poison(place);
    if (!changed) return place;
    poisoned.push(place.id);
    return changed;
  });
  const dir = path.join(tmpdir(), `tac-poisoned-${randomUUID()}`);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'corpus.json');
  await writeFile(file, JSON.stringify(corpus));
  return { file, poisoned, remove: () => rm(dir, { recursive: true, force: true }) };
}
