import { httpStatusOf, errorMessageOf } from '../app-error.ts';
import type { Admission } from '../admission.ts';
import type { Logger } from 'pino';
import type WebSocket from 'ws';
import type { RawData } from 'ws';
import { pcmFromBytes } from '../../adapters/speech/audio/wav.ts';
import { ADMISSION, VOICE } from '../../config/tunables.ts';
import type { ErrorCode } from '../../core/domain-error.ts';
import { DEFAULT_LANG, type Lang } from '../../core/languages.ts';
import type { PipelineDeps } from '../../pipeline/context.ts';
import type { Step } from '../../pipeline/step.ts';
import { DomainError } from '../../core/domain-error.ts';
import { recognizeUtterance, type SpeechServices } from './speech-services.ts';
import type { RequestLimits, Requester } from '../request-limits.ts';
import { TokenBucket } from './token-bucket.ts';
import { type ClientMessage, clientMessageSchema, type StartMessage } from './voice-protocol.ts';
import { SlowClientError, VoiceSender } from './voice-sender.ts';
import { answerQuestion, speakText } from './voice-turn.ts';

export interface VoiceContext {
  deps: PipelineDeps;
  steps: readonly Step[];
  speech: SpeechServices;
  log: Logger;
  now?: () => number;
  /** VOICE.idleTimeoutSeconds, in milliseconds, unless a test wants it shorter. */
  idleTimeoutMs?: number;
  /** Bytes of utterance audio held by all connections (VOICE.maxBufferedAudioBytes), shared by the server. */
  audioHeld: { bytes: number };
  /** The HTTP API's limiter: every turn and reading counts against the client's address and session. */
  limits: RequestLimits;
  /** Who this connection's turns count against (its client address). */
  requester: Requester;
  /** The instance's concurrency limit: a turn takes a slot as an HTTP request does (absent: no limit). */
  admission?: Admission;
}

/** WebSocket close codes (RFC 6455, IANA): normal, policy violation, "service restart" (reconnect), "try again later". */
export const CLOSE = { normal: 1000, goingAway: 1001, policy: 1008, serviceRestart: 1012, tryLater: 1013 } as const;

/** The start message's schema fields whose errors have their own code (as in POST /api/chat). */
const CODE_BY_FIELD: Record<string, ErrorCode> = { lang: 'invalid_lang', sessionId: 'invalid_session', location: 'invalid_location' };

/**
 * One voice connection (docs/voice.md): its configuration from `start`, the utterance being recorded, the turn
 * being answered, and the limits. Bad messages get an `error` message and the connection goes on; only a
 * client that floods messages, stalls, or stays idle is disconnected.
 */
export class VoiceConnection {
  readonly sender: VoiceSender;
  private readonly socket: WebSocket;
  private readonly context: VoiceContext;
  private readonly fallbackLang: Lang;
  private readonly rate: TokenBucket;
  private readonly idleTimer: NodeJS.Timeout;
  private config?: StartMessage;
  private sessionId?: string;
  private utterance: Buffer[] = [];
  private utteranceBytes = 0;
  private overflowed = false;
  private turn?: AbortController;
  private closingAfterTurn = false;
  /** Set by the heartbeat; a connection whose last ping went unanswered is dropped. */
  alive = true;

  constructor(socket: WebSocket, context: VoiceContext, fallbackLang: Lang | undefined) {
    this.socket = socket;
    this.context = context;
    this.fallbackLang = fallbackLang ?? DEFAULT_LANG;
    this.sender = new VoiceSender(socket);
    this.rate = new TokenBucket(VOICE.maxMessagesPerSecond, VOICE.messageBurst, context.now);
    this.idleTimer = setTimeout(() => this.onIdle(), context.idleTimeoutMs ?? VOICE.idleTimeoutSeconds * 1000);
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.once('close', () => this.dispose());
  }

  /** Stops the turn (its engines are killed) and the timers. Safe to call more than once. */
  dispose(): void {
    clearTimeout(this.idleTimer);
    this.turn?.abort(new DOMException('the voice connection closed', 'AbortError'));
    this.turn = undefined;
    this.releaseAudio();
  }

  /**
   * The drain at SIGTERM: closes with 1012 ("service restart": the client reconnects, through the load balancer,
   * to another instance) now when no turn is running, else as soon as the running turn has been answered.
   */
  closeAfterTurn(): void {
    this.closingAfterTurn = true;
    if (!this.turn) this.socket.close(CLOSE.serviceRestart, 'server restarting');
  }

  private get lang(): Lang {
    return this.config?.lang ?? this.fallbackLang;
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (!this.rate.take()) {
      this.fail(new DomainError('rate_limited', { limitPerSecond: VOICE.maxMessagesPerSecond }));
      this.socket.close(CLOSE.policy, 'message rate exceeded');
      return;
    }
    this.idleTimer.refresh();
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    try {
      if (isBinary) this.onAudio(bytes);
      else this.onControl(parseControl(bytes));
    } catch (error) {
      this.fail(error);
    }
  }

  private onControl(message: ClientMessage): void {
    if (message.type === 'ping') return this.sender.json({ type: 'pong' });
    if (message.type === 'cancel') return this.cancel();
    if (this.turn) throw new DomainError('voice_busy');
    if (message.type === 'start') return this.start(message);
    if (!this.config) throw new DomainError('voice_not_started');
    if (message.type === 'end') return this.endUtterance();
    if (message.type === 'transcript') {
      return this.runTurn(async (signal) => {
        await this.admit();
        await this.answer(message.text, signal);
      });
    }
    const characters = [...message.text].length;
    if (characters > VOICE.maxSynthesisChars) throw new DomainError('text_too_long', { limit: VOICE.maxSynthesisChars });
    const lang = message.lang ?? this.lang;
    return this.runTurn(async (signal) => {
      await this.admit(characters);
      await speakText(message.text, lang, { sender: this.sender, signal, speech: this.context.speech, log: this.context.log });
    });
  }

  private start(message: StartMessage): void {
    this.config = message;
    this.sessionId = message.sessionId ?? this.sessionId;
    this.resetUtterance();
    this.sender.json({
      type: 'ready',
      lang: this.lang,
      sampleRate: message.sampleRate,
      recognition: this.context.speech.recognizer.supports(this.lang) ? 'server' : 'none',
      limits: { maxUtteranceSeconds: VOICE.maxUtteranceSeconds, maxFrameBytes: VOICE.maxFrameBytes, idleTimeoutSeconds: VOICE.idleTimeoutSeconds },
    });
  }

  private onAudio(frame: Buffer): void {
    if (!this.config) throw new DomainError('voice_not_started');
    if (this.turn) throw new DomainError('voice_busy');
    if (frame.length > VOICE.maxFrameBytes) throw new DomainError('audio_frame_too_large', { limit: VOICE.maxFrameBytes, bytes: frame.length });
    if (this.overflowed) return; // already refused: the rest of this utterance is dropped until `end`
    const limit = VOICE.maxUtteranceSeconds * this.config.sampleRate * 2;
    if (this.utteranceBytes + frame.length > limit) {
      this.overflowed = true;
      this.releaseAudio();
      throw new DomainError('audio_too_long', { limitSeconds: VOICE.maxUtteranceSeconds });
    }
    if (this.context.audioHeld.bytes + frame.length > VOICE.maxBufferedAudioBytes) {
      // the server as a whole holds too much audio: this utterance is dropped, the client may try again
      this.overflowed = true;
      this.releaseAudio();
      throw new DomainError('unavailable');
    }
    this.utterance.push(frame);
    this.utteranceBytes += frame.length;
    this.context.audioHeld.bytes += frame.length;
  }

  private endUtterance(): void {
    const { config } = this;
    if (!config) throw new DomainError('voice_not_started');
    const bytes = Buffer.concat(this.utterance);
    const overflowed = this.overflowed;
    this.resetUtterance();
    if (overflowed) return; // the client was told when it happened
    if (bytes.length === 0) throw new DomainError('speech_empty');
    const audio = { sampleRate: config.sampleRate, samples: pcmFromBytes(bytes) };
    this.runTurn(async (signal) => {
      await this.admit();
      const { text, decodeMs } = await recognizeUtterance(this.context.speech, audio, this.lang, signal);
      this.sender.json({ type: 'transcript', text, final: true, decodeMs: Math.round(decodeMs) });
      if (config.reply === 'transcript') this.sender.json({ type: 'done' });
      else await this.answer(text, signal);
    });
  }

  private async answer(question: string, signal: AbortSignal): Promise<void> {
    const config = this.config as StartMessage;
    const outcome = await answerQuestion({
      question,
      lang: config.lang,
      sessionId: this.sessionId,
      location: config.location,
      speak: config.speak,
      sender: this.sender,
      signal,
      ...this.context,
    });
    this.sessionId = outcome.sessionId ?? this.sessionId; // a conversation continues its session
  }

  /**
   * Counts a turn (recognition, answer) or a reading against the same limits as an HTTP request, per client
   * address and session, and a reading's characters against the synthesis cap. It runs inside the turn, so a
   * second message while it waits is `voice_busy`, as it is while the answer is written.
   */
  private async admit(synthesisCharacters?: number): Promise<void> {
    const { limits, requester } = this.context;
    const where = { path: '/api/voice', sessionId: this.sessionId };
    await limits.admit(requester, where);
    if (synthesisCharacters !== undefined) await limits.admitSynthesis(requester, synthesisCharacters, where);
  }

  /** Runs a turn (one at a time); in `turn` mode the connection closes after it. */
  private runTurn(work: (signal: AbortSignal) => Promise<void>): void {
    const { admission } = this.context;
    if (admission && !admission.tryAcquire()) throw new DomainError('overloaded', { retryAfterSeconds: ADMISSION.retryAfterSeconds });
    const controller = new AbortController();
    this.turn = controller;
    work(controller.signal)
      .then(
        () => {
          if (this.config?.mode === 'turn' && !controller.signal.aborted) this.socket.close(CLOSE.normal, 'turn complete');
        },
        (error: unknown) => {
          if (controller.signal.aborted) return; // cancelled, or the client went away: nothing to tell
          if (error instanceof SlowClientError) {
            this.context.log.warn({ err: error }, 'voice: client too slow to read the audio, disconnected');
            this.socket.terminate();
            return;
          }
          this.fail(error);
        },
      )
      .finally(() => {
        admission?.release();
        if (this.turn === controller) this.turn = undefined;
        if (this.closingAfterTurn) this.socket.close(CLOSE.serviceRestart, 'server restarting');
      });
  }

  /** Barge-in: the user spoke over the answer, or pressed stop. */
  private cancel(): void {
    this.turn?.abort(new DOMException('cancelled by the client', 'AbortError'));
    this.turn = undefined;
    this.resetUtterance();
    this.sender.json({ type: 'cancelled' });
  }

  private resetUtterance(): void {
    this.releaseAudio();
    this.overflowed = false;
  }

  private releaseAudio(): void {
    this.context.audioHeld.bytes -= this.utteranceBytes;
    this.utterance = [];
    this.utteranceBytes = 0;
  }

  private onIdle(): void {
    if (this.turn) {
      this.idleTimer.refresh(); // answering is not idling
      return;
    }
    this.fail(new DomainError('idle_timeout', { limitSeconds: VOICE.idleTimeoutSeconds }));
    this.socket.close(CLOSE.normal, 'idle');
  }

  /** An error message in the user's language; faults on our side are logged, never shown in detail. */
  private fail(error: unknown): void {
    const appError = error instanceof DomainError ? error : new DomainError('internal', undefined, { cause: error });
    if (httpStatusOf(appError) >= 500) this.context.log.error({ err: error }, 'voice turn failed');
    this.sender.json({ type: 'error', code: appError.code, message: errorMessageOf(appError, this.lang), ...appError.details });
  }
}

/** A text frame as a client message, or the DomainError that says what is wrong with it. */
function parseControl(bytes: Buffer): ClientMessage {
  if (bytes.length > VOICE.maxControlBytes) throw new DomainError('body_too_large', { limit: VOICE.maxControlBytes });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new DomainError('invalid_json', undefined, { cause: error });
  }
  const parsed = clientMessageSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  throw new DomainError(CODE_BY_FIELD[field] ?? 'invalid_request', { field: field || undefined });
}
