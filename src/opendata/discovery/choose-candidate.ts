import { DISCOVERY } from '../../config/tunables.ts';
import type { CkanPackage, CkanResource } from '../refresh/ckan-client.ts';
import type { RejectedCandidate } from './discovery-record.ts';
import type { Candidate } from './find-candidates.ts';
import { usableLicence } from './licences.ts';
import type { StandardType } from './standard-types.ts';

export interface Choice {
  chosen?: Candidate;
  /** The registry dataset that reads this file already (the choice is then the registry's). */
  inRegistry?: string;
  rejected: RejectedCandidate[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Chooses a municipality's file of one standard type among its candidates. A candidate is rejected when the
 * registry reads it already, its licence does not allow showing the data changed, it has no CSV resource, or it
 * is stale (DISCOVERY.staleAfterDays); among the others the one with the standard's file name
 * (`<code>_<suffix>.csv`) wins, then the standard's own title, then the newest. Every candidate not chosen is
 * recorded with its reason.
 */
export function chooseCandidate(type: StandardType, wardCode: string, candidates: readonly Candidate[], registry: ReadonlyMap<string, string>, now: Date): Choice {
  const rejected: RejectedCandidate[] = [];
  const reject = (candidate: Candidate, reason: string) =>
    rejected.push({ catalogue: candidate.client.baseUrl, packageName: candidate.pkg.name, title: candidate.pkg.title ?? '', reason });
  const viable: Candidate[] = [];
  let inRegistry: string | undefined;
  for (const candidate of candidates) {
    const { pkg } = candidate;
    const registered = registry.get(pkg.name);
    if (registered) {
      inRegistry ??= registered;
      reject(candidate, `read already as the registry's dataset ${registered}`);
    } else if (!usableLicence(pkg.license_id)) reject(candidate, `licence ${pkg.license_id ?? 'not given'} does not allow showing the data changed`);
    else if (csvResources(pkg).length === 0) reject(candidate, `wrong format: no CSV resource (${formats(pkg)})`);
    else if (isStale(pkg, now)) reject(candidate, `stale: last modified ${pkg.metadata_modified?.slice(0, 10)}`);
    else viable.push(candidate);
  }
  if (inRegistry) {
    for (const candidate of viable) reject(candidate, `the registry's dataset ${inRegistry} covers this already`);
    return { inRegistry, rejected };
  }
  const ranked = [...viable].sort((a, b) => score(type, wardCode, b.pkg) - score(type, wardCode, a.pkg) || stamp(b.pkg).localeCompare(stamp(a.pkg)));
  const [chosen, ...others] = ranked;
  for (const other of others) reject(other, `another dataset was chosen: ${chosen?.pkg.title ?? ''} (${chosen?.pkg.name ?? ''}), ${why(type, wardCode, chosen?.pkg, other.pkg)}`);
  return { chosen, rejected };
}

/**
 * The resource that is the file: a CSV (by format or URL), the one with the standard's file name, else the
 * newest (several fiscal-year versions of one table are common, CKAN_NOTES §3).
 */
export function pickStandardResource(type: StandardType, pkg: CkanPackage): CkanResource | undefined {
  const csv = csvResources(pkg);
  const newest = (list: CkanResource[]) => [...list].sort((a, b) => resourceStamp(b).localeCompare(resourceStamp(a)))[0];
  const named = csv.filter((resource) => {
    const file = fileName(resource.url);
    return file.startsWith(type.suffix) || file.includes(`_${type.suffix}`) || file.includes(`-${type.suffix}`);
  });
  return newest(named) ?? newest(csv);
}

/** The file name of a URL, lower case, without query (`131164_aed.csv`). */
function fileName(url: string): string {
  return (url.split(/[?#]/)[0] ?? '').split('/').at(-1)?.toLowerCase() ?? '';
}

export function resourceStamp(resource: CkanResource): string {
  return resource.last_modified ?? resource.created ?? '';
}

function csvResources(pkg: CkanPackage): CkanResource[] {
  return pkg.resources.filter((resource) => resource.format?.trim().toLowerCase() === 'csv' || /\.csv$/i.test(resource.url.split('?')[0] ?? ''));
}

function formats(pkg: CkanPackage): string {
  const list = [...new Set(pkg.resources.map((resource) => resource.format?.trim().toUpperCase() || '?'))];
  return list.length > 0 ? list.join(', ') : 'no resources';
}

function isStale(pkg: CkanPackage, now: Date): boolean {
  const modified = Date.parse(pkg.metadata_modified ?? '');
  return Number.isFinite(modified) && now.getTime() - modified > DISCOVERY.staleAfterDays * DAY_MS;
}

function stamp(pkg: CkanPackage): string {
  return pkg.metadata_modified ?? '';
}

/** The standard's file name counts most, then the standard's title. */
function score(type: StandardType, wardCode: string, pkg: CkanPackage): number {
  const named = pkg.resources.some((resource) => fileName(resource.url).startsWith(`${wardCode}_${type.suffix}`) && fileName(resource.url).endsWith('.csv')) ? 2 : 0;
  return named + (pkg.title?.normalize('NFKC') === type.titles[0] ? 1 : 0);
}

function why(type: StandardType, wardCode: string, chosen: CkanPackage | undefined, other: CkanPackage): string {
  if (!chosen) return '';
  if (score(type, wardCode, chosen) > score(type, wardCode, other)) return 'which has the standard file name or title';
  return `which is newer (${stamp(chosen).slice(0, 10)} against ${stamp(other).slice(0, 10) || 'no date'})`;
}
