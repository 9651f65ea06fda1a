import { encodeWav } from '../../adapters/speech/audio/wav.ts';
import type { SpeechSynthesizer, SynthesisResult } from '../../adapters/speech/speech-synthesizer.ts';
import { splitFirstClause } from '../../adapters/speech/text/first-clause.ts';
import { VOICE } from '../../config/tunables.ts';
import type { Lang } from '../../core/languages.ts';
import type { VoiceSender } from './voice-sender.ts';

interface Sentence {
  text: string;
  work?: Promise<SynthesisResult>;
  /** How long its synthesis took (the engine, or the cache). */
  synthesisMs?: number;
}

/** Where the time to the first audio went (logged per spoken answer; bench/voice-latency.ts reads it). */
export interface FirstAudioTiming {
  /** Start of the turn → the first sentence to say known: the answer pipeline and the speakable-text step. */
  firstSentenceMs: number;
  /** Its synthesis, from when it was asked for. */
  synthesisMs: number;
  /** Encoding it as WAV, waiting for room in the socket, handing it to the socket. */
  sendMs: number;
  /** Start of the turn → the first audio handed to the socket. */
  firstAudioMs: number;
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
  private readonly startedAt: number;
  private firstSentenceAt?: number;
  private firstSendMs?: number;
  /** When the first audio chunk went out. */
  private firstAudioAt?: number;

  /** `startedAt`: when the turn began (performance.now()), for the timing. */
  constructor(options: { synthesizer: SpeechSynthesizer; sender: VoiceSender; lang: Lang; signal: AbortSignal; startedAt?: number }) {
    this.synthesizer = options.synthesizer;
    this.sender = options.sender;
    this.lang = options.lang;
    this.signal = options.signal;
    this.startedAt = options.startedAt ?? performance.now();
    this.done = this.run();
    // whoever awaits `done` gets the failure; until then it must not count as unhandled
    this.done.catch(() => undefined);
  }

  /** Queues sentences to say; the very first is said in two chunks when it has a first clause (first-clause.ts). */
  add(sentences: readonly string[]): void {
    const [first, ...rest] = sentences;
    if (first === undefined) return;
    const opening = this.queue.length === 0 ? splitFirstClause(first, this.lang, VOICE.firstClauseMinWeight) : [first];
    this.firstSentenceAt ??= performance.now();
    for (const text of [...opening, ...rest]) this.queue.push({ text });
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
      const sending = performance.now();
      await this.sender.audio(encodeWav(pcm), pcm.sampleRate, sentence.text, this.signal);
      if (this.firstAudioAt === undefined) {
        this.firstAudioAt = performance.now();
        this.firstSendMs = this.firstAudioAt - sending;
      }
      this.next += 1;
    }
  }

  /** Where the time to the first audio went; undefined before it went out. */
  timing(): FirstAudioTiming | undefined {
    const first = this.queue[0];
    if (this.firstAudioAt === undefined || this.firstSentenceAt === undefined || first?.synthesisMs === undefined) return undefined;
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      firstSentenceMs: round(this.firstSentenceAt - this.startedAt),
      synthesisMs: round(first.synthesisMs),
      sendMs: round(this.firstSendMs ?? 0),
      firstAudioMs: round(this.firstAudioAt - this.startedAt),
    };
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
    // the first chunk is synthesised and sent alone: on a small machine, the sentences after it (and the start of
    // their engine processes) would take CPU from the one the listener is waiting for
    const ahead = this.firstAudioAt === undefined ? 0 : VOICE.synthesisLookahead;
    const end = Math.min(this.queue.length, this.next + 1 + ahead);
    for (let i = this.next; i < end; i += 1) {
      const sentence = this.queue[i] as Sentence;
      if (sentence.work) continue;
      const asked = performance.now();
      sentence.work = this.synthesizer.synthesize({ text: sentence.text, lang: this.lang }, this.signal);
      // awaited in order by run(); until then a failure must not count as unhandled
      sentence.work.then(
        () => {
          sentence.synthesisMs = performance.now() - asked;
        },
        () => undefined,
      );
    }
  }
}
