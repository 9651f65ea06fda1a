import type { Logger } from 'pino';
import type { AnswerEngine } from '../adapters/answer-engine/answer-engine.ts';
import type { SemanticSearch } from '../adapters/semantic/semantic-search.ts';
import type { Translator } from '../adapters/translation/translator.ts';
import type { Session } from '../core/session.ts';
import type { SessionStore } from '../adapters/session-store/session-store.ts';
import type { Lang } from '../core/languages.ts';
import type { OpsEvents } from '../observability/events.ts';
import { redactPersonalData } from '../observability/redact.ts';
import { neutraliseMarkup } from '../guardrails/neutralise-markup.ts';
import type { CorpusIndex } from '../retrieval/corpus-index.ts';
import type { RankedPlace } from '../core/chat.ts';
import type { Status } from '../core/status.ts';
import type { PipelineObserver } from '../core/turn-summary.ts';
import type { QuestionFrame } from '../core/question-frame.ts';

export interface ChatRequest {
  message: string;
  sessionId?: string;
  lang?: Lang;
  location?: { lat: number; lon: number };
  /** Accept-Language of the client, a last hint for the language. */
  acceptLanguage?: string;
  /**
   * A language answered through machine translation (`vi`, i18n/translation-languages.ts), chosen by the client
   * in place of `lang`: the page in that language. The question's own words still win.
   */
  translationLang?: string;
}

/** A turn in another language than the six (issue 17): translated, or not (no service, or it failed). */
export interface TurnTranslation {
  /** The user's language (BCP 47). */
  lang: string;
  /** The language the question was answered in. */
  pivot: Lang;
  /** `translated`: the question went through in the pivot language; `unavailable`: it could not be translated. */
  question: 'translated' | 'unavailable';
  /** Set by the answer's translation: whether the reader got it in their language. */
  answer?: 'translated' | 'untranslated';
}

/** What every step may use; built once at start. */
export interface PipelineDeps {
  index: CorpusIndex;
  sessions: SessionStore;
  /** The local grounded engine: always there, and the fallback of any other. */
  localEngine: AnswerEngine;
  /** The configured generator (Gemini), when there is one. */
  primaryEngine?: AnswerEngine;
  now: () => number;
  newId: () => string;
  /** Told about each step's duration and each turn's end (metrics, slow-step logs); none in unit tests. */
  observer?: PipelineObserver;
  /** Where fallbacks and guardrail hits are reported (the process-wide bus when absent). */
  events?: OpsEvents;
  /** For what an event cannot carry (why a generation failed); none in unit tests. */
  log?: Logger;
  /** Semantic retrieval (vector search), when configured: fused with the lexical retrieval (ADR 0010). */
  semantic?: SemanticSearch;
  /** Machine translation of questions in other languages and of their answers, when configured (ADR 0010). */
  translator?: Translator;
  /** The language such questions are translated into and answered in (TRANSLATION_PIVOT; English by default). */
  translationPivot?: Lang;
}

/** The state of one chat turn as it moves through the steps (GOV's answer-composition context). */
export class ChatContext {
  readonly request: ChatRequest;
  readonly deps: PipelineDeps;
  readonly signal: AbortSignal;
  readonly messageId: string;
  readonly timings: Record<string, number> = {};
  /** The question after normalisation (validate-input). Stays in this process: see `redactedMessage`. */
  message = '';
  lang: Lang = 'ja';
  /** The question is in a language the service does not speak (BCP 47): it is answered with the ones it does. */
  foreignLanguage?: string;
  /** Set when the question was in another language than the six (translate-question). */
  translation?: TurnTranslation;
  session!: Session;
  frame!: QuestionFrame;
  places: RankedPlace[] = [];
  /** How many places matched before the answer was cut to size. */
  matchedCount = 0;
  /** A list's every match, in retrieve's order, before the cut (what semantic fusion re-ranks). */
  candidates?: RankedPlace[];
  answer = '';
  sourceIds: string[] = [];
  /** The engine that wrote the answer. */
  engine = 'local';
  /**
   * False when the session store could not be read or written in time: the turn is answered without its
   * history and not recorded, and the client is told (`sessionSaved: false`; docs/adr/0008-redis-down.md).
   */
  sessionStored = true;
  private stoppedWith?: Status;
  private finalStatus?: Status;

  private redacted?: { from: string; text: string };

  /**
   * The question with personal data redacted and markup made inert: the only form sent to a model or stored in
   * the session (the logger redacts on its own).
   */
  get redactedMessage(): string {
    if (this.redacted?.from !== this.message) this.redacted = { from: this.message, text: neutraliseMarkup(redactPersonalData(this.message)) };
    return this.redacted.text;
  }

  constructor(request: ChatRequest, deps: PipelineDeps, signal: AbortSignal) {
    this.request = request;
    this.deps = deps;
    this.signal = signal;
    this.messageId = deps.newId();
  }

  /** Ends the run early: the remaining steps are skipped except those marked `always`. */
  stop(status: Status): void {
    this.stoppedWith = status;
    this.finalStatus = status;
  }

  get stopped(): boolean {
    return this.stoppedWith !== undefined;
  }

  /** Sets the outcome without stopping (compose still runs to say it). */
  setStatus(status: Status): void {
    this.finalStatus = status;
  }

  get status(): Status {
    return this.finalStatus ?? 'answered';
  }
}
