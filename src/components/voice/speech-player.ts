/**
 * Plays the answer's WAV chunks one after the other, without gaps, as they arrive; `stop` silences it at once
 * (barge-in). `onIdle` is called when the last queued chunk has finished playing.
 */
export class SpeechPlayer {
  private context?: AudioContext;
  private sources = new Set<AudioBufferSourceNode>();
  /** Chunks queued and still being decoded: they are part of what is playing. */
  private decodingChunks = 0;
  private nextStart = 0;
  private decoding: Promise<void> = Promise.resolve();
  private generation = 0;
  /** Seconds of speech played so far (tests and the page's state read it). */
  playedSeconds = 0;
  private readonly onIdle: () => void;

  constructor(onIdle: () => void) {
    this.onIdle = onIdle;
  }

  /**
   * Creates (or resumes) the audio output. Call it from a user gesture (a tap): browsers only let a page start
   * sound after one.
   */
  unlock(): void {
    this.context ??= new AudioContext({ latencyHint: 'interactive' });
    if (this.context.state === 'suspended') void this.context.resume().catch((error: unknown) => console.warn('audio output refused', error));
  }

  /** True from the moment a chunk is queued until the last queued chunk has finished playing. */
  get playing(): boolean {
    return this.sources.size > 0 || this.decodingChunks > 0;
  }

  /** Queues one chunk (a complete WAV). */
  enqueue(wav: ArrayBuffer): void {
    this.unlock();
    const context = this.context as AudioContext;
    const generation = this.generation;
    this.decodingChunks += 1;
    this.decoding = this.decoding
      .then(() => context.decodeAudioData(wav))
      .then((buffer) => {
        if (generation === this.generation) this.schedule(context, buffer, generation);
      })
      .catch((error: unknown) => console.warn('could not play a speech chunk', error))
      .finally(() => {
        if (generation !== this.generation) return; // stopped meanwhile: stop() has forgotten it
        this.decodingChunks -= 1;
        if (!this.playing) this.onIdle(); // it failed, and the chunks before it have played
      });
  }

  /** Starts a decoded chunk right after the one before it. */
  private schedule(context: AudioContext, buffer: AudioBuffer, generation: number): void {
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    const start = Math.max(context.currentTime + 0.02, this.nextStart);
    source.start(start);
    this.nextStart = start + buffer.duration;
    this.sources.add(source);
    source.onended = () => {
      this.sources.delete(source);
      if (generation !== this.generation) return;
      this.playedSeconds += buffer.duration;
      if (!this.playing) this.onIdle();
    };
  }

  /** Stops at once and forgets what was queued. */
  stop(): void {
    this.generation += 1;
    for (const source of this.sources) {
      source.onended = null;
      source.stop();
    }
    this.sources.clear();
    this.decodingChunks = 0;
    this.nextStart = 0;
  }

  close(): void {
    this.stop();
    void this.context?.close().catch((error: unknown) => console.warn('could not close the audio output', error));
    this.context = undefined;
  }
}
