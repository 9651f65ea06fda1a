/**
 * The worker thread of workerChecker (file-checker.ts): holds the municipality check built from the reference
 * points and answers one verdict per file. Runs only as a worker.
 */
import { parentPort } from 'node:worker_threads';
import type { MunicipalityCheck } from '../quality/find-misplaced.ts';
import { checkDiscoveredFile } from './check-discovered-file.ts';
import { standardType } from './discovered-dataset.ts';
import { type FileToCheck, municipalityCheckOf, type ReferencePoints } from './file-checker.ts';

type Message = { type: 'reference'; points: ReferencePoints } | { type: 'check'; id: number; file: Omit<FileToCheck, 'now'> & { now: string } };

let reference: MunicipalityCheck | undefined;

parentPort?.on('message', (message: Message) => {
  if (message.type === 'reference') {
    reference = municipalityCheckOf(message.points);
    return;
  }
  try {
    if (!reference) throw new Error('no reference points');
    const { file } = message;
    const verdict = checkDiscoveredFile({ ...file, now: new Date(file.now), type: standardType(file.typeId), reference });
    parentPort?.postMessage({ id: message.id, verdict });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: (error as Error).message });
  }
});
