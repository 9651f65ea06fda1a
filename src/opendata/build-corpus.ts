import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASETS } from './datasets.ts';
import type { DatasetSpec, SourceFile } from './dataset-spec.ts';
import { decodeText } from './decode.ts';
import { discoveredDatasetSpec } from './discovery/discovered-dataset.ts';
import type { DiscoveredSource, DiscoveryRecord } from './discovery/discovery-record.ts';
import { addDisplayNames, tidyOfficeEnglish } from './display-names/display-names.ts';
import { lendPublisherReadings } from './display-names/publisher-readings.ts';
import { addReadings, gazetteerOf } from './gazetteer.ts';
import { readBichikuNavi } from './parsers/municipalities.ts';
import { dropDuplicates } from './quality/drop-duplicates.ts';
import { repairPoints } from './quality/repair-points.ts';
import { unifyNames } from './quality/unify-names.ts';
import type { JapaneseAnalyser } from './readings.ts';
import { recordCoverage } from './record-coverage.ts';
import { RowTally } from './tally.ts';
import type { Corpus, Place } from '../core/place.ts';

const BICHIKU_FILE = 'municipalities/tmg_bichiku_navi_hazardmap_links_2022.json';

export interface BuildOptions {
  specs?: DatasetSpec[];
  /** The build's clock (events are past or upcoming on this date). */
  now?: Date;
  /**
   * Files that replace bundled ones: source path (relative to data/opendata) → file on disk. The live refresh
   * keeps the catalogue's newer files in its own folder and never writes over the publisher files.
   */
  overrides?: ReadonlyMap<string, string>;
  /** The municipalities' standard files the refresh found (discovery/): each is a dataset; its file is an override. */
  discovered?: readonly DiscoveredSource[];
  /** What the discovery found for every municipality and type, recorded in the coverage table. */
  discovery?: readonly DiscoveryRecord[];
}

/**
 * Reads every dataset under `dataDir` (data/opendata), and the discovered files, and returns the corpus the
 * server will load, with its coverage table.
 */
export async function buildCorpus(dataDir: string, analyser: JapaneseAnalyser, options: BuildOptions = {}): Promise<Corpus> {
  const { readingOf } = analyser;
  const navi = readBichikuNavi({ path: BICHIKU_FILE, text: decodeText(await readFile(path.join(dataDir, BICHIKU_FILE))) });
  const discovered = options.discovered ?? [];
  const specs = [...(options.specs ?? DATASETS), ...discovered.map((source) => discoveredDatasetSpec(source, { ward: navi.get(source.ward)?.en }))];
  const now = options.now ?? new Date();
  const tallies = new Map<string, RowTally>();
  let places: Place[] = [];
  for (const spec of specs) {
    const tally = new RowTally(spec.info.id);
    tallies.set(spec.info.id, tally);
    for (const file of await readSources(dataDir, spec, options.overrides)) places.push(...spec.parse(file, tally, { now }));
  }
  const tallyOf = (datasetId: string) => tallies.get(datasetId) ?? new RowTally(datasetId);
  unifyNames(places, tallyOf);
  places = dropDuplicates(places, tallyOf);
  places = repairPoints(places, tallyOf);
  enrichMunicipalities(navi, places);
  shareDesignations(places);
  const publisherKana = lendPublisherReadings(places);
  addReadings(places, readingOf);
  addDisplayNames(places, analyser.tokensOf, publisherKana);
  const datasets = specs.map((spec) => spec.info);
  return {
    version: 2,
    builtAt: now.toISOString(),
    datasets,
    places,
    gazetteer: gazetteerOf(places, readingOf),
    reports: [...tallies.values()].map((tally) => tally.report()),
    coverage: recordCoverage(places, datasets, discovered, options.discovery),
  };
}

/** The decoded files of a dataset; a file the refresh has replaced is read from the refresh folder. */
export async function readSources(dataDir: string, spec: DatasetSpec, overrides?: ReadonlyMap<string, string>): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const source of spec.sources) {
    const full = path.join(dataDir, source);
    const names = /\.(csv|json)$/.test(source)
      ? [source]
      : (await readdir(full)).filter((name) => /\.(csv|json)$/.test(name)).sort().map((name) => path.join(source, name));
    for (const name of names) {
      const onDisk = overrides?.get(name) ?? path.join(dataDir, name);
      files.push({ path: name, text: decodeText(await readFile(onDisk), spec.encoding) });
    }
  }
  return files;
}

/** Adds English names and hazard-map links (東京備蓄ナビ) to the municipal offices. */
function enrichMunicipalities(navi: ReturnType<typeof readBichikuNavi>, places: Place[]): void {
  for (const place of places) {
    if (place.category !== 'municipal_office' || !place.ward) continue;
    const extra = navi.get(place.ward);
    if (!extra) continue;
    if (extra.en) place.name.en = tidyOfficeEnglish(`${extra.en} Office`);
    const links = Object.entries(extra.hazardMaps).map(([hazard, url]) => `${hazard}=${url}`);
    if (links.length > 0) place.details = { ...place.details, hazardMaps: links.join(' ') };
  }
}

/**
 * A site one dataset designates (品川区's 広域避難場所) is the same site in the others that list it under the same
 * name and kind (the metropolitan and national lists of evacuation sites): they share the designation, so the
 * nearest of the twins answers a question about wide-area sites.
 */
export function shareDesignations(places: Place[]): void {
  const designated = new Map<string, Record<string, string>>();
  for (const place of places) {
    const designation = place.details?.designation;
    if (designation) designated.set(`${place.category}|${place.name.ja}`, { designation, ...(place.details?.designatedBy ? { designatedBy: place.details.designatedBy } : {}) });
  }
  for (const place of places) {
    const shared = designated.get(`${place.category}|${place.name.ja}`);
    if (shared && !place.details?.designation) place.details = { ...place.details, ...shared };
  }
}
