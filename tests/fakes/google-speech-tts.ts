import { spawn } from 'node:child_process';
import { resample } from '../../src/adapters/speech/audio/resample.ts';
import { decodeWav, encodeWav } from '../../src/adapters/speech/audio/wav.ts';
import { type FakeReply, type FakeRequest, type FakeServer, googleError, guardGoogleCall, startFakeGoogleServer } from './google-speech-server.ts';

export interface FakeTextToSpeech extends FakeServer {
  /** The next call answers with this Google error instead of audio. */
  failNext(reply: FakeReply): void;
}

interface SynthesizeRequest {
  input?: { text?: string; ssml?: string };
  voice?: { languageCode?: string; name?: string; ssmlGender?: string };
  audioConfig?: { audioEncoding?: string; sampleRateHertz?: number };
}

/**
 * Google Cloud Text-to-Speech's `POST /v1/text:synthesize` as a local double: it checks the credentials and the
 * request the way the API does (INVALID_ARGUMENT for a missing input, voice or encoding) and answers
 * `{ audioContent }`, base64 of a LINEAR16 WAV with its header, as Google does. The speech is real (espeak-ng),
 * so tests can check that audio, not just bytes, comes back.
 */
export async function startFakeTextToSpeech(auth: { apiKey?: string; token?: string }): Promise<FakeTextToSpeech> {
  const failures: FakeReply[] = [];
  const server = await startFakeGoogleServer((request: FakeRequest) => {
    const refused = guardGoogleCall(request, { path: '/v1/text:synthesize', auth }, failures);
    if (refused) return refused;
    const body = request.body as SynthesizeRequest;
    const text = body?.input?.text;
    if (!text) return googleError(400, 'INVALID_ARGUMENT', 'Either `input.text` or `input.ssml` needs to be set.');
    if (!body.voice?.languageCode) return googleError(400, 'INVALID_ARGUMENT', 'Voice language code must be set.');
    if (body.audioConfig?.audioEncoding !== 'LINEAR16') return googleError(400, 'INVALID_ARGUMENT', 'This double speaks LINEAR16 only.');
    const rate = body.audioConfig.sampleRateHertz ?? 24_000;
    // espeak-ng runs as a child process the double waits for, so the process it lives in (a test's) goes on serving
    return speak(text, body.voice.languageCode.startsWith('en') ? 'en-us' : 'en').then((spoken) => {
      const wav = encodeWav({ sampleRate: rate, samples: resample(spoken.samples, spoken.sampleRate, rate) });
      return { status: 200, body: { audioContent: wav.toString('base64') } };
    });
  });
  return {
    ...server,
    failNext(reply) {
      failures.push(reply);
    },
  };
}

/** espeak-ng's WAV of a text, read from its stdout. */
function speak(text: string, voice: string): Promise<ReturnType<typeof decodeWav>> {
  return new Promise((resolve, reject) => {
    const child = spawn('espeak-ng', ['--stdout', '-v', voice], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(decodeWav(Buffer.concat(chunks))) : reject(new Error(`espeak-ng exited with ${code}`))));
    child.stdin.end(text);
  });
}
