import { type GenerateContentConfig, type GoogleGenAI, ThinkingLevel } from '@google/genai';
import { GEMINI } from '../../config/tunables.ts';
import { unavailable } from '../../resilience/failure-reason.ts';
import type { GeminiPiece } from './gemini-grounding.ts';
import type { GeminiPrompt } from './gemini-prompt.ts';

/**
 * Thinking off or minimal, since the first words must come in under a second: Gemini 2.x turns it off with a
 * zero budget, Gemini 3 and later take a level (MINIMAL is their lowest).
 */
export function thinkingConfigFor(model: string): GenerateContentConfig['thinkingConfig'] {
  return /^gemini-(1|2)\./.test(model) ? { thinkingBudget: 0 } : { thinkingLevel: ThinkingLevel.MINIMAL };
}

/**
 * One streamed generation (`models/{model}:streamGenerateContent?alt=sse`): the text of each chunk as it
 * comes, then the finish reason. The SDK neither retries (no retryOptions) nor resumes (automaticContinuation
 * off): the circuit breaker decides what a failure means. A stream that ends without a finish reason was cut
 * and fails like an HTTP error.
 */
export async function* streamGeminiText(client: GoogleGenAI, model: string, prompt: GeminiPrompt, signal: AbortSignal): AsyncIterable<GeminiPiece> {
  const stream = await client.models.generateContentStream({
    model,
    contents: [{ role: 'user', parts: [{ text: prompt.userText }] }],
    config: {
      systemInstruction: prompt.systemInstruction,
      temperature: GEMINI.temperature,
      maxOutputTokens: GEMINI.maxOutputTokens,
      candidateCount: 1,
      thinkingConfig: thinkingConfigFor(model),
      automaticContinuation: false,
      // no request logging on Google's side for a public service's questions
      store: false,
      abortSignal: signal,
    },
  });
  let finishReason: string | undefined;
  for await (const chunk of stream) {
    const blocked = chunk.promptFeedback?.blockReason;
    if (blocked) {
      yield { type: 'end', finishReason: `PROMPT_${blocked}` };
      return;
    }
    const candidate = chunk.candidates?.[0];
    const text = (candidate?.content?.parts ?? [])
      .filter((part) => !part.thought)
      .map((part) => part.text ?? '')
      .join('');
    if (text !== '') yield { type: 'text', text };
    if (candidate?.finishReason) finishReason = candidate.finishReason;
  }
  if (!finishReason) throw unavailable('gemini', 'error', 'the stream ended without a finish reason');
  yield { type: 'end', finishReason };
}
