import type { Logger } from 'pino';
import type { Env } from '../../config/env.ts';
import type { OpsEvents } from '../../observability/events.ts';
import type { GazetteerEntry } from '../../core/place.ts';
import { CachedSynthesizer } from './cached-synthesizer.ts';
import { FallbackRecognizer, FallbackSynthesizer } from './fallback-speech.ts';
import { ApiKeyCredentials, type GoogleCredentials, MetadataServerCredentials } from './google/google-credentials.ts';
import { GoogleSpeechToText } from './google/google-speech-to-text.ts';
import { GoogleTextToSpeech } from './google/google-text-to-speech.ts';
import { findInstalledEngines, type InstalledEngines } from './local/installed-engines.ts';
import { LocalSynthesizer } from './local/local-synthesizer.ts';
import { PocketsphinxRecognizer } from './local/pocketsphinx-recognizer.ts';
import type { SpeechRecognizer } from './speech-recognizer.ts';
import type { SpeechSynthesizer } from './speech-synthesizer.ts';

export interface SpeechEngines {
  /** Cached: repeated phrases are not synthesised twice. */
  synthesizer: SpeechSynthesizer;
  recognizer: SpeechRecognizer;
  /** The offline engines found on this machine (looked up once, at start). */
  offline: InstalledEngines;
}

export interface SpeechOptions {
  env: Pick<Env, 'SPEECH_SYNTHESIS' | 'SPEECH_RECOGNITION' | 'GOOGLE_SPEECH_API_KEY' | 'GOOGLE_TTS_URL' | 'GOOGLE_STT_URL' | 'GOOGLE_METADATA_URL'>;
  events: OpsEvents;
  log: Logger;
  /** English topic words and the gazetteer, for the offline recogniser's language model. */
  topicPhrases: readonly string[];
  gazetteer: readonly GazetteerEntry[];
}

/**
 * The speech engines the configuration asks for (docs/voice.md): the offline ones by default; Google Cloud
 * with `SPEECH_SYNTHESIS=google` / `SPEECH_RECOGNITION=google`, the offline ones then standing behind it.
 */
export function createSpeech({ env, events, log, topicPhrases, gazetteer }: SpeechOptions): SpeechEngines {
  // each engine has its own cache, so audio of the fallback is never kept as the cloud voice's
  const offline = findInstalledEngines();
  const local = new CachedSynthesizer(new LocalSynthesizer(offline));
  const offlineRecognizer = new PocketsphinxRecognizer({ topicPhrases, gazetteer }, offline.pocketsphinx);
  const needsGoogle = env.SPEECH_SYNTHESIS === 'google' || env.SPEECH_RECOGNITION === 'google';
  const credentials: GoogleCredentials | undefined = needsGoogle
    ? env.GOOGLE_SPEECH_API_KEY
      ? new ApiKeyCredentials(env.GOOGLE_SPEECH_API_KEY)
      : new MetadataServerCredentials(env.GOOGLE_METADATA_URL)
    : undefined;
  let synthesizer: SpeechSynthesizer = local;
  let recognizer: SpeechRecognizer = offlineRecognizer;
  if (credentials && env.SPEECH_SYNTHESIS === 'google') {
    synthesizer = new FallbackSynthesizer(new CachedSynthesizer(new GoogleTextToSpeech({ baseUrl: env.GOOGLE_TTS_URL, credentials, events })), local, log);
  }
  if (credentials && env.SPEECH_RECOGNITION === 'google') {
    recognizer = new FallbackRecognizer(new GoogleSpeechToText({ baseUrl: env.GOOGLE_STT_URL, credentials, events }), offlineRecognizer, log);
  }
  return { synthesizer, recognizer, offline };
}
