import { startFakeMetadataServer } from '../fakes/google-speech-metadata.ts';
import type { FakeServer } from '../fakes/google-speech-server.ts';
import { startFakeSpeechToText } from '../fakes/google-speech-stt.ts';
import { startFakeTextToSpeech } from '../fakes/google-speech-tts.ts';

const TOKEN = 'ya29.fuzz-token';

export interface SpeechDoubles {
  /** The server's environment that points its Google speech adapters at the doubles. */
  env: Record<string, string>;
  /** Forgets the requests the doubles kept (a long run would hold every one). */
  forget(): void;
  close(): Promise<void>;
}

/**
 * The fuzzer's speech engines: the local doubles of Google Text-to-Speech and Speech-to-Text (tests/fakes), so that
 * a case costs the server's input handling and not an engine process: 100,000 readings by espeak-ng would measure
 * espeak-ng. The adapters, their request building and their error handling still run.
 */
export async function startSpeechDoubles(): Promise<SpeechDoubles> {
  const [metadata, tts, stt] = await Promise.all([startFakeMetadataServer(TOKEN), startFakeTextToSpeech({ token: TOKEN }), startFakeSpeechToText({ token: TOKEN })]);
  stt.hear('where is the nearest evacuation shelter');
  const doubles: FakeServer[] = [metadata, tts, stt];
  return {
    env: { SPEECH_SYNTHESIS: 'google', SPEECH_RECOGNITION: 'google', GOOGLE_TTS_URL: tts.url, GOOGLE_STT_URL: stt.url, GOOGLE_METADATA_URL: metadata.url },
    forget: () => {
      for (const double of doubles) double.requests.length = 0;
    },
    close: async () => {
      await Promise.all(doubles.map((double) => double.close()));
    },
  };
}
