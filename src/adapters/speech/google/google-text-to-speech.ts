import type { Lang } from '../../../core/languages.ts';
import type { OpsEvents } from '../../../observability/events.ts';
import { DomainError } from '../../../core/domain-error.ts';
import { decodeWav } from '../audio/wav.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from '../speech-synthesizer.ts';
import type { GoogleCredentials } from './google-credentials.ts';
import { GOOGLE_TTS_LANGUAGE } from './google-languages.ts';
import { postGoogleJson } from './google-request.ts';

const SAMPLE_RATE = 24_000;
/** The voice is left to Google (its default for the language and gender), so no voice name can go stale here. */
const GENDER = 'FEMALE';

export interface GoogleTextToSpeechOptions {
  /** https://texttospeech.googleapis.com, or a test double. */
  baseUrl: string;
  credentials: GoogleCredentials;
  events: OpsEvents;
}

/**
 * Google Cloud Text-to-Speech over REST: `POST /v1/text:synthesize` with `{ input: { text }, voice: { languageCode,
 * ssmlGender }, audioConfig: { audioEncoding: "LINEAR16", sampleRateHertz } }`, answered with `{ audioContent }`,
 * base64 of a WAV (Google includes the header for LINEAR16).
 */
export class GoogleTextToSpeech implements SpeechSynthesizer {
  readonly name = 'google-tts';
  private readonly options: GoogleTextToSpeechOptions;

  constructor(options: GoogleTextToSpeechOptions) {
    this.options = { ...options, baseUrl: options.baseUrl.replace(/\/$/, '') };
  }

  voiceOf(lang: Lang): string {
    return `${GOOGLE_TTS_LANGUAGE[lang]}:${GENDER}`;
  }

  async synthesize({ text, lang }: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    const { baseUrl, credentials, events } = this.options;
    const body = {
      input: { text },
      voice: { languageCode: GOOGLE_TTS_LANGUAGE[lang], ssmlGender: GENDER },
      audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: SAMPLE_RATE },
    };
    const answer = await postGoogleJson<{ audioContent?: string }>({ service: this.name, url: `${baseUrl}/v1/text:synthesize`, body, credentials, events, signal });
    if (typeof answer.audioContent !== 'string' || answer.audioContent === '') {
      throw new DomainError('speech_unavailable', undefined, { cause: new Error('Text-to-Speech answered without audioContent') });
    }
    try {
      return decodeWav(Buffer.from(answer.audioContent, 'base64'));
    } catch (error) {
      throw new DomainError('speech_unavailable', undefined, { cause: error });
    }
  }
}
