import type { DatasetSpec } from '../dataset-spec.ts';
import { STANDARD_DETAILS, type StandardDetailKey } from '../details.ts';
import { createStandardParser, type StandardDatasetOptions } from '../parsers/standard-dataset.ts';
import { PROCESSED } from '../registry/catalog.ts';
import { discoveredSourcePath, type DiscoveredSource } from './discovery-record.ts';
import { usableLicence } from './licences.ts';
import { STANDARD_TYPES, type StandardType } from './standard-types.ts';

/**
 * Every detail the standard can carry (details.ts): a discovered file keeps whichever its rows have, so a
 * detail key added to STANDARD_DETAILS is read from these files too, with no change here.
 */
const ALL_DETAILS = Object.keys(STANDARD_DETAILS) as StandardDetailKey[];

export function standardType(typeId: string): StandardType {
  const type = STANDARD_TYPES.find((candidate) => candidate.id === typeId);
  if (!type) throw new Error(`unknown standard dataset type ${typeId}`);
  return type;
}

/** How one municipality's file of a standard type is parsed: the standard parser, the municipality as the file's. */
export function standardParserOptions(type: StandardType, ward: string, datasetId: string): StandardDatasetOptions {
  return { datasetId, category: type.category, ward, details: ALL_DETAILS, amend: type.amend };
}

/**
 * A discovered file as a dataset of the build (build-corpus.ts): its own dataset id, the title, publisher and
 * licence the catalogue gives, the attribution CC BY asks for, and its last good file from the refresh folder.
 */
export function discoveredDatasetSpec(source: DiscoveredSource, english?: { ward?: string }): DatasetSpec {
  const type = standardType(source.typeId);
  const licence = usableLicence(source.licenseId);
  if (!licence) throw new Error(`${source.datasetId}: licence ${source.licenseId} is not usable`);
  const wardEn = english?.ward ?? source.ward;
  return {
    info: {
      id: source.datasetId,
      title: { ja: source.title, en: `${wardEn}: ${type.en}` },
      publisher: { ja: source.publisher, en: wardEn },
      ...licence,
      sourceUrl: source.page,
      attribution: `「${source.title}」（${source.publisher}）${PROCESSED}`,
    },
    sources: [discoveredSourcePath(source.wardCode, source.typeId)],
    encoding: 'auto',
    parse: createStandardParser(standardParserOptions(type, source.ward, source.datasetId)),
  };
}
