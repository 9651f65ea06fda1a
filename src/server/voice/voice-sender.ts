import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { VOICE } from '../../config/tunables.ts';
import type { ServerMessage } from './voice-protocol.ts';

/** The client stopped reading: audio waited longer than VOICE.sendStallSeconds. */
export class SlowClientError extends Error {
  override readonly name = 'SlowClientError';
}

const POLL_MS = 10;

/**
 * What the server sends on one voice connection. JSON goes out at once (it is small); audio waits while the
 * socket holds more than VOICE.sendHighWaterBytes unsent (backpressure), and since the synthesis queue waits for
 * the sender, synthesis pauses too when the client is slow.
 */
export class VoiceSender {
  private readonly socket: WebSocket;
  private readonly highWaterBytes: number;
  private readonly stallMs: number;
  private seq = 0;

  constructor(socket: WebSocket, options: { highWaterBytes?: number; stallMs?: number } = {}) {
    this.socket = socket;
    this.highWaterBytes = options.highWaterBytes ?? VOICE.sendHighWaterBytes;
    this.stallMs = options.stallMs ?? VOICE.sendStallSeconds * 1000;
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  json(message: ServerMessage): void {
    if (this.open) this.socket.send(JSON.stringify(message));
  }

  /** Sends one chunk of speech: an `audio` message, then the WAV as one binary frame. */
  async audio(wav: Buffer, sampleRate: number, text: string, signal: AbortSignal): Promise<void> {
    await this.drained(signal);
    if (!this.open) throw new DOMException('the client went away', 'AbortError');
    this.seq += 1;
    this.json({ type: 'audio', seq: this.seq, format: 'wav', sampleRate, bytes: wav.length, text });
    this.socket.send(wav, { binary: true });
  }

  /** Resolves when the socket's unsent bytes are under the high-water mark. */
  private async drained(signal: AbortSignal): Promise<void> {
    const started = performance.now();
    while (this.open && this.socket.bufferedAmount > this.highWaterBytes) {
      signal.throwIfAborted();
      if (performance.now() - started > this.stallMs) throw new SlowClientError(`${this.socket.bufferedAmount} bytes unread for ${this.stallMs} ms`);
      await sleep(POLL_MS, undefined, { signal });
    }
  }
}
