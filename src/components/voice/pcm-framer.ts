/**
 * Microphone samples (float, at the device's rate, in chunks of any size) to 16-bit PCM frames at the protocol's
 * rate (16 kHz, 20 ms = 320 samples). Going down, each output sample is the mean of the input it covers, which
 * keeps the worst aliasing out of the speech band; state carries over between chunks.
 */
export class PcmFramer {
  private readonly ratio: number;
  private readonly frameSamples: number;
  private pending: number[] = [];
  /** Position of the next output sample in `pending`, in input samples (fractional). */
  private position = 0;
  private frame: Int16Array;
  private filled = 0;

  constructor(inputRate: number, outputRate = 16_000, frameMs = 20) {
    this.ratio = inputRate / outputRate;
    this.frameSamples = Math.round((outputRate * frameMs) / 1000);
    this.frame = new Int16Array(this.frameSamples);
  }

  /** Adds a chunk of samples (-1..1); returns the frames it completed. */
  push(input: Float32Array): Int16Array[] {
    for (let i = 0; i < input.length; i += 1) this.pending.push(input[i] as number);
    const frames: Int16Array[] = [];
    const span = Math.max(1, this.ratio);
    while (this.position + span <= this.pending.length) {
      const start = Math.floor(this.position);
      const end = Math.max(start + 1, Math.floor(this.position + span));
      let sum = 0;
      for (let j = start; j < end; j += 1) sum += this.pending[j] as number;
      const value = Math.max(-1, Math.min(1, sum / (end - start)));
      this.frame[this.filled] = Math.round(value * 32767);
      this.filled += 1;
      if (this.filled === this.frameSamples) {
        frames.push(this.frame);
        this.frame = new Int16Array(this.frameSamples);
        this.filled = 0;
      }
      this.position += this.ratio;
    }
    const consumed = Math.floor(this.position);
    this.pending = this.pending.slice(consumed);
    this.position -= consumed;
    return frames;
  }
}
