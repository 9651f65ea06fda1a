import { encodeWav } from '../../adapters/speech/audio/wav.ts';
import type { SpeechSynthesizer, SynthesisResult } from '../../adapters/speech/speech-synthesizer.ts';
import { VOICE } from '../../config/tunables.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { VoiceSender } from './voice-sender.ts';

interface Sentence {
  text: string;
  work?: Promise<SynthesisResult>;
}

/**
 * Speaks sentences in order as they arrive: each is synthesised (at most VOICE.synthesisLookahead ahead of the
 * one being sent, so a slow client pauses synthesis) and sent as soon as it is ready and the socket has room.
 * `done` resolves when every sentence was sent, or rejects with the first failure (the abort of `signal` among them).
 */
export class SpokenAnswer {
  readonly done: Promise<void>;
  private readonly synthesizer: SpeechSynthesizer;
  private readonly sender: VoiceSender;
  private readonly lang: Lang;
  private readonly signal: AbortSignal;
  private readonly queue: Sentence[] = [];
  private next = 0;
  private closed = false;
  private wake?: () => void;
  private firstReady = false;
  /** When the first audio chunk went out (for the Server-Timing-like `firstAudioMs` in logs and the benchmark). */
  firstAudioAt?: number;

  constructor(options: { synthesizer: SpeechSynthesizer; sender: VoiceSender; lang: Lang; signal: AbortSignal }) {
    this.synthesizer = options.synthesizer;
    this.sender = options.sender;
    this.lang = options.lang;
    this.signal = options.signal;
    this.done = this.run();
    // whoever awaits `done` gets the failure; until then it must not count as unhandled
    this.done.catch(() => undefined);
  }

  /** Queues sentences to say. */
  add(sentences: readonly string[]): void {
    if (sentences.length === 0) return;
    for (const text of sentences) this.queue.push({ text });
    this.startAhead();
    this.wake?.();
  }

  /** No more sentences will come. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    for (;;) {
      this.signal.throwIfAborted();
      const sentence = this.queue[this.next];
      if (!sentence) {
        if (this.closed) return;
        await this.nextSentence();
        continue;
      }
      this.startAhead();
      const pcm = await (sentence.work as Promise<SynthesisResult>);
      this.firstReady = true;
      this.startAhead();
      await this.sender.audio(encodeWav(pcm), pcm.sampleRate, sentence.text, this.signal);
      this.firstAudioAt ??= performance.now();
      this.next += 1;
    }
  }

  /** Waits until a sentence is added, the queue is closed, or the signal aborts. */
  private nextSentence(): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = () => {
        this.signal.removeEventListener('abort', wake);
        this.wake = undefined;
        resolve();
      };
      this.wake = wake;
      this.signal.addEventListener('abort', wake, { once: true });
    });
  }

  private startAhead(): void {
    // the first sentence is synthesised alone: on a small machine, the sentences after it would take CPU from the
    // one the listener is waiting for
    const ahead = this.firstAudioAt === undefined && !this.firstReady ? 0 : VOICE.synthesisLookahead;
    const end = Math.min(this.queue.length, this.next + 1 + ahead);
    for (let i = this.next; i < end; i += 1) {
      const sentence = this.queue[i] as Sentence;
      if (sentence.work) continue;
      sentence.work = this.synthesizer.synthesize({ text: sentence.text, lang: this.lang }, this.signal);
      // awaited in order by run(); until then a failure must not count as unhandled
      sentence.work.catch(() => undefined);
    }
  }
}
