import type { MinInstancesSetting, RequestCredentials } from '../ports.ts';

/** A bearer token given by the operator (a local run: `GOOGLE_ACCESS_TOKEN=$(gcloud auth print-access-token)`). */
export class StaticTokenCredentials implements RequestCredentials {
  private readonly token: string;

  constructor(token: string) {
    this.token = token;
  }

  async headers(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${this.token}` };
  }
}

/** No credentials: a local Prometheus. */
export const NO_CREDENTIALS: RequestCredentials = { headers: async () => ({}) };

/**
 * A dry run that does not read Cloud Run: the operator says what the setting is (`--assume-current N`), so the
 * forecaster can be tried on one machine against a local Prometheus. It can never write.
 */
export class AssumedMinInstances implements MinInstancesSetting {
  readonly target = 'assumed (dry run, Cloud Run not read)';
  private readonly value: number;

  constructor(value: number) {
    this.value = value;
  }

  async read(): Promise<number> {
    return this.value;
  }

  async write(): Promise<void> {
    throw new Error('an assumed setting cannot be written: --assume-current is for dry runs only');
  }
}
