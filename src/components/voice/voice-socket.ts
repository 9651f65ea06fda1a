import type { AudioInfo, ClientMessage, ServerMessage, StartOptions } from './voice-messages.ts';

export interface VoiceSocketHandlers {
  /** Every JSON message, in order (audio chunks come through `onAudio` with their `audio` message). */
  onMessage?: (message: ServerMessage) => void;
  /** A chunk of speech: one WAV, the sentence it says. */
  onAudio?: (wav: ArrayBuffer, info: AudioInfo) => void;
  onClose?: (code: number, reason: string) => void;
}

/** The WebSocket URL of the voice endpoint on the page's own server (or on `base`, e.g. http://127.0.0.1:3000). */
export function voiceUrl(base?: string): string {
  const origin = new URL(base ?? globalThis.location.href);
  return `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}/api/voice`;
}

/**
 * The client end of /api/voice (docs/voice.md): JSON control messages and binary PCM frames out, JSON events and
 * WAV chunks in. Uses the standard WebSocket, so the same class runs in the browser and in Node 24 (tests, bench).
 */
export class VoiceSocket {
  private readonly socket: WebSocket;
  private pendingAudio?: AudioInfo;

  private constructor(socket: WebSocket, handlers: VoiceSocketHandlers) {
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data === 'string') {
        const message = JSON.parse(event.data) as ServerMessage;
        if (message.type === 'audio') this.pendingAudio = message;
        handlers.onMessage?.(message);
      } else if (this.pendingAudio) {
        const info = this.pendingAudio;
        this.pendingAudio = undefined;
        handlers.onAudio?.(event.data as ArrayBuffer, info);
      }
    });
    socket.addEventListener('close', (event: CloseEvent) => handlers.onClose?.(event.code, event.reason));
  }

  /** Opens a connection; rejects when it cannot be opened. */
  static connect(url: string, handlers: VoiceSocketHandlers): Promise<VoiceSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const voice = new VoiceSocket(socket, handlers);
      socket.addEventListener('open', () => resolve(voice), { once: true });
      socket.addEventListener('error', () => reject(new Error(`could not open ${url}`)), { once: true });
    });
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Bytes queued but not yet sent: a client that records faster than it can send should drop frames. */
  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  start(options: StartOptions): void {
    this.send({ type: 'start', format: 'pcm_s16le', ...options });
  }

  /** One frame of the utterance: 16-bit little-endian mono PCM at the rate given in `start`. */
  sendAudio(pcm: Int16Array): void {
    if (this.open) this.socket.send(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.byteLength) as ArrayBuffer);
  }

  /** The user stopped speaking: recognise and answer. */
  end(): void {
    this.send({ type: 'end' });
  }

  /** A question the browser recognised (or the user typed): answer it. */
  sendTranscript(text: string): void {
    this.send({ type: 'transcript', text });
  }

  /** Read a text aloud. */
  speak(text: string, lang?: StartOptions['lang']): void {
    this.send({ type: 'speak', text, lang });
  }

  /** Barge-in: stop the answer being spoken (and any utterance being recorded). */
  cancel(): void {
    this.send({ type: 'cancel' });
  }

  ping(): void {
    this.send({ type: 'ping' });
  }

  close(code = 1000): void {
    this.socket.close(code);
  }

  private send(message: ClientMessage): void {
    if (this.open) this.socket.send(JSON.stringify(message));
  }
}
