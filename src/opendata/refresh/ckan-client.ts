import { z } from 'zod';
import type { OpsEvents } from '../../observability/events.ts';
import type { CatalogSource } from '../dataset-spec.ts';
import { FetchError, fetchLimited, type FetchLimits, type HttpRequest, type LimitedResponse } from './fetch-limited.ts';

const resourceSchema = z.object({
  id: z.string().optional(),
  name: z.string().nullish(),
  format: z.string().nullish(),
  url: z.string(),
  created: z.string().nullish(),
  last_modified: z.string().nullish(),
});

const packageShowSchema = z.object({
  success: z.literal(true),
  result: z.object({
    name: z.string(),
    metadata_modified: z.string().nullish(),
    license_id: z.string().nullish(),
    resources: z.array(resourceSchema),
  }),
});

export type CkanResource = z.infer<typeof resourceSchema>;
export type CkanPackage = z.infer<typeof packageShowSchema>['result'];

export interface CkanClientOptions {
  /** `https://catalog.data.metro.tokyo.lg.jp` (CKAN_NOTES §1). */
  baseUrl: string;
  request: HttpRequest;
  /** Where each call is reported as an `external` ops event (service `opendata-catalog`). */
  events?: OpsEvents;
  timeoutMs: number;
  maxFileBytes: number;
  maxPackageBytes: number;
  userAgent: string;
}

/**
 * A read-only client of the Tokyo Open Data Catalog's CKAN Action API: `package_show` resolves a dataset's
 * current file (file names change with each update), then the file is downloaded from wherever the catalogue
 * says it is. Every HTTP call goes through the one injected `request`.
 */
export class CkanClient {
  private readonly options: CkanClientOptions;

  constructor(options: CkanClientOptions) {
    this.options = options;
  }

  /** The dataset with all its resources (`package_show?id=<name or uuid>`). */
  async showPackage(packageId: string): Promise<CkanPackage> {
    const url = `${this.options.baseUrl.replace(/\/$/, '')}/api/3/action/package_show?id=${encodeURIComponent(packageId)}`;
    const response = await this.fetch(url, this.limits(this.options.maxPackageBytes, 'application/json'));
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(response.bytes));
    } catch (error) {
      throw new FetchError('status', `package_show ${packageId} did not answer JSON (${(error as Error).message})`);
    }
    const parsed = packageShowSchema.safeParse(json);
    if (!parsed.success) throw new FetchError('status', `package_show ${packageId} answered an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data.result;
  }

  /** Downloads one resource file (any size up to the limit, any encoding: decoding is the caller's). */
  async download(url: string): Promise<LimitedResponse> {
    return this.fetch(url, this.limits(this.options.maxFileBytes, 'text/csv, application/json;q=0.9, */*;q=0.5'));
  }

  private async fetch(url: string, limits: FetchLimits): Promise<LimitedResponse> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await fetchLimited(this.options.request, url, limits);
      this.options.events?.emit('external', { service: 'opendata-catalog', status: 'success', seconds: seconds() });
      return response;
    } catch (error) {
      const status = error instanceof FetchError && error.kind === 'timeout' ? 'timeout' : 'error';
      this.options.events?.emit('external', { service: 'opendata-catalog', status, seconds: seconds() });
      throw error;
    }
  }

  private limits(maxBytes: number, accept: string): FetchLimits {
    return { timeoutMs: this.options.timeoutMs, maxBytes, userAgent: this.options.userAgent, accept };
  }
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
