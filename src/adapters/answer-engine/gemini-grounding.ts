import { unavailable } from '../../resilience/failure-reason.ts';
import type { AnswerChunk } from './answer-engine.ts';
import { takeCitations } from './gemini-citations.ts';
import { findUngroundedFact, indexFacts } from './gemini-facts.ts';
import { createLeakCheck } from './gemini-leak.ts';
import type { GeminiPrompt } from './gemini-prompt.ts';
import { SentenceSplitter } from './gemini-sentences.ts';

/** What the Gemini stream gives: text as it comes, then how generation ended. */
export type GeminiPiece = { type: 'text'; text: string } | { type: 'end'; finishReason: string };

export interface GroundingHooks {
  /** Called when the answer repeats the system instruction (a security event). */
  onLeak?: () => void;
}

/**
 * Turns the model's text into a grounded answer, sentence by sentence: each sentence is released only once
 * its URLs, phone numbers and address numbers are found in the records and it does not repeat the system
 * instruction; its [S<n>] markers are mapped to the records' places and stripped. Sentences are held back
 * until the first one that cites a record, so an answer that cites nothing shows nothing.
 *
 * Throws DomainError `unavailable` (reason `ungrounded`, or `invalid_citation` when the only citations were
 * invented) at the first failing sentence, or at the end when nothing was cited: the caller replaces the rest
 * with the local answer. Sentences already released stay (they passed the checks).
 */
export async function* groundAnswer(pieces: AsyncIterable<GeminiPiece>, prompt: GeminiPrompt, hooks: GroundingHooks = {}): AsyncIterable<AnswerChunk> {
  const facts = indexFacts(prompt.facts);
  const leaks = createLeakCheck(prompt.systemInstruction, prompt.canary);
  const splitter = new SentenceSplitter();
  const cited: number[] = [];
  let invented = 0;
  let held = '';

  const check = (sentence: string): string => {
    if (leaks(sentence)) {
      hooks.onLeak?.();
      throw unavailable('gemini', 'ungrounded', 'the answer repeats the system instruction');
    }
    const citations = takeCitations(sentence, prompt.sources.length);
    const fact = findUngroundedFact(citations.text, facts);
    if (fact !== undefined) throw unavailable('gemini', 'ungrounded', 'a fact the records do not state');
    invented += citations.unknown;
    for (const n of citations.cited) if (!cited.includes(n)) cited.push(n);
    return toPlainText(citations.text);
  };
  const release = (sentence: string): string | undefined => {
    held += check(sentence);
    if (cited.length === 0) return undefined;
    const text = held;
    held = '';
    return text;
  };

  let finishReason: string | undefined;
  for await (const piece of pieces) {
    if (piece.type === 'end') {
      finishReason = piece.finishReason;
      break;
    }
    for (const sentence of splitter.push(piece.text)) {
      const text = release(sentence);
      if (text) yield { type: 'text', text };
    }
  }
  if (finishReason !== 'STOP' && finishReason !== 'MAX_TOKENS') {
    throw unavailable('gemini', 'error', `generation ended with ${finishReason ?? 'no finish reason'}`);
  }
  // a reply cut at the token limit ends in a half sentence: drop it rather than show it
  const rest = finishReason === 'STOP' ? splitter.flush() : '';
  if (rest.trim() !== '') {
    const text = release(rest);
    if (text) yield { type: 'text', text };
  }
  if (cited.length === 0) throw unavailable('gemini', invented > 0 ? 'invalid_citation' : 'ungrounded', 'the answer cites no record');
  yield { type: 'sources', ids: cited.map((n) => prompt.sources[n - 1]?.placeId ?? '').filter((id) => id !== '') };
}

/** Markdown the model may write despite the instruction, as the plain text it stands for. */
function toPlainText(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/`/g, '');
}
