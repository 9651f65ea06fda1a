import { DISCOVERY } from '../../config/tunables.ts';
import type { CkanClient, CkanPackage, PackageQuery } from '../refresh/ckan-client.ts';
import { FetchError } from '../refresh/fetch-limited.ts';
import { municipalityOfCode } from '../tokyo-municipalities.ts';
import { discoveryKey } from './discovery-record.ts';
import type { Portal } from './portals.ts';
import { titleMatches, type StandardType } from './standard-types.ts';

/** A dataset that may be a municipality's file of one standard type, and the CKAN it was found in. */
export interface Candidate {
  client: CkanClient;
  pkg: CkanPackage;
}

export interface CandidateSearch {
  catalogue: CkanClient;
  portals: ReadonlyArray<{ portal: Portal; client: CkanClient }>;
  types: readonly StandardType[];
  /** The municipalities to look for (6-digit codes). */
  wardCodes: readonly string[];
}

export interface Candidates {
  /** `<code>/<type>` → the datasets that may be it. */
  byKey: Map<string, Candidate[]>;
  /** `<code>/<type>` → why it could not be searched (an organisation's search failed). */
  failed: Map<string, string>;
}

/**
 * Every dataset that may be a municipality's file of a standard type, in three passes (CKAN_NOTES §4):
 * 1. per type, `package_search` on the catalogue by the standard title and its variants, with a CSV resource;
 * 2. per municipality still missing a type, its organisation's datasets (`organization:t<code>`), any format,
 *    matched by the type's title pattern (so an XLSX-only dataset is found and can be rejected for it);
 * 3. per municipality with a portal (portals.ts) still missing a type, the same title search on the portal.
 * A failure of pass 1 fails the whole discovery (the FetchError propagates); one of pass 2 or 3 only that
 * municipality's missing types.
 */
export async function findCandidates(search: CandidateSearch): Promise<Candidates> {
  const byKey = new Map<string, Candidate[]>();
  const failed = new Map<string, string>();
  const wanted = new Set(search.wardCodes);
  const add = (code: string, type: StandardType, candidate: Candidate) => {
    if (!wanted.has(code) || !titleMatches(type, candidate.pkg.title ?? '')) return;
    const key = discoveryKey(code, type.id);
    const list = byKey.get(key) ?? [];
    if (!list.some((other) => other.pkg.name === candidate.pkg.name && other.client === candidate.client)) list.push(candidate);
    byKey.set(key, list);
  };
  const missing = (code: string) => search.types.filter((type) => !byKey.has(discoveryKey(code, type.id)));

  for (const type of search.types) {
    for (const pkg of await searchAll(search.catalogue, { q: titleQuery(type), fq: 'res_format:"CSV"' })) {
      const code = wardCodeOf(pkg);
      if (code) add(code, type, { client: search.catalogue, pkg });
    }
  }
  for (const code of search.wardCodes) {
    const types = missing(code);
    if (types.length === 0) continue;
    await collect(types, code, failed, async () => {
      for (const pkg of await searchAll(search.catalogue, { fq: `organization:t${code}` })) {
        for (const type of types) add(code, type, { client: search.catalogue, pkg });
      }
    });
  }
  for (const { portal, client } of search.portals) {
    const types = missing(portal.wardCode);
    await collect(types, portal.wardCode, failed, async () => {
      for (const type of types) {
        const fq = portal.organization ? `organization:${portal.organization}` : undefined;
        for (const pkg of await searchAll(client, { q: titleQuery(type), fq })) add(portal.wardCode, type, { client, pkg });
      }
    });
  }
  return { byKey, failed };
}

/** `title:"AED設置箇所一覧" OR title:"AED設置場所一覧" OR …` (Solr phrase queries on the title). */
export function titleQuery(type: StandardType): string {
  return type.titles.map((title) => `title:"${title.replace(/"/g, '')}"`).join(' OR ');
}

/** The municipality of a catalogue dataset: its organisation is `t` + the 6-digit code (CKAN_NOTES §2). */
function wardCodeOf(pkg: CkanPackage): string | undefined {
  const code = /^t(\d{6})$/.exec(pkg.organization?.name ?? '')?.[1];
  return code && municipalityOfCode(code) ? code : undefined;
}

/** Every page of a search, newest first, up to DISCOVERY.maxPages. */
async function searchAll(client: CkanClient, query: Omit<PackageQuery, 'rows' | 'start'>): Promise<CkanPackage[]> {
  const results: CkanPackage[] = [];
  for (let page = 0; page < DISCOVERY.maxPages; page += 1) {
    const start = page * DISCOVERY.pageRows;
    const { count, results: batch } = await client.searchPackages({ ...query, rows: DISCOVERY.pageRows, start, sort: 'metadata_modified desc' });
    results.push(...batch);
    if (batch.length === 0 || start + batch.length >= count) break;
  }
  return results;
}

/** Runs one municipality's search; a catalogue error marks its missing types as failed instead of stopping all. */
async function collect(types: readonly StandardType[], code: string, failed: Map<string, string>, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    for (const type of types) failed.set(discoveryKey(code, type.id), `the search failed: ${error.message}`);
  }
}
