import { CapacityApiError } from '../capacity-api-error.ts';
import type { MinInstancesSetting, RequestCredentials } from '../ports.ts';
import { callJson } from './call-json.ts';

export interface CloudRunOptions {
  project: string;
  region: string;
  service: string;
  credentials: RequestCredentials;
  /** https://run.googleapis.com (tests: the double). */
  baseUrl?: string;
  timeoutMs?: number;
}

interface ServiceResource {
  name?: string;
  scaling?: { minInstanceCount?: number };
}
interface Operation {
  name?: string;
  done?: boolean;
  error?: { code?: number; message?: string };
}

/**
 * The service-level minimum instances (`Service.scaling.minInstanceCount`) through the Cloud Run Admin API v2.
 * Service level, not the revision template's: changing it creates no revision, and it is shared among the
 * revisions that serve traffic by their share. Set with `PATCH …/services/S?updateMask=scaling.minInstanceCount`,
 * so nothing else of the service is touched; the answer is a long-running operation.
 */
export class CloudRunMinInstances implements MinInstancesSetting {
  readonly target: string;
  private readonly options: CloudRunOptions;
  private readonly url: string;

  constructor(options: CloudRunOptions) {
    this.options = options;
    this.target = `projects/${options.project}/locations/${options.region}/services/${options.service}`;
    const path = [options.project, options.region, options.service].map(encodeURIComponent);
    this.url = `${(options.baseUrl ?? 'https://run.googleapis.com').replace(/\/$/, '')}/v2/projects/${path[0]}/locations/${path[1]}/services/${path[2]}`;
  }

  async read(): Promise<number | undefined> {
    const service = ((await callJson(this.url, { api: 'cloud-run', credentials: this.options.credentials, timeoutMs: this.options.timeoutMs ?? 15_000 })) ?? {}) as ServiceResource;
    // proto3 JSON leaves out a zero: no field means no minimum (0)
    return service.scaling?.minInstanceCount;
  }

  async write(minInstances: number): Promise<void> {
    if (!Number.isInteger(minInstances) || minInstances < 0) throw new RangeError(`not an instance count: ${minInstances}`);
    const operation = ((await callJson(`${this.url}?updateMask=scaling.minInstanceCount`, {
      api: 'cloud-run',
      method: 'PATCH',
      body: { scaling: { minInstanceCount: minInstances } },
      credentials: this.options.credentials,
      timeoutMs: this.options.timeoutMs ?? 15_000,
    })) ?? {}) as Operation;
    if (operation.error) throw new CapacityApiError('cloud-run', 200, `operation ${operation.name ?? '?'} failed: ${operation.error.message ?? 'no message'}`, { code: String(operation.error.code ?? '') });
  }
}
