import type { OpsEvents } from '../../observability/events.ts';
import type { BreakerSettings } from '../../resilience/create-breaker.ts';
import { guardCall, type GuardedCall } from '../../resilience/guard-call.ts';
import { postGoogleJson } from '../google-cloud/post-google-json.ts';
import type { GoogleCredentials } from '../speech/google/google-credentials.ts';
import type { TranslationRequest, TranslationResult, Translator } from './translator.ts';

export interface GoogleTranslatorOptions {
  /** `https://translate.googleapis.com` (GOOGLE_TRANSLATE_URL; tests point it at a double). */
  baseUrl: string;
  project: string;
  /** A region such as `us-central1` (a glossary is regional), or `global`. */
  location: string;
  /** The id of the place-names glossary (TRANSLATION_GLOSSARY), in the same location. */
  glossary?: string;
  credentials: GoogleCredentials;
  /** A call slower than this fails (TRANSLATION_TIMEOUT_MS). */
  timeoutMs: number;
  events?: OpsEvents;
  /** Overrides of the breaker's design settings: tests and benchmarks only. */
  breaker?: Partial<BreakerSettings>;
}

interface Translation {
  translatedText?: string;
  detectedLanguageCode?: string;
}

interface TranslateTextResponse {
  translations?: Translation[];
  glossaryTranslations?: Translation[];
}

/**
 * Cloud Translation - Advanced (v3), TranslationService.TranslateText over REST:
 *   POST {baseUrl}/v3/projects/{project}/locations/{location}:translateText
 *   { contents, mimeType, sourceLanguageCode, targetLanguageCode, glossaryConfig: { glossary }, labels }
 *   → { translations: [{ translatedText }], glossaryTranslations: [{ translatedText, glossaryConfig }] }
 * With the glossary of place names, the glossary's translations are taken: the corpus's names stay as they are.
 * Behind the `translation` breaker with its own deadline; the service account's token from the metadata server.
 */
export class GoogleTranslator implements Translator {
  readonly name: string;
  private readonly call: GuardedCall<[TranslationRequest], string[]>;

  constructor(options: GoogleTranslatorOptions) {
    const parent = `projects/${options.project}/locations/${options.location}`;
    const url = `${options.baseUrl.replace(/\/$/, '')}/v3/${parent}:translateText`;
    const glossary = options.glossary ? `${parent}/glossaries/${options.glossary}` : undefined;
    this.name = `google-translate${options.glossary ? `+${options.glossary}` : ''}`;
    this.call = guardCall(
      'translation',
      async (signal, request: TranslationRequest) => {
        const body = {
          contents: request.texts,
          mimeType: request.mimeType,
          ...(request.source ? { sourceLanguageCode: request.source } : {}),
          targetLanguageCode: request.target,
          ...(glossary ? { glossaryConfig: { glossary } } : {}),
          labels: { app: 'tokyo-ai-chat' },
        };
        const response = await postGoogleJson<TranslateTextResponse>(url, body, options.credentials, signal);
        const translations = glossary && response.glossaryTranslations?.length ? response.glossaryTranslations : response.translations;
        const texts = (translations ?? []).map((translation) => translation.translatedText);
        if (texts.length !== request.texts.length || texts.some((text) => typeof text !== 'string')) {
          throw new Error(`translateText returned ${texts.length} translations for ${request.texts.length} texts`);
        }
        return texts as string[];
      },
      { deadlineMs: options.timeoutMs, events: options.events, settings: options.breaker, service: 'google-translate' },
    );
  }

  async translate(request: TranslationRequest, signal?: AbortSignal): Promise<TranslationResult> {
    if (request.texts.length === 0) return { texts: [], cached: false };
    return { texts: await this.call.call(signal, request), cached: false };
  }

  /** Stops the breaker's timers (server shutdown). */
  close(): void {
    this.call.breaker.shutdown();
  }
}
