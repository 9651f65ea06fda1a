import type { Lang } from '../../core/languages.ts';
import { browserRecognitionSupported, recogniseInBrowser } from './browser-recognition.ts';
import { Microphone, MicrophoneError } from './microphone.ts';
import { SpeechEndpoints } from './speech-endpoints.ts';
import { SpeechPlayer } from './speech-player.ts';
import type { ReadyMessage, ServerMessage } from './voice-messages.ts';
import { VoiceSocket, voiceUrl } from './voice-socket.ts';
import { VOICE_STRINGS } from './voice-strings.ts';

export type VoiceState = 'idle' | 'listening' | 'thinking' | 'speaking';

export interface VoiceSessionEvents {
  state: (state: VoiceState) => void;
  /** What was heard: interim text while the browser recognises, then the final question. */
  transcript: (text: string, final: boolean) => void;
  /** A message for the user, already in their language (empty: clear it). */
  notice: (text: string) => void;
}

const FRAME_MS = 20;
/** Audio kept from before speech was confirmed, so the first syllable is not cut. */
const PRE_ROLL_FRAMES = 15;

/**
 * The voice dialogue of the page, without React: microphone → end-of-speech detection → /api/voice (the server
 * recognises; the question then goes through the page's own chat path) → the answer read aloud by the server's
 * voice → in hands-free mode, listening again, and barge-in (speaking stops the reading). Languages the server
 * cannot recognise use the browser's own recogniser when it has one.
 */
export class VoiceSession {
  lang: Lang;
  handsFree = false;
  private readonly events: VoiceSessionEvents;
  private readonly url?: string;
  private state: VoiceState = 'idle';
  private socket?: VoiceSocket;
  private ready?: Promise<ReadyMessage>;
  private readyLang?: Lang;
  private readonly microphone = new Microphone();
  private readonly endpoints = new SpeechEndpoints({ frameMs: FRAME_MS });
  private readonly player: SpeechPlayer;
  private preRoll: Int16Array[] = [];
  private streaming = false;
  private capturing = false;
  private speakDone = false;
  private awaitingSpeech = false;
  /** `cancel`s sent and not yet answered: audio still arriving from the reading they stopped is not played. */
  private cancelsPending = 0;
  private recognitionDone = false;
  private stopBrowserRecognition?: () => void;
  private resolveReady?: (message: ReadyMessage) => void;

  constructor(lang: Lang, events: VoiceSessionEvents, url?: string) {
    this.lang = lang;
    this.events = events;
    this.url = url;
    this.player = new SpeechPlayer(() => this.onPlayerIdle());
  }

  /** Starts listening for one question. Call it from the tap: it also unlocks audio output. */
  async listen(): Promise<void> {
    this.player.unlock();
    this.events.notice('');
    this.setState('thinking');
    let ready: ReadyMessage;
    try {
      ready = await this.connect();
    } catch (error) {
      console.warn('voice connection failed', error);
      return this.fail(VOICE_STRINGS[this.lang].connectionLost);
    }
    if (ready.recognition === 'none') return this.listenInBrowser();
    try {
      await this.microphone.start((frame) => this.onFrame(frame));
    } catch (error) {
      console.warn('the microphone did not start', error);
      const reason = error instanceof MicrophoneError ? error.reason : 'unavailable';
      return this.fail(reason === 'denied' ? VOICE_STRINGS[this.lang].micDenied : VOICE_STRINGS[this.lang].micUnavailable);
    }
    this.endpoints.reset();
    this.preRoll = [];
    this.streaming = false;
    this.capturing = true;
    this.setState('listening');
  }

  /** The user tapped again while listening: the question is complete, send it now. */
  finishUtterance(): void {
    if (this.stopBrowserRecognition) {
      this.stopBrowserRecognition();
      this.stopBrowserRecognition = undefined;
      return this.setState('idle');
    }
    if (this.state !== 'listening') return;
    if (!this.streaming) {
      for (const frame of this.preRoll) this.socket?.sendAudio(frame);
    }
    this.endUtterance();
  }

  /** Reads an answer aloud with the server's voice. */
  async speak(text: string, lang: Lang): Promise<void> {
    try {
      await this.connect();
    } catch (error) {
      console.warn('voice connection failed', error);
      return this.fail(VOICE_STRINGS[this.lang].connectionLost);
    }
    this.speakDone = false;
    this.awaitingSpeech = true;
    this.socket?.speak(text, lang);
    this.setState('thinking');
    if (this.handsFree) this.armBargeIn();
  }

  /** Stops the reading (the stop button, or barge-in). */
  stopSpeaking(): void {
    this.cancelReading();
    if (this.state === 'speaking' || this.state === 'thinking') this.setState('idle');
  }

  /** Everything off: microphone released, reading stopped, back to idle (the connection stays for next time). */
  stop(): void {
    this.stopBrowserRecognition?.();
    this.stopBrowserRecognition = undefined;
    this.stopSpeaking();
    this.releaseMicrophone();
    this.setState('idle');
  }

  dispose(): void {
    this.stop();
    this.player.close();
    this.socket?.close();
    this.socket = undefined;
  }

  /** The connection, opened on first use and re-configured when the language changed. */
  private connect(): Promise<ReadyMessage> {
    if (this.socket?.open && this.ready && this.readyLang === this.lang) return this.ready;
    this.readyLang = this.lang;
    this.ready = (async () => {
      if (!this.socket?.open) {
        this.socket = await VoiceSocket.connect(voiceUrl(this.url), {
          onMessage: (message) => this.onMessage(message),
          onAudio: (wav) => this.onAudio(wav),
          onClose: () => {
            this.socket = undefined;
            this.cancelsPending = 0;
            this.ready = undefined;
          },
        });
      }
      const ready = new Promise<ReadyMessage>((resolve) => {
        this.resolveReady = resolve;
      });
      this.socket.start({ lang: this.lang, sampleRate: 16_000, mode: 'conversation', reply: 'transcript' });
      return ready;
    })();
    return this.ready;
  }

  private onMessage(message: ServerMessage): void {
    if (message.type === 'ready') {
      this.resolveReady?.(message);
      this.resolveReady = undefined;
    } else if (message.type === 'transcript') {
      // in reply: 'transcript' mode the server ends a recognition with `done` right after the transcript
      if (message.final) this.recognitionDone = true;
      this.events.transcript(message.text, message.final);
    } else if (message.type === 'cancelled') {
      this.cancelsPending = Math.max(0, this.cancelsPending - 1);
    } else if (message.type === 'done' && this.recognitionDone) {
      this.recognitionDone = false;
    } else if (message.type === 'done' && this.awaitingSpeech) {
      this.awaitingSpeech = false;
      this.speakDone = true;
      if (!this.player.playing) this.onPlayerIdle();
    } else if (message.type === 'error') {
      this.awaitingSpeech = false;
      if (this.handsFree && message.code === 'speech_empty') void this.listen();
      else this.fail(message.message);
    }
  }

  private onAudio(wav: ArrayBuffer): void {
    // stopped or barged in: what is still arriving from that reading is not played
    if (this.cancelsPending > 0 || this.state === 'listening') return;
    // (the state first, then the sound: a reading's first chunk never starts before it is said to be speaking)
    this.setState('speaking');
    this.player.enqueue(wav);
  }

  private onFrame(frame: Int16Array): void {
    if (!this.capturing) return;
    const event = this.endpoints.push(frame);
    // the frames from just before speech was confirmed are its first syllable, also when it barges in
    if (!this.streaming) {
      this.preRoll.push(frame);
      if (this.preRoll.length > PRE_ROLL_FRAMES) this.preRoll.shift();
    }
    // speaking over the answer, or over the wait for its first words, stops it
    if (event === 'speech-start' && (this.state === 'speaking' || this.awaitingSpeech)) this.bargeIn();
    if (this.state !== 'listening') {
      // a long reading outlasts the endpointer's wait: go on listening for the user to speak over it
      if (event === 'no-speech') this.endpoints.reset();
      return;
    }
    if (event === 'speech-start') {
      for (const early of this.preRoll) this.socket?.sendAudio(early);
      this.preRoll = [];
      this.streaming = true;
    } else if (this.streaming) this.socket?.sendAudio(frame);
    if (event === 'speech-end') {
      this.endUtterance();
    } else if (event === 'no-speech') {
      if (this.handsFree) this.endpoints.reset();
      else this.fail(VOICE_STRINGS[this.lang].heardNothing);
    }
  }

  private endUtterance(): void {
    this.socket?.end();
    this.streaming = false;
    if (!this.handsFree) this.releaseMicrophone();
    this.setState('thinking');
  }

  /** Hands-free: while the answer is read, the microphone listens for the user speaking over it. */
  private armBargeIn(): void {
    this.endpoints.reset();
    this.capturing = this.microphone.running;
  }

  /** The user spoke over the answer: it stops at once, and what they say is the next question. */
  private bargeIn(): void {
    this.cancelReading();
    this.setState('listening');
  }

  /** Silences the reading now and asks the server to stop synthesising it. */
  private cancelReading(): void {
    this.player.stop();
    if (this.socket?.open) {
      this.socket.cancel();
      this.cancelsPending += 1;
    }
    this.speakDone = false;
    this.awaitingSpeech = false;
  }

  private onPlayerIdle(): void {
    if (!this.speakDone || (this.state !== 'speaking' && this.state !== 'thinking')) return;
    this.speakDone = false;
    if (this.handsFree) void this.listen();
    else this.setState('idle');
  }

  private listenInBrowser(): void {
    if (!browserRecognitionSupported()) return this.fail(VOICE_STRINGS[this.lang].noRecognition);
    this.setState('listening');
    this.stopBrowserRecognition = recogniseInBrowser(this.lang, {
      interim: (text) => this.events.transcript(text, false),
      final: (text) => {
        this.stopBrowserRecognition = undefined;
        if (!text) return this.fail(VOICE_STRINGS[this.lang].heardNothing);
        this.setState('thinking');
        this.events.transcript(text, true);
      },
      failed: (error) => {
        this.stopBrowserRecognition = undefined;
        this.fail(error === 'not-allowed' ? VOICE_STRINGS[this.lang].micDenied : VOICE_STRINGS[this.lang].heardNothing);
      },
    });
  }

  private releaseMicrophone(): void {
    this.capturing = false;
    this.microphone.stop();
  }

  private fail(notice: string): void {
    this.releaseMicrophone();
    this.events.notice(notice);
    this.setState('idle');
  }

  private setState(state: VoiceState): void {
    if (state === this.state) return;
    this.state = state;
    this.events.state(state);
  }
}
