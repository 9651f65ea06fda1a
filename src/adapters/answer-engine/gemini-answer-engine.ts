import { GoogleGenAI } from '@google/genai';
import { GEMINI } from '../../config/tunables.ts';
import { type OpsEvents, opsEvents } from '../../observability/events.ts';
import type { BreakerSettings } from '../../resilience/create-breaker.ts';
import { createStreamGuard, type StreamGuard } from '../../resilience/guard-stream.ts';
import type { AnswerChunk, AnswerEngine, AnswerRequest } from './answer-engine.ts';
import { type GeminiPiece, groundAnswer } from './gemini-grounding.ts';
import { buildGeminiPrompt } from './gemini-prompt.ts';
import { streamGeminiText } from './gemini-stream.ts';

export interface GeminiEngineOptions {
  apiKey: string;
  model: string;
  /** A proxy or regional endpoint (GEMINI_BASE_URL); the tests point it at a local double. */
  baseUrl?: string;
  /** The longest wait for the first text (GEMINI_FIRST_TOKEN_MS). */
  firstTokenMs?: number;
  /** A random token per process, written into the system instruction to detect leaks. */
  canary: string;
  events?: OpsEvents;
  /** Overrides of the breaker's design settings: tests and benchmarks only. */
  breaker?: Partial<BreakerSettings>;
}

/**
 * Answers with Gemini (the official @google/genai SDK), streamed, behind the `gemini` circuit breaker, and
 * grounded: the model sees only the retrieved records and cites them as [S<n>]; every sentence is checked
 * against the records before it is passed on (gemini-grounding.ts). Fails with DomainError `unavailable` (the
 * reason in its details) when the breaker is open, the call fails or is slow, or the answer is not grounded:
 * the pipeline then answers with the local engine.
 */
export class GeminiAnswerEngine implements AnswerEngine {
  readonly name = 'gemini';
  readonly guard: StreamGuard<GeminiPiece>;
  private readonly client: GoogleGenAI;
  private readonly model: string;
  private readonly canary: string;
  private readonly events: OpsEvents;

  constructor(options: GeminiEngineOptions) {
    this.client = new GoogleGenAI({ apiKey: options.apiKey, httpOptions: options.baseUrl ? { baseUrl: options.baseUrl } : undefined });
    this.model = options.model;
    this.canary = options.canary;
    this.events = options.events ?? opsEvents;
    this.guard = createStreamGuard<GeminiPiece>('gemini', {
      firstItemMs: options.firstTokenMs ?? GEMINI.firstTokenMs,
      events: this.events,
      settings: options.breaker,
    });
  }

  async *answer(request: AnswerRequest, signal: AbortSignal): AsyncIterable<AnswerChunk> {
    const prompt = buildGeminiPrompt(request, this.canary);
    if (prompt.withheld > 0) this.events.emit('security', { kind: 'record_injection_withheld', detail: { values: prompt.withheld, places: request.places.map(({ place }) => place.id) } });
    const pieces = this.guard.stream((callSignal) => streamGeminiText(this.client, this.model, prompt, callSignal), signal);
    yield* groundAnswer(pieces, prompt, {
      onLeak: () => this.events.emit('security', { kind: 'system_prompt_leak_blocked', detail: { engine: this.name, lang: request.lang } }),
    });
  }

  /** Stops the breaker's timers (server shutdown). */
  close(): void {
    this.guard.breaker.shutdown();
  }
}
