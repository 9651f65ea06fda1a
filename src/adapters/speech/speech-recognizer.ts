import type { Lang } from '../../core/languages.ts';
import type { Pcm } from './audio/wav.ts';

export interface RecognitionRequest {
  /** One utterance, mono 16-bit PCM (any rate: implementations resample to what they decode). */
  audio: Pcm;
  lang: Lang;
}

export interface RecognitionResult {
  /** The transcript; empty when nothing was recognised. */
  text: string;
  lang: Lang;
  /** The engine's own decoding time (process start and model loading included), reported apart from the rest. */
  decodeMs: number;
}

/** Turns one spoken utterance into text (issue 6). Implementations: pocketsphinx (English, offline), Google Cloud. */
export interface SpeechRecognizer {
  /** The engine's name, for logs and metrics (`pocketsphinx`, `google-stt`). */
  readonly name: string;

  /** True when this engine can recognise the language; callers refuse the others with `recognition_unsupported`. */
  supports(lang: Lang): boolean;

  /**
   * Recognises one utterance. Rejects with DomainError `recognition_unsupported` for a language it does not support,
   * `speech_unavailable` when the engine fails or times out, and with the signal's reason when aborted.
   */
  recognize(request: RecognitionRequest, signal?: AbortSignal): Promise<RecognitionResult>;

  /** Prepares what the first call would otherwise wait for (models, files); safe to call more than once. */
  warmUp?(): Promise<void>;
}
