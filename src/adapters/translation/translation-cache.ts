/** Translations kept for both directions (questions in, answers out), shared by every instance when in Redis. */
export interface TranslationCache {
  /** `memory` or `redis`: for logs and health. */
  readonly kind: string;
  /** The translations kept under these keys, undefined where there is none. */
  get(keys: readonly string[]): Promise<Array<string | undefined>>;
  /** Keeps each translation under its key for `ttlSeconds`. */
  set(entries: ReadonlyArray<readonly [key: string, translation: string]>, ttlSeconds: number): Promise<void>;
}
