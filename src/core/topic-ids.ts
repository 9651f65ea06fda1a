/** What a question can be about: each topic maps to categories of places (retrieval/topics.ts holds the words). */
export const TOPIC_IDS = [
  'hazard_map',
  'aed',
  'shelter',
  'evacuation_site',
  'assembly_point',
  'toilet',
  'wifi',
  'hospital',
  'nursery',
  'childrens_center',
  'library',
  'museum',
  'historic_site',
  'event',
  'tourism',
  'park',
  'municipal_office',
  'facility',
  'evacuation',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];
