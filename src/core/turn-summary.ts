import type { Lang } from './languages.ts';
import type { Status } from './status.ts';

/** One chat turn in a few fields: what observability counts and logs, without knowing the pipeline. */
export interface TurnSummary {
  messageId: string;
  status: Status;
  lang: Lang;
  /** The engine that wrote the answer (`local`, `gemini`). */
  engine: string;
  /** The session, once the turn opened or continued one; absent when the input was refused first. */
  sessionId?: string;
  /** `new`: the turn opened its session; `returning`: it continued one. Absent before a session. */
  userType?: 'new' | 'returning';
  /** How many records the answer cites. */
  sources: number;
  /** Milliseconds per step, rounded to 0.1. */
  timings: Record<string, number>;
  /** The question after normalisation (the logger redacts it like every line). */
  question: string;
  /**
   * The fields of the question frame the question filled (values, never text of the question): logged with
   * every turn, so that misunderstandings can be counted (intent × attribute × scope).
   */
  frame?: FrameSummary;
}

/** A question frame in a log line: what was understood, with no words of the question. */
export interface FrameSummary {
  intent: string;
  topic?: string;
  attribute?: string;
  filters?: string[];
  scope?: string;
  decline?: string;
  places?: number;
  inherited?: string[];
}

/**
 * Watches the pipeline without the runner knowing what it does with it (observability/pipeline-observer.ts
 * counts and logs). Its methods must not throw: they run inside the turn.
 */
export interface PipelineObserver {
  /**
   * A step finished after `ms` milliseconds; `sessionId` is the turn's session as far as it is known (the
   * server-made id the client sent, before load-session).
   */
  stepTimed(step: string, ms: number, sessionId: string | undefined): void;
  /** The turn is over: every step ran or was skipped, the `always` steps included, even after an error. */
  turnEnded(turn: TurnSummary): void;
}
