import type { Lang } from '../../core/languages.ts';
import type { Pcm } from './audio/wav.ts';

export interface SynthesisRequest {
  /** Speakable text (see text/speakable-text.ts): a sentence or a few, no URLs or markup. */
  text: string;
  lang: Lang;
}

/** Mono 16-bit PCM at the engine's own rate (Open JTalk 24 kHz, espeak-ng 22.05 kHz, Google 24 kHz). */
export type SynthesisResult = Pcm;

/** Turns text into speech (issue 6). Implementations: local engines (Open JTalk, espeak-ng), Google Cloud. */
export interface SpeechSynthesizer {
  /** The engine's name, for logs, metrics and cache keys (`open-jtalk`, `espeak-ng`, `google-tts`). */
  readonly name: string;

  /** The voice used for a language (part of the cache key: a new voice must not serve cached audio of the old). */
  voiceOf(lang: Lang): string;

  /**
   * Synthesises one short text. Rejects with DomainError `speech_unavailable` when the engine fails or times out,
   * and with the signal's reason when aborted (the engine's work is stopped: a process is killed, a request cancelled).
   */
  synthesize(request: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult>;

  /** Gets ready before the first request (the offline engines start their spare processes); optional. */
  warmUp?(): void;

  /** Releases what it keeps between requests (the offline engines' spare processes); optional. */
  close?(): Promise<void>;
}
