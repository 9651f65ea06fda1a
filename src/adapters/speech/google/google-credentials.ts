import { VOICE } from '../../../config/tunables.ts';

/** How requests to Google's APIs are authorised. */
export interface GoogleCredentials {
  /** Headers to add to a request: an API key, or a bearer token from the metadata server. */
  headers(signal?: AbortSignal): Promise<Record<string, string>>;
}

/** An API key, sent in the `x-goog-api-key` header (never in the URL, where proxies and logs would keep it). */
export class ApiKeyCredentials implements GoogleCredentials {
  private readonly key: string;

  constructor(key: string) {
    this.key = key;
  }

  async headers(): Promise<Record<string, string>> {
    return { 'x-goog-api-key': this.key };
  }
}

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

/**
 * The service account's access token from the metadata server (Cloud Run, GCE): `GET
 * /computeMetadata/v1/instance/service-accounts/default/token` with `Metadata-Flavor: Google`, answered with
 * `{ access_token, expires_in, token_type }`. Kept until shortly before it expires; one fetch at a time.
 */
export class MetadataServerCredentials implements GoogleCredentials {
  private readonly metadataUrl: string;
  private readonly now: () => number;
  private token?: { value: string; expiresAt: number };
  private pending?: Promise<string>;

  constructor(metadataUrl: string, now: () => number = Date.now) {
    this.metadataUrl = metadataUrl.replace(/\/$/, '');
    this.now = now;
  }

  async headers(signal?: AbortSignal): Promise<Record<string, string>> {
    const margin = VOICE.tokenRefreshMarginSeconds * 1000;
    if (this.token && this.token.expiresAt - margin > this.now()) return { authorization: `Bearer ${this.token.value}` };
    this.pending ??= this.fetchToken(signal).finally(() => {
      this.pending = undefined;
    });
    return { authorization: `Bearer ${await this.pending}` };
  }

  private async fetchToken(signal?: AbortSignal): Promise<string> {
    const url = `${this.metadataUrl}/computeMetadata/v1/instance/service-accounts/default/token`;
    const timeout = AbortSignal.timeout(VOICE.cloudTimeoutMs);
    const response = await fetch(url, { headers: { 'metadata-flavor': 'Google' }, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    if (!response.ok) throw new Error(`metadata server answered ${response.status} for the access token`);
    const body = (await response.json()) as Partial<TokenResponse>;
    if (typeof body.access_token !== 'string' || typeof body.expires_in !== 'number') throw new Error('metadata server sent no access token');
    this.token = { value: body.access_token, expiresAt: this.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
