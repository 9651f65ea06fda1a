import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, SnapshotError, validateCorpus } from './load-corpus.ts';
import { writeSnapshot } from './snapshot-file.ts';
import type { Corpus } from '../core/place.ts';

const corpus: Corpus = {
  version: 2,
  builtAt: '2026-11-29T00:00:00.000Z',
  datasets: [
    {
      id: 'd',
      title: { ja: 'データ', en: 'Data' },
      publisher: { ja: '東京都', en: 'Tokyo' },
      license: 'CC BY 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
      sourceUrl: 'https://catalog.data.metro.tokyo.lg.jp/',
      attribution: '「データ」（東京都）',
    },
  ],
  places: [{ id: 'd:1', category: 'shelter', name: { ja: '麹町小学校' }, lat: 35.68, lon: 139.74, datasetId: 'd' }],
  gazetteer: [],
  reports: [],
  derivedNames: [{ japanese: ['麹町小学校'], kana: [], latinKeys: [] }],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'load-corpus-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('snapshot writing and loading', () => {
  it('round-trips a corpus through the checksummed file', async () => {
    const file = path.join(dir, 'ok.json');
    await writeSnapshot(file, corpus);
    expect((await readFile(file, 'utf8')).split('\n')[0]).toMatch(/^tokyo-ai-chat-snapshot 2 sha256=[0-9a-f]{64}$/);
    expect(await loadCorpus(file)).toEqual(corpus);
  });

  it('validates the schema before writing, naming the first bad field', () => {
    const broken = structuredClone(corpus) as unknown as { places: Array<{ category: string }> };
    (broken.places[0] as { category: string }).category = 'casino';
    expect(() => validateCorpus(broken)).toThrow(/invalid at places\.0\.category/);
  });

  it('accepts the display names of a place and refuses a malformed reading', () => {
    const display = { en: 'Kojimachi Elementary School', ko: '고지마치 초등학교', ruby: [['麹町'], ['小学校', 'しょうがっこう']] };
    const named = { ...corpus, places: [{ ...corpus.places[0], name: { ja: '麹町小学校', display } }] };
    expect(validateCorpus(named).places[0]?.name.display).toEqual(display);
    const broken = { ...corpus, places: [{ ...corpus.places[0], name: { ja: '麹町小学校', display: { ruby: [['麹町', 'こうじまち', 'x']] } } }] };
    expect(() => validateCorpus(broken)).toThrow(/invalid at places\.0\.name\.display\.ruby/);
  });

  it('refuses places that name an unknown dataset, and misaligned derived names', async () => {
    expect(() => validateCorpus({ ...corpus, places: [{ ...corpus.places[0], datasetId: 'nope' }] })).toThrow(SnapshotError);
    const file = path.join(dir, 'misaligned.json');
    await writeSnapshot(file, { ...corpus, derivedNames: [] });
    await expect(loadCorpus(file)).rejects.toThrow(/0 derived names for 1 places/);
  });

  it('refuses a file of another format version', async () => {
    const file = path.join(dir, 'v1.json');
    const body = JSON.stringify(corpus);
    await writeFile(file, `tokyo-ai-chat-snapshot 1 sha256=${'0'.repeat(64)}\n${body}`);
    await expect(loadCorpus(file)).rejects.toThrow(/is format 1, this server reads format 2/);
  });
});
