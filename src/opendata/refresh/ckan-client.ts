import { z } from 'zod';
import type { OpsEvents } from '../../observability/events.ts';
import type { CatalogSource } from '../dataset-spec.ts';
import { FetchError, fetchLimited, type FetchLimits, type HttpRequest, type LimitedResponse } from './fetch-limited.ts';
import { guardRequest, type ReachPolicy, type ResolveHost } from './reach-policy.ts';

const resourceSchema = z.object({
  id: z.string().optional(),
  name: z.string().nullish(),
  format: z.string().nullish(),
  url: z.string(),
  created: z.string().nullish(),
  last_modified: z.string().nullish(),
  /** Declared size in bytes (usually null on this catalogue, CKAN_NOTES §3). */
  size: z.union([z.number(), z.string()]).nullish(),
});

const packageSchema = z.object({
  name: z.string(),
  title: z.string().nullish(),
  metadata_modified: z.string().nullish(),
  license_id: z.string().nullish(),
  organization: z.object({ name: z.string(), title: z.string().nullish() }).nullish(),
  resources: z.array(resourceSchema),
});

const packageShowSchema = z.object({ success: z.literal(true), result: packageSchema });

const packageSearchSchema = z.object({
  success: z.literal(true),
  result: z.object({ count: z.number(), results: z.array(packageSchema) }),
});

export type CkanResource = z.infer<typeof resourceSchema>;
export type CkanPackage = z.infer<typeof packageSchema>;

/** One `package_search` call: a Solr query, filter queries, and the page. */
export interface PackageQuery {
  q?: string;
  fq?: string;
  rows: number;
  start?: number;
  sort?: string;
}

export interface CkanClientOptions {
  /** `https://catalog.data.metro.tokyo.lg.jp` (CKAN_NOTES §1), or a municipal portal's CKAN. */
  baseUrl: string;
  request: HttpRequest;
  /** Which URLs may be called (scheme, hosts, redirects): every call, file downloads included, is checked. */
  reach: ReachPolicy;
  /** Host name resolution for the policy's public-address check (default: the system resolver). */
  resolveHost?: ResolveHost;
  /** Where each call is reported as an `external` ops event (service `opendata-catalog`). */
  events?: OpsEvents;
  timeoutMs: number;
  maxFileBytes: number;
  maxPackageBytes: number;
  userAgent: string;
}

/**
 * A read-only client of a CKAN Action API (the Tokyo Open Data Catalog, or a municipal portal): `package_search`
 * finds datasets, `package_show` resolves a dataset's current file (file names change with each update), then
 * the file is downloaded from wherever the catalogue says it is. Every HTTP call goes through the one injected
 * `request`, wrapped so that the reach policy checks each URL and each redirect before it is sent.
 */
export class CkanClient {
  private readonly options: CkanClientOptions;
  private readonly request: HttpRequest;

  constructor(options: CkanClientOptions) {
    this.options = options;
    this.request = guardRequest(options.request, options.reach, options.resolveHost);
  }

  get baseUrl(): string {
    return this.options.baseUrl.replace(/\/$/, '');
  }

  /** The largest file it downloads: a resource whose declared size is larger is not asked for. */
  get maxFileBytes(): number {
    return this.options.maxFileBytes;
  }

  /** The dataset with all its resources (`package_show?id=<name or uuid>`). */
  async showPackage(packageId: string): Promise<CkanPackage> {
    const json = await this.action(`package_show?id=${encodeURIComponent(packageId)}`, `package_show ${packageId}`);
    const parsed = packageShowSchema.safeParse(json);
    if (!parsed.success) throw new FetchError('status', `package_show ${packageId} answered an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data.result;
  }

  /** One page of `package_search` (CKAN_NOTES §4): the total count and the datasets, resources included. */
  async searchPackages(query: PackageQuery): Promise<{ count: number; results: CkanPackage[] }> {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.fq) params.set('fq', query.fq);
    params.set('rows', String(query.rows));
    if (query.start) params.set('start', String(query.start));
    if (query.sort) params.set('sort', query.sort);
    const json = await this.action(`package_search?${params.toString()}`, `package_search ${query.q ?? ''} ${query.fq ?? ''}`.trim());
    const parsed = packageSearchSchema.safeParse(json);
    if (!parsed.success) throw new FetchError('status', `package_search answered an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data.result;
  }

  /**
   * Downloads one resource file (any size up to the limit, any encoding: decoding is the caller's). In
   * production an http URL is asked for over https (many publishers still list http links to https hosts).
   */
  async download(url: string): Promise<LimitedResponse> {
    const target = this.options.reach.httpsOnly && url.startsWith('http://') ? `https://${url.slice('http://'.length)}` : url;
    return this.fetch(target, this.limits(this.options.maxFileBytes, 'text/csv, application/json;q=0.9, */*;q=0.5'));
  }

  private async action(path: string, what: string): Promise<unknown> {
    const response = await this.fetch(`${this.baseUrl}/api/3/action/${path}`, this.limits(this.options.maxPackageBytes, 'application/json'));
    try {
      return JSON.parse(new TextDecoder().decode(response.bytes)) as unknown;
    } catch (error) {
      throw new FetchError('status', `${what} did not answer JSON (${(error as Error).message})`);
    }
  }

  private async fetch(url: string, limits: FetchLimits): Promise<LimitedResponse> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await fetchLimited(this.request, url, limits);
      this.options.events?.emit('external', { service: 'opendata-catalog', status: 'success', seconds: seconds() });
      return response;
    } catch (error) {
      this.options.events?.emit('external', { service: 'opendata-catalog', status: externalStatus(error), seconds: seconds() });
      throw error;
    }
  }

  private limits(maxBytes: number, accept: string): FetchLimits {
    return { timeoutMs: this.options.timeoutMs, maxBytes, userAgent: this.options.userAgent, accept };
  }
}

/** A timeout, a call the reach policy refused (never sent), or another failure, as the `external` event says it. */
function externalStatus(error: unknown): 'timeout' | 'rejected' | 'error' {
  if (!(error instanceof FetchError)) return 'error';
  if (error.kind === 'timeout') return 'timeout';
  return error.kind === 'refused' ? 'rejected' : 'error';
}

/**
 * The resource that is the current version of a source file: the format matches (case-insensitively, or the
 * URL ends with it), the URL or the name matches the pattern, and among several (one per fiscal year) the
 * newest by `last_modified`, else `created`.
 */
export function pickResource(pkg: CkanPackage, source: Pick<CatalogSource, 'format' | 'pattern'>): CkanResource | undefined {
  const format = source.format.toLowerCase();
  const candidates = pkg.resources.filter((resource) => {
    const sameFormat = resource.format?.toLowerCase() === format || resource.url.toLowerCase().split('?')[0]?.endsWith(`.${format}`);
    return sameFormat && (source.pattern.test(resource.url) || source.pattern.test(resource.name ?? ''));
  });
  const stamp = (resource: CkanResource) => resource.last_modified ?? resource.created ?? '';
  return candidates.sort((a, b) => stamp(b).localeCompare(stamp(a)))[0];
}
