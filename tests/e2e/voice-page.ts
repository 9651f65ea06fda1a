import type { Page, WebSocket as PageSocket } from 'playwright-core';
import { decodeWav, type Pcm } from '../../src/adapters/speech/audio/wav.ts';
import type { ClientMessage, ServerMessage } from '../../src/components/voice/voice-messages.ts';

/** What the voice e2e tests watch on the page: its /api/voice traffic, its audio output, its voice states. */

export interface VoiceTraffic {
  /** JSON messages from the server, in order. */
  received: ServerMessage[];
  /** JSON messages the page sent, in order. */
  sent: ClientMessage[];
  /** The answer's audio: each WAV chunk as the server sent it, decoded, with the `audio` message before it. */
  audio: Array<{ info: Extract<ServerMessage, { type: 'audio' }>; pcm: Pcm; bytes: number }>;
  /** Bytes of microphone PCM the page sent. */
  pcmBytesSent: number;
}

/** Records every frame of the page's /api/voice connections (attach before the page opens one). */
export function recordVoiceTraffic(page: Page): VoiceTraffic {
  const traffic: VoiceTraffic = { received: [], sent: [], audio: [], pcmBytesSent: 0 };
  page.on('websocket', (socket: PageSocket) => {
    if (!socket.url().endsWith('/api/voice')) return;
    socket.on('framesent', ({ payload }) => {
      if (typeof payload === 'string') traffic.sent.push(JSON.parse(payload) as ClientMessage);
      else traffic.pcmBytesSent += payload.length;
    });
    socket.on('framereceived', ({ payload }) => {
      if (typeof payload === 'string') {
        traffic.received.push(JSON.parse(payload) as ServerMessage);
        return;
      }
      const info = traffic.received.at(-1);
      if (info?.type !== 'audio') throw new Error(`a binary frame without its audio message (after ${info?.type})`);
      traffic.audio.push({ info, pcm: decodeWav(payload), bytes: payload.length });
    });
  });
  return traffic;
}

/** One buffer the page played through Web Audio, as the browser itself decoded it. */
export interface PlayedChunk {
  duration: number;
  rms: number;
  /** AudioContext time it was scheduled at, ended at (when it ended), and stop() was called at (if it was). */
  startAt: number;
  endedAt?: number;
  stoppedAt?: number;
  /** performance.now() of the page when it was started, to compare with the voice states' times. */
  startedAtMs: number;
}

/**
 * Watches the page's audio output from inside the page: every AudioBufferSourceNode started, the RMS of its
 * decoded buffer, and when it ended or was stopped, on the AudioContext's own clock. Run before the page loads.
 */
export function watchAudioOutput(): void {
  const played: PlayedChunk[] = [];
  const byNode = new WeakMap<AudioBufferSourceNode, PlayedChunk>();
  (window as unknown as { played: PlayedChunk[] }).played = played;
  const { start, stop } = AudioBufferSourceNode.prototype;
  AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, when?: number, ...rest: number[]) {
    const data = this.buffer?.getChannelData(0) ?? new Float32Array(0);
    let sum = 0;
    for (const value of data) sum += value * value;
    const chunk: PlayedChunk = { duration: this.buffer?.duration ?? 0, rms: Math.sqrt(sum / Math.max(1, data.length)), startAt: Math.max(when ?? 0, this.context.currentTime), startedAtMs: performance.now() };
    played.push(chunk);
    byNode.set(this, chunk);
    this.addEventListener('ended', () => {
      chunk.endedAt = this.context.currentTime;
    });
    start.call(this, when, ...rest);
  };
  AudioBufferSourceNode.prototype.stop = function (this: AudioBufferSourceNode, when?: number) {
    const chunk = byNode.get(this);
    if (chunk) chunk.stoppedAt = this.context.currentTime;
    stop.call(this, when);
  };
}

/** A state of the voice control, with the page's performance.now() when it began. */
export interface StateChange {
  state: string;
  atMs: number;
}

/** Records the voice control's `data-voice-state` as it changes (call once the page has hydrated). */
export async function recordVoiceStates(page: Page): Promise<void> {
  await page.locator('[data-voice-state]').waitFor();
  await page.evaluate(() => {
    const control = document.querySelector('[data-voice-state]') as HTMLElement;
    const changes = [{ state: control.dataset.voiceState ?? '', atMs: performance.now() }];
    (window as unknown as { voiceStates: StateChange[] }).voiceStates = changes;
    new MutationObserver(() => {
      const state = control.dataset.voiceState ?? '';
      if (changes.at(-1)?.state !== state) changes.push({ state, atMs: performance.now() });
    }).observe(control, { attributes: true, attributeFilter: ['data-voice-state'] });
  });
}

export const stateChanges = (page: Page): Promise<StateChange[]> => page.evaluate(() => (window as unknown as { voiceStates: StateChange[] }).voiceStates);
export const voiceStates = async (page: Page): Promise<string[]> => (await stateChanges(page)).map((change) => change.state);
export const playedChunks = (page: Page): Promise<PlayedChunk[]> => page.evaluate(() => (window as unknown as { played: PlayedChunk[] }).played);

/** Waits until the voice control has gone through `states` in this order (other states may come between). */
export async function waitForStates(page: Page, states: readonly string[], timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const seen = (window as unknown as { voiceStates?: StateChange[] }).voiceStates ?? [];
      let at = 0;
      for (const { state } of seen) if (state === wanted[at]) at += 1;
      return at >= wanted.length;
    },
    states,
    { timeout },
  );
}
