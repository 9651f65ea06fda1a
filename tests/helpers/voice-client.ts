import { decodeWav, type Pcm } from '../../src/adapters/speech/audio/wav.ts';
import type { AudioInfo, ServerMessage, StartOptions } from '../../src/components/voice/voice-messages.ts';
import { VoiceSocket, voiceUrl } from '../../src/components/voice/voice-socket.ts';

export interface Received {
  messages: ServerMessage[];
  audio: Array<{ info: AudioInfo; pcm: Pcm; atMs: number }>;
  /** Milliseconds since the connection opened, per message index. */
  times: number[];
  closed?: { code: number; reason: string };
}

export interface VoiceClient {
  socket: VoiceSocket;
  received: Received;
  /** Resolves with the first message that matches (already received or to come). */
  waitFor(predicate: (message: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  /** Resolves when the server closed the connection. */
  closed(timeoutMs?: number): Promise<{ code: number; reason: string }>;
  /** Sends PCM as frames of `frameMs` (20 ms by default), as a microphone would. */
  sendSpeech(pcm: Pcm, frameMs?: number): void;
}

/** Connects to /api/voice with the page's own client class (Node 24's standard WebSocket) and records what comes. */
export async function connectVoice(baseUrl: string): Promise<VoiceClient> {
  const received: Received = { messages: [], audio: [], times: [] };
  const opened = performance.now();
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of waiters) waiter();
  };
  const socket = await VoiceSocket.connect(voiceUrl(baseUrl), {
    onMessage: (message) => {
      received.messages.push(message);
      received.times.push(performance.now() - opened);
      wake();
    },
    onAudio: (wav, info) => {
      received.audio.push({ info, pcm: decodeWav(new Uint8Array(wav)), atMs: performance.now() - opened });
      wake();
    },
    onClose: (code, reason) => {
      received.closed = { code, reason };
      wake();
    },
  });
  const until = <T>(check: () => T | undefined, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value === undefined) return false;
        waiters.delete(attempt);
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(attempt);
        reject(new Error(`timed out waiting for ${what}; got ${received.messages.map((m) => m.type).join(', ')}`));
      }, timeoutMs);
      if (!attempt()) waiters.add(attempt);
    });
  return {
    socket,
    received,
    waitFor: (predicate, timeoutMs = 20_000) => until(() => received.messages.find(predicate), timeoutMs, 'a message'),
    closed: (timeoutMs = 20_000) => until(() => received.closed, timeoutMs, 'the close'),
    sendSpeech(pcm, frameMs = 20) {
      const size = Math.round((pcm.sampleRate * frameMs) / 1000);
      for (let at = 0; at < pcm.samples.length; at += size) socket.sendAudio(pcm.samples.subarray(at, at + size));
    },
  };
}

export type { StartOptions };
