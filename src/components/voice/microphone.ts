import { PcmFramer } from './pcm-framer.ts';

/** Why the microphone did not start: refused by the user or the browser, absent, or not supported at all. */
export class MicrophoneError extends Error {
  override readonly name = 'MicrophoneError';
  readonly reason: 'denied' | 'unavailable' | 'unsupported';

  constructor(reason: MicrophoneError['reason'], cause?: unknown) {
    super(`microphone ${reason}`, { cause });
    this.reason = reason;
  }
}

/**
 * The microphone as 16 kHz 16-bit PCM frames of 20 ms, with the browser's echo cancellation, noise suppression
 * and gain control on: echo cancellation is what lets the user talk over an answer being played (barge-in)
 * without the answer itself counting as speech.
 */
export class Microphone {
  private stream?: MediaStream;
  private context?: AudioContext;
  private node?: AudioNode;

  static supported(): boolean {
    return typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia) && typeof AudioContext !== 'undefined';
  }

  get running(): boolean {
    return this.stream !== undefined;
  }

  async start(onFrame: (frame: Int16Array) => void, sampleRate = 16_000): Promise<void> {
    if (this.stream) return;
    if (!Microphone.supported()) throw new MicrophoneError('unsupported');
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
      });
    } catch (error) {
      const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
      throw new MicrophoneError(denied ? 'denied' : 'unavailable', error);
    }
    try {
      await this.capture(this.stream, onFrame, sampleRate);
    } catch (error) {
      this.stop();
      throw new MicrophoneError('unavailable', error);
    }
  }

  /** Taps the stream: its samples, as PCM frames, on an AudioWorklet (or the old ScriptProcessorNode). */
  private async capture(stream: MediaStream, onFrame: (frame: Int16Array) => void, sampleRate: number): Promise<void> {
    const context = new AudioContext({ latencyHint: 'interactive' });
    this.context = context;
    const framer = new PcmFramer(context.sampleRate, sampleRate);
    const deliver = (samples: Float32Array) => {
      for (const frame of framer.push(samples)) onFrame(frame);
    };
    const source = context.createMediaStreamSource(stream);
    if (context.audioWorklet) {
      await context.audioWorklet.addModule(new URL('./capture-worklet.js', import.meta.url));
      const node = new AudioWorkletNode(context, 'voice-capture');
      node.port.onmessage = (event: MessageEvent<Float32Array>) => deliver(event.data);
      source.connect(node);
      this.node = node;
    } else {
      // older browsers: the deprecated ScriptProcessorNode does the same on the main thread
      const node = context.createScriptProcessor(2048, 1, 1);
      node.onaudioprocess = (event) => deliver(event.inputBuffer.getChannelData(0));
      source.connect(node);
      node.connect(context.destination);
      this.node = node;
    }
    // started after the tap's await: some browsers create it suspended
    if (context.state === 'suspended') await context.resume();
  }

  /** Releases the microphone (the browser's recording indicator goes off). */
  stop(): void {
    this.node?.disconnect();
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    void this.context?.close().catch((error: unknown) => console.warn('could not close the capture context', error));
    this.stream = undefined;
    this.context = undefined;
    this.node = undefined;
  }
}
