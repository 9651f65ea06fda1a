import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASETS } from './datasets.ts';
import type { DatasetSpec, SourceFile } from './dataset-spec.ts';
import { decodeText } from './decode.ts';
import { municipalityEntries, stationEntries } from './gazetteer.ts';
import { readBichikuNavi } from './parsers/municipalities.ts';
import type { ReadingOf } from './readings.ts';
import { RowTally } from './tally.ts';
import type { Corpus, Place } from './types.ts';

const STATIONS_FILE = 'toilets/tmg_4_tonaitetsudoueki_barrier-free-wc.csv';
const BICHIKU_FILE = 'municipalities/tmg_bichiku_navi_hazardmap_links_2022.json';

/** Reads every dataset under `dataDir` (data/opendata) and returns the corpus the server will load. */
export async function buildCorpus(dataDir: string, readingOf: ReadingOf, specs: DatasetSpec[] = DATASETS): Promise<Corpus> {
  const places: Place[] = [];
  const reports = [];
  for (const spec of specs) {
    const tally = new RowTally(spec.info.id);
    for (const file of await readSources(dataDir, spec)) places.push(...spec.parse(file, tally));
    reports.push(tally.report());
  }
  await enrichMunicipalities(dataDir, places);
  const stationsCsv = decodeText(await readFile(path.join(dataDir, STATIONS_FILE)));
  return {
    version: 1,
    builtAt: new Date().toISOString(),
    datasets: specs.map((spec) => spec.info),
    places,
    gazetteer: [...municipalityEntries(places), ...stationEntries(stationsCsv, readingOf)],
    reports,
  };
}

async function readSources(dataDir: string, spec: DatasetSpec): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const source of spec.sources) {
    const full = path.join(dataDir, source);
    const names = /\.(csv|json)$/.test(source)
      ? [source]
      : (await readdir(full)).filter((name) => /\.(csv|json)$/.test(name)).sort().map((name) => path.join(source, name));
    for (const name of names) {
      files.push({ path: name, text: decodeText(await readFile(path.join(dataDir, name)), spec.encoding) });
    }
  }
  return files;
}

/** Adds English names and hazard-map links (東京備蓄ナビ) to the municipal offices. */
async function enrichMunicipalities(dataDir: string, places: Place[]): Promise<void> {
  const navi = readBichikuNavi({ path: BICHIKU_FILE, text: decodeText(await readFile(path.join(dataDir, BICHIKU_FILE))) });
  for (const place of places) {
    if (place.category !== 'municipal_office' || !place.ward) continue;
    const extra = navi.get(place.ward);
    if (!extra) continue;
    if (extra.en) place.name.en = `${extra.en} Office`;
    const links = Object.entries(extra.hazardMaps).map(([hazard, url]) => `${hazard}=${url}`);
    if (links.length > 0) place.details = { ...place.details, hazardMaps: links.join(' ') };
  }
}
