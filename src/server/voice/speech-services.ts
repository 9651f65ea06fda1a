import { resample } from '../../adapters/speech/audio/resample.ts';
import { concatPcm, durationOf, type Pcm } from '../../adapters/speech/audio/wav.ts';
import type { SpeechRecognizer } from '../../adapters/speech/speech-recognizer.ts';
import type { SpeechSynthesizer } from '../../adapters/speech/speech-synthesizer.ts';
import { sentencesToSpeak } from '../../adapters/speech/text/answer-speech.ts';
import type { ReadingOf } from '../../adapters/speech/text/speakable-text.ts';
import { VOICE } from '../../config/tunables.ts';
import type { Lang } from '../../core/languages.ts';
import type { OpsEvents } from '../../observability/events.ts';
import { DomainError } from '../../core/domain-error.ts';

/** The speech engines and what the voice endpoints need around them. */
export interface SpeechServices {
  /** Cached per engine (adapters/speech/cached-synthesizer.ts). */
  synthesizer: SpeechSynthesizer;
  recognizer: SpeechRecognizer;
  /** Readings of Japanese names, for voices that cannot read kanji. */
  readingOf: ReadingOf;
  /** `speech` events are counted in voice_recognition_total / voice_synthesis_total. */
  events: OpsEvents;
  /** Stops the engines' idle spare processes (at shutdown). */
  close(): Promise<void>;
}

/**
 * One utterance to text, with the checks every path shares: a language the recogniser knows, the length limit,
 * and a transcript that is not empty. Counted as one recognition (success or not), unless aborted.
 */
export async function recognizeUtterance(services: SpeechServices, audio: Pcm, lang: Lang, signal?: AbortSignal): Promise<{ text: string; decodeMs: number }> {
  const { recognizer, events } = services;
  if (!recognizer.supports(lang)) throw new DomainError('recognition_unsupported', { lang });
  const seconds = durationOf(audio);
  if (seconds > VOICE.maxUtteranceSeconds) throw new DomainError('audio_too_long', { limitSeconds: VOICE.maxUtteranceSeconds, seconds: Math.round(seconds * 10) / 10 });
  // a recording with no samples holds no speech (and the cloud engine refuses it as a bad request, not a fault)
  if (seconds === 0) throw new DomainError('speech_empty');
  let success = false;
  try {
    const { text, decodeMs } = await recognizer.recognize({ audio, lang }, signal);
    success = text !== '';
    if (!success) throw new DomainError('speech_empty');
    return { text, decodeMs };
  } finally {
    // a recognition the client called off is not counted either way
    if (!signal?.aborted) events.emit('speech', { kind: 'recognition', lang, success });
  }
}

/** A whole text as one recording (POST /api/speech/synthesize): its sentences synthesised in turn and joined. */
export async function synthesizeText(services: SpeechServices, text: string, lang: Lang, signal?: AbortSignal): Promise<Pcm> {
  const sentences = sentencesToSpeak(text, lang, services.readingOf);
  const parts: Pcm[] = [];
  let success = false;
  try {
    for (const sentence of sentences) parts.push(await services.synthesizer.synthesize({ text: sentence, lang }, signal));
    success = true;
  } finally {
    if (!signal?.aborted) services.events.emit('speech', { kind: 'synthesis', lang, success });
  }
  return joinPcm(parts);
}

/** Recordings one after the other, at the first one's rate, with a short pause between sentences. */
function joinPcm(parts: readonly Pcm[]): Pcm {
  const sampleRate = parts[0]?.sampleRate ?? 16_000;
  const pause: Pcm = { sampleRate, samples: new Int16Array(Math.round(sampleRate * 0.15)) };
  return concatPcm(parts.flatMap((part, i) => [...(i > 0 ? [pause] : []), { sampleRate, samples: resample(part.samples, part.sampleRate, sampleRate) }]));
}
