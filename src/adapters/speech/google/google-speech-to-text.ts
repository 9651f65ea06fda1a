import { VOICE } from '../../../config/tunables.ts';
import type { Lang } from '../../../core/languages.ts';
import type { OpsEvents } from '../../../observability/events.ts';
import { resample } from '../audio/resample.ts';
import type { RecognitionRequest, RecognitionResult, SpeechRecognizer } from '../speech-recognizer.ts';
import type { GoogleCredentials } from './google-credentials.ts';
import { GOOGLE_STT_LANGUAGE } from './google-languages.ts';
import { postGoogleJson } from './google-request.ts';

export interface GoogleSpeechToTextOptions {
  /** https://speech.googleapis.com, or a test double. */
  baseUrl: string;
  credentials: GoogleCredentials;
  events: OpsEvents;
}

interface RecognizeResponse {
  results?: Array<{ alternatives?: Array<{ transcript?: string; confidence?: number }>; languageCode?: string }>;
  totalBilledTime?: string;
}

/**
 * Google Cloud Speech-to-Text v1 over REST, one utterance at a time: `POST /v1/speech:recognize` with
 * `{ config: { encoding: "LINEAR16", sampleRateHertz, languageCode, … }, audio: { content } }` (base64 PCM),
 * answered with `{ results: [{ alternatives: [{ transcript, confidence }] }] }` (no `results` when nothing was
 * heard). Streaming recognition (interim transcripts while the user speaks) is gRPC only (StreamingRecognize);
 * docs/voice.md says why it is not used yet.
 */
export class GoogleSpeechToText implements SpeechRecognizer {
  readonly name = 'google-stt';
  private readonly options: GoogleSpeechToTextOptions;

  constructor(options: GoogleSpeechToTextOptions) {
    this.options = { ...options, baseUrl: options.baseUrl.replace(/\/$/, '') };
  }

  supports(_lang: Lang): boolean {
    return true;
  }

  async recognize({ audio, lang }: RecognitionRequest, signal?: AbortSignal): Promise<RecognitionResult> {
    const { baseUrl, credentials, events } = this.options;
    const rate = VOICE.recognitionSampleRate;
    const samples = resample(audio.samples, audio.sampleRate, rate);
    const body = {
      config: {
        encoding: 'LINEAR16',
        sampleRateHertz: rate,
        languageCode: GOOGLE_STT_LANGUAGE[lang],
        maxAlternatives: 1,
        enableAutomaticPunctuation: true,
        model: 'latest_short',
      },
      audio: { content: Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength).toString('base64') },
    };
    const started = performance.now();
    const answer = await postGoogleJson<RecognizeResponse>({ service: this.name, url: `${baseUrl}/v1/speech:recognize`, body, credentials, events, signal });
    const text = (answer.results ?? [])
      .map((result) => result.alternatives?.[0]?.transcript?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    return { text, lang, decodeMs: performance.now() - started };
  }
}
