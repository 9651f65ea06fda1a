import { z } from 'zod';

/** What checking one discovered file gave: the rows, and what was loaded, repaired, rejected, and why. */
export const fileReportSchema = z.object({
  rows: z.number(),
  loaded: z.number(),
  fixed: z.number(),
  rejected: z.number(),
  /** Loaded places with a point. */
  located: z.number(),
  /** Located places whose point is not in their municipality (quality/find-misplaced.ts). */
  outside: z.number(),
  reasons: z.record(z.string(), z.number()),
});

/**
 * The last good file of one municipality's standard dataset, as the refresh keeps it (refresh folder,
 * `files/discovered/<code>/<type>.csv`) and the build reads it: everything the dataset's attribution and the
 * coverage table need.
 */
export const discoveredSourceSchema = z.object({
  /** `std-<code>-<type>`, e.g. `std-131164-aed`. */
  datasetId: z.string(),
  typeId: z.string(),
  ward: z.string(),
  wardCode: z.string(),
  /** The dataset's title and publisher as the catalogue gives them. */
  title: z.string(),
  publisher: z.string(),
  licenseId: z.string(),
  /** The CKAN the dataset was found in (the catalogue or a municipal portal), its name there and its page. */
  catalogue: z.string(),
  packageName: z.string(),
  page: z.string(),
  /** The file as downloaded, and the resource's last_modified (else created) when it was. */
  url: z.string(),
  resourceStamp: z.string(),
  /** When the publisher last updated the dataset (metadata_modified, ISO). */
  updatedAt: z.string().optional(),
  sha256: z.string(),
  report: fileReportSchema,
  fetchedAt: z.string(),
});

/** A candidate dataset that was not taken, and why (wrong format, not the standard columns, stale, …). */
export const rejectedCandidateSchema = z.object({ catalogue: z.string(), packageName: z.string(), title: z.string(), reason: z.string() });

/**
 * What the last refresh found for one municipality and one standard type: `updated` or `unchanged` (a file is
 * loaded), `rejected` (the chosen file failed the checks: the last good one stays, if any), `failed` (it could
 * not be fetched), `not_found` (no dataset of this kind in the catalogue or the portals), `in_registry` (the
 * registry reads it already, under its own dataset).
 */
export const discoveryRecordSchema = z.object({
  typeId: z.string(),
  ward: z.string(),
  wardCode: z.string(),
  outcome: z.enum(['updated', 'unchanged', 'rejected', 'failed', 'not_found', 'in_registry']),
  reason: z.string().optional(),
  chosen: z
    .object({ catalogue: z.string(), packageName: z.string(), title: z.string(), page: z.string(), url: z.string().optional(), updatedAt: z.string().optional() })
    .optional(),
  rejected: z.array(rejectedCandidateSchema),
  /** The file's report when it was checked. */
  report: fileReportSchema.optional(),
  checkedAt: z.string(),
});

export type FileReport = z.infer<typeof fileReportSchema>;
export type DiscoveredSource = z.infer<typeof discoveredSourceSchema>;
export type RejectedCandidate = z.infer<typeof rejectedCandidateSchema>;
export type DiscoveryRecord = z.infer<typeof discoveryRecordSchema>;

/** `std-131164-aed`: the dataset id of one municipality's standard file. */
export function discoveredDatasetId(wardCode: string, typeId: string): string {
  return `std-${wardCode}-${typeId.replace(/_/g, '-')}`;
}

/** Where the file sits among the build's sources (relative to data/opendata; always read from the refresh folder). */
export function discoveredSourcePath(wardCode: string, typeId: string): string {
  return `discovered/${wardCode}/${typeId}.csv`;
}

/** The key of a municipality's type in the manifest. */
export function discoveryKey(wardCode: string, typeId: string): string {
  return `${wardCode}/${typeId}`;
}
