import { errorMessageOf } from '../app-error.ts';
import type { Logger } from 'pino';
import { AnswerSpeech } from '../../adapters/speech/text/answer-speech.ts';
import type { Lang } from '../../core/languages.ts';
import { ChatContext, type PipelineDeps } from '../../pipeline/context.ts';
import { runPipeline } from '../../pipeline/run-pipeline.ts';
import type { Status } from '../../core/status.ts';
import type { Step } from '../../pipeline/step.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { SpeechServices } from './speech-services.ts';
import { SpokenAnswer } from './spoken-answer.ts';
import type { VoiceSender } from './voice-sender.ts';

export interface QuestionTurn {
  question: string;
  /** The language the client chose; undefined: detected from the question, as in POST /api/chat. */
  lang?: Lang;
  sessionId?: string;
  location?: { lat: number; lon: number };
  /** False: text only. */
  speak: boolean;
  sender: VoiceSender;
  deps: PipelineDeps;
  steps: readonly Step[];
  speech: SpeechServices;
  signal: AbortSignal;
  log: Logger;
}

export interface TurnOutcome {
  sessionId?: string;
  lang: Lang;
  status: Status;
}

/**
 * Answers one question on a voice connection: the answer pipeline's events go out exactly as the chat's
 * server-sent events (meta, delta, sources), its sentences are spoken as they complete, and `done` follows the
 * last audio. When the client goes away (`signal`), synthesis stops and the pipeline is closed, which still runs
 * record-turn: the session keeps the question.
 */
export async function answerQuestion(turn: QuestionTurn): Promise<TurnOutcome> {
  const { sender, signal, speech } = turn;
  const startedAt = performance.now();
  const ctx = new ChatContext({ message: turn.question, sessionId: turn.sessionId, lang: turn.lang, location: turn.location }, turn.deps, signal);
  let lines: TimedLines | undefined;
  let spoken: SpokenAnswer | undefined;
  for await (const event of runPipeline(ctx, turn.steps)) {
    if (signal.aborted) break; // closes the pipeline: record-turn runs
    sender.json(event);
    if (event.type === 'meta' && turn.speak) {
      lines = new TimedLines(new AnswerSpeech(event.lang, speech.readingOf));
      spoken = new SpokenAnswer({ synthesizer: speech.synthesizer, sender, lang: event.lang, signal, startedAt });
    } else if (event.type === 'delta' && lines && spoken) {
      spoken.add(lines.push(event.text));
    }
  }
  signal.throwIfAborted();
  if (lines && spoken) {
    spoken.add(lines.flush());
    spoken.close();
    await finishSpeaking(spoken, ctx.lang, turn, { kind: 'answer', textMs: lines.ms });
  }
  sender.json({ type: 'done', status: ctx.status, ...(ctx.sessionStored ? {} : { sessionSaved: false }) });
  return { sessionId: ctx.session?.id, lang: ctx.lang, status: ctx.status };
}

/**
 * Waits for the last sentence to go out and counts the spoken answer. A synthesis failure costs the audio, not
 * the answer: the client gets `speech_unavailable` and the text it already has.
 */
type Speaking = Pick<QuestionTurn, 'sender' | 'signal' | 'speech' | 'log'>;

async function finishSpeaking(spoken: SpokenAnswer, lang: Lang, { sender, signal, speech, log }: Speaking, about: { kind: 'answer' | 'speak'; textMs: number }): Promise<void> {
  try {
    await spoken.done;
    speech.events.emit('speech', { kind: 'synthesis', lang, success: true });
    // where the wait for the first audio went: the pipeline, the speakable-text step, synthesis, sending
    log.info({ ...about, textMs: Math.round(about.textMs * 10) / 10, lang, engine: speech.synthesizer.name, ...spoken.timing() }, 'voice: spoken');
  } catch (error) {
    if (signal.aborted || !(error instanceof DomainError)) throw error;
    speech.events.emit('speech', { kind: 'synthesis', lang, success: false });
    log.warn({ err: error }, 'voice: the answer could not be spoken');
    sender.json({ type: 'error', code: error.code, message: errorMessageOf(error, lang) });
  }
}

/** Speaks a given text (the `speak` message): the page's own answers, read aloud. */
export async function speakText(text: string, lang: Lang, speaking: Speaking): Promise<void> {
  const { sender, signal, speech } = speaking;
  const spoken = new SpokenAnswer({ synthesizer: speech.synthesizer, sender, lang, signal });
  const lines = new TimedLines(new AnswerSpeech(lang, speech.readingOf));
  spoken.add([...lines.push(text), ...lines.flush()]);
  spoken.close();
  await finishSpeaking(spoken, lang, speaking, { kind: 'speak', textMs: lines.ms });
  sender.json({ type: 'done' });
}

/** The speakable-text step (AnswerSpeech), timed: milliseconds spent in it so far. */
class TimedLines {
  ms = 0;
  private readonly lines: AnswerSpeech;

  constructor(lines: AnswerSpeech) {
    this.lines = lines;
  }

  push(text: string): string[] {
    return this.time(() => this.lines.push(text));
  }

  flush(): string[] {
    return this.time(() => this.lines.flush());
  }

  private time(step: () => string[]): string[] {
    const started = performance.now();
    try {
      return step();
    } finally {
      this.ms += performance.now() - started;
    }
  }
}
