import type { Lang } from '../core/languages.ts';
import type { AnswerStatus, SourceView } from './chat-api.ts';

/** An answer that has finished streaming: what a voice control reads aloud. */
export interface CompletedAnswer {
  text: string;
  lang: Lang;
  status: AnswerStatus;
  messageId: string;
  sources: SourceView[];
}

/**
 * The slot for a microphone control (tap-to-talk, hands-free, spoken answers). `Chat` renders its
 * `voiceControl` component with these props inside the composer form, after the send button (its own row);
 * page.tsx fills it with `<Chat voiceControl={VoiceControl} />`. Nothing else needs to change.
 * Its buttons must be `type="button"`: the slot is inside the composer's <form>, where a plain button submits.
 */
export interface VoiceControlProps {
  /** The conversation language chosen by the user (send it to the recogniser and the synthesiser). */
  lang: Lang;
  /** True while an answer streams; `submit` refuses then. Stop listening, or wait for the next answer. */
  busy: boolean;
  /**
   * Sends a recognised transcript exactly as the send button sends typed text (same session, language and
   * location), but leaves the focus where it is. Returns false when refused (empty text, or an answer still streaming).
   */
  submit: (transcript: string) => boolean;
  /** Shows an interim transcript in the text box, so the user sees what was heard before it is sent. */
  showTranscript: (text: string) => void;
  /**
   * Subscribes to answers as they complete (after `done`), to speak them or to listen again hands-free.
   * Returns the unsubscribe function: call it from an effect's clean-up.
   */
  subscribeAnswers: (listener: (answer: CompletedAnswer) => void) => () => void;
}
