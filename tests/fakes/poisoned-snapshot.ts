import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../../src/opendata/load-corpus.ts';
import { writeSnapshot } from '../../src/opendata/snapshot-file.ts';
import type { Place } from '../../src/core/place.ts';
import { deriveNames } from '../../src/retrieval/derive-names.ts';

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
  const corpus = await loadCorpus(SNAPSHOT);
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
  // the rewritten records' names are derived again, as the ingest would
  corpus.derivedNames = corpus.places.map(deriveNames);
  await writeSnapshot(file, corpus);
  return { file, poisoned, remove: () => rm(dir, { recursive: true, force: true }) };
}
