import { type FakeReply, type FakeRequest, type FakeServer, googleError, guardGoogleCall, startFakeGoogleServer } from './google-speech-server.ts';

export interface FakeSpeechToText extends FakeServer {
  /** What the next calls "hear" (a double cannot recognise: the test says what was said). */
  hear(transcript: string): void;
  failNext(reply: FakeReply): void;
}

interface RecognizeRequest {
  config?: { encoding?: string; sampleRateHertz?: number; languageCode?: string };
  audio?: { content?: string; uri?: string };
}

/**
 * Google Cloud Speech-to-Text v1's `POST /v1/speech:recognize` as a local double: credentials and request checked
 * as the API does (INVALID_ARGUMENT without config, language or audio), and the answer in its JSON:
 * `{ results: [{ alternatives: [{ transcript, confidence }], resultEndTime, languageCode }], totalBilledTime,
 * requestId }`, or `{}` when the audio holds nothing.
 */
export async function startFakeSpeechToText(auth: { apiKey?: string; token?: string }): Promise<FakeSpeechToText> {
  let transcript = '';
  const failures: FakeReply[] = [];
  const server = await startFakeGoogleServer((request: FakeRequest) => {
    const refused = guardGoogleCall(request, { path: '/v1/speech:recognize', auth }, failures);
    if (refused) return refused;
    const body = request.body as RecognizeRequest;
    if (!body?.config?.languageCode) return googleError(400, 'INVALID_ARGUMENT', 'Invalid recognition \'config\': missing language code.');
    if (body.config.encoding === 'LINEAR16' && !body.config.sampleRateHertz) return googleError(400, 'INVALID_ARGUMENT', 'sample_rate_hertz must be set for LINEAR16.');
    if (!body.audio?.content) return googleError(400, 'INVALID_ARGUMENT', 'RecognitionAudio not set.');
    const seconds = Buffer.from(body.audio.content, 'base64').length / 2 / (body.config.sampleRateHertz ?? 16_000);
    if (!transcript) return { status: 200, body: { totalBilledTime: `${Math.ceil(seconds)}s`, requestId: '1' } };
    return {
      status: 200,
      body: {
        results: [{ alternatives: [{ transcript, confidence: 0.93 }], resultEndTime: `${seconds.toFixed(3)}s`, languageCode: body.config.languageCode.toLowerCase() }],
        totalBilledTime: `${Math.ceil(seconds)}s`,
        requestId: '1',
      },
    };
  });
  return {
    ...server,
    hear(text) {
      transcript = text;
    },
    failNext(reply) {
      failures.push(reply);
    },
  };
}
