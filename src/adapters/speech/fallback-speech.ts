import type { Logger } from 'pino';
import type { Lang } from '../../core/languages.ts';
import type { RecognitionRequest, RecognitionResult, SpeechRecognizer } from './speech-recognizer.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from './speech-synthesizer.ts';

/** True for the rejection of an aborted operation: the caller asked for it, so it is not a reason to fall back. */
export function isAbortError(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}

/** A cloud engine with an offline one behind it: a failure of the first (not an abort) is logged and the second tried. */
abstract class EnginePair<E extends { readonly name: string }> {
  readonly name: string;
  protected readonly primary: E;
  protected readonly fallback: E;
  private readonly log: Logger;

  constructor(primary: E, fallback: E, log: Logger) {
    this.primary = primary;
    this.fallback = fallback;
    this.log = log;
    this.name = primary.name;
  }

  protected async attempt<T>(call: (engine: E) => Promise<T>, context: { lang: Lang; signal?: AbortSignal; canFallBack: boolean; failure: string }): Promise<T> {
    try {
      return await call(this.primary);
    } catch (error) {
      if (isAbortError(error, context.signal) || !context.canFallBack) throw error;
      this.log.warn({ err: error, engine: this.primary.name, lang: context.lang }, context.failure);
      return call(this.fallback);
    }
  }
}

/** Google Text-to-Speech with the offline voices behind it: when the cloud fails, the answer is still spoken. */
export class FallbackSynthesizer extends EnginePair<SpeechSynthesizer> implements SpeechSynthesizer {
  voiceOf(lang: Lang): string {
    return this.primary.voiceOf(lang);
  }

  synthesize(request: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    const failure = 'speech synthesis failed: using the offline engine';
    return this.attempt((engine) => engine.synthesize(request, signal), { lang: request.lang, signal, canFallBack: true, failure });
  }

  warmUp(): void {
    this.primary.warmUp?.();
    this.fallback.warmUp?.();
  }

  async close(): Promise<void> {
    await Promise.all([this.primary.close?.(), this.fallback.close?.()]);
  }
}

/** Google Speech-to-Text with the offline recogniser behind it, for the languages the offline one knows. */
export class FallbackRecognizer extends EnginePair<SpeechRecognizer> implements SpeechRecognizer {
  supports(lang: Lang): boolean {
    return this.primary.supports(lang) || this.fallback.supports(lang);
  }

  recognize(request: RecognitionRequest, signal?: AbortSignal): Promise<RecognitionResult> {
    const failure = 'speech recognition failed: using the offline recogniser';
    return this.attempt((engine) => engine.recognize(request, signal), { lang: request.lang, signal, canFallBack: this.fallback.supports(request.lang), failure });
  }

  async warmUp(): Promise<void> {
    await Promise.all([this.primary.warmUp?.(), this.fallback.warmUp?.()]);
  }
}
