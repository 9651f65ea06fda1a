const CALIBRATION_FRAMES = 10;

export type EndpointEvent = 'speech-start' | 'speech-end' | 'no-speech';

export interface EndpointOptions {
  frameMs: number;
  /** Sound this long starts an utterance (shorter is a click or a cough). */
  onsetMs?: number;
  /** Silence this long after speech ends it: a pause for breath is shorter. */
  hangoverMs?: number;
  /** Nothing said for this long after listening began: give up. */
  maxWaitMs?: number;
  /** The longest utterance; it is ended here (the server refuses longer ones). */
  maxUtteranceMs?: number;
  /** The quietest a voice can be (RMS, 0..1), whatever the room. */
  minRms?: number;
  /** Speech is this many times louder than the room's noise floor. */
  noiseFactor?: number;
}

/**
 * Finds where speech starts and ends in a stream of PCM frames, for hands-free listening and barge-in: a frame is
 * voiced when its RMS passes both a floor and a multiple of the room's noise (learnt from the frames judged
 * silent), speech starts after `onsetMs` of voiced frames and ends after `hangoverMs` of unvoiced ones. Counted in
 * frames, so it needs no clock.
 */
export class SpeechEndpoints {
  private readonly frameMs: number;
  private readonly onsetFrames: number;
  private readonly hangoverFrames: number;
  private readonly maxWaitFrames: number;
  private readonly maxUtteranceFrames: number;
  private readonly minRms: number;
  private readonly noiseFactor: number;
  private noise = 0;
  private calibrating = 0;
  private frames = 0;
  private voicedRun = 0;
  private silentRun = 0;
  private speechFrames = 0;
  private inSpeech = false;
  private finished = false;

  constructor(options: EndpointOptions) {
    this.frameMs = options.frameMs;
    this.onsetFrames = Math.ceil((options.onsetMs ?? 120) / options.frameMs);
    this.hangoverFrames = Math.ceil((options.hangoverMs ?? 800) / options.frameMs);
    this.maxWaitFrames = Math.ceil((options.maxWaitMs ?? 8_000) / options.frameMs);
    this.maxUtteranceFrames = Math.ceil((options.maxUtteranceMs ?? 14_000) / options.frameMs);
    this.minRms = options.minRms ?? 0.015;
    this.noiseFactor = options.noiseFactor ?? 3;
  }

  get speaking(): boolean {
    return this.inSpeech;
  }

  /** Starts over for the next utterance (the noise floor is kept: same room). */
  reset(): void {
    this.frames = 0;
    this.voicedRun = 0;
    this.silentRun = 0;
    this.speechFrames = 0;
    this.inSpeech = false;
    this.finished = false;
  }

  /** Judges one frame; returns an event when this frame starts or ends the utterance, or gives up waiting. */
  push(frame: Int16Array): EndpointEvent | undefined {
    if (this.finished) return undefined;
    this.frames += 1;
    const rms = rmsOf(frame);
    if (this.calibrating < CALIBRATION_FRAMES) {
      // the first frames ever heard set the noise floor: people rarely speak within 200 ms of tapping
      this.calibrating += 1;
      this.noise = this.noise === 0 ? rms : Math.max(this.noise, rms);
      return undefined;
    }
    const voiced = rms > Math.max(this.minRms, this.noise * this.noiseFactor);
    if (!voiced) this.noise = this.noise * 0.95 + rms * 0.05;
    if (!this.inSpeech) {
      this.voicedRun = voiced ? this.voicedRun + 1 : 0;
      if (this.voicedRun >= this.onsetFrames) {
        this.inSpeech = true;
        this.speechFrames = this.voicedRun;
        return 'speech-start';
      }
      if (this.frames >= this.maxWaitFrames) return this.finish('no-speech');
      return undefined;
    }
    this.speechFrames += 1;
    this.silentRun = voiced ? 0 : this.silentRun + 1;
    if (this.silentRun >= this.hangoverFrames || this.speechFrames >= this.maxUtteranceFrames) return this.finish('speech-end');
    return undefined;
  }

  /** Milliseconds of audio before the onset was confirmed that belong to the utterance (send them too). */
  get onsetMs(): number {
    return this.onsetFrames * this.frameMs;
  }

  private finish(event: EndpointEvent): EndpointEvent {
    this.finished = true;
    this.inSpeech = false;
    return event;
  }
}

function rmsOf(frame: Int16Array): number {
  let sum = 0;
  for (let i = 0; i < frame.length; i += 1) {
    const value = (frame[i] as number) / 32768;
    sum += value * value;
  }
  return frame.length ? Math.sqrt(sum / frame.length) : 0;
}
