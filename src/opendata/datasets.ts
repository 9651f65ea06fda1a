import type { DatasetSpec } from './dataset-spec.ts';
import { AMENITY_DATASETS } from './registry/amenities.ts';
import { CULTURE_DATASETS } from './registry/culture.ts';
import { EVACUATION_DATASETS } from './registry/evacuation.ts';
import { FACILITY_DATASETS } from './registry/facilities.ts';
import { MUNICIPALITY_DATASETS } from './registry/municipalities.ts';

/**
 * Every dataset the service answers from. Adding one is: its files under data/opendata (with PROVENANCE),
 * an entry in registry/, and a parser in parsers/ when its layout is new (most files fit the standard parser).
 */
export const DATASETS: DatasetSpec[] = [
  ...EVACUATION_DATASETS,
  ...AMENITY_DATASETS,
  ...FACILITY_DATASETS,
  ...CULTURE_DATASETS,
  ...MUNICIPALITY_DATASETS,
];
