/** Texts to translate, all in one language, into one other. */
export interface TranslationRequest {
  texts: readonly string[];
  /** BCP 47 of the texts (`vi`, `en`); absent: the service detects it. */
  source?: string;
  /** BCP 47 to translate into. */
  target: string;
  /** `text/html` when the texts carry protected spans (`<span translate="no">`), else `text/plain`. */
  mimeType: 'text/plain' | 'text/html';
  /** Whether the translation of text `index` passed the caller's checks: only those are cached. All by default. */
  keep?: (translation: string, index: number) => boolean;
}

export interface TranslationResult {
  /** The translations, in the order of the request's texts. */
  texts: string[];
  /** Every text came from the cache (no call to the service). */
  cached: boolean;
}

/** Machine translation (ADR 0010): questions into the pivot language, answers back. */
export interface Translator {
  /** `google-translate`, with its glossary when it has one: part of the cache's key. */
  readonly name: string;
  /**
   * Translates the texts in order. Rejects with DomainError `unavailable` (`details.reason`: breaker_open,
   * timeout, error) when the service fails: the caller then answers without translation.
   */
  translate(request: TranslationRequest, signal?: AbortSignal): Promise<TranslationResult>;
}
