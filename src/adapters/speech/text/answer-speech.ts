import { VOICE } from '../../../config/tunables.ts';
import type { Lang } from '../../../core/languages.ts';
import { type ReadingOf, speakableLine, splitSentences } from './speakable-text.ts';

/**
 * Turns an answer's text, as it streams in, into the sentences to synthesise, in order: a line is said once it is
 * complete (the rules of speakableLine need the whole line: an indented detail line is only known by its start).
 */
export class AnswerSpeech {
  private buffer = '';
  private readonly lang: Lang;
  private readonly readingOf?: ReadingOf;

  constructor(lang: Lang, readingOf?: ReadingOf) {
    this.lang = lang;
    this.readingOf = readingOf;
  }

  /** Adds streamed text; returns the sentences of the lines it completed. */
  push(text: string): string[] {
    this.buffer += text;
    const end = this.buffer.lastIndexOf('\n');
    if (end < 0) return [];
    const complete = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end + 1);
    return this.sentencesOf(complete);
  }

  /** The answer is complete: the sentences of its last line. */
  flush(): string[] {
    const rest = this.buffer;
    this.buffer = '';
    return this.sentencesOf(rest);
  }

  private sentencesOf(text: string): string[] {
    return text.split('\n').flatMap((line) => {
      const spoken = speakableLine(line, this.lang, this.readingOf);
      return spoken ? splitSentences(spoken, VOICE.maxSentenceChars) : [];
    });
  }
}

/** A whole text's sentences to synthesise (POST /api/speech/synthesize, the `speak` message). */
export function sentencesToSpeak(text: string, lang: Lang, readingOf?: ReadingOf): string[] {
  const speech = new AnswerSpeech(lang, readingOf);
  return [...speech.push(text), ...speech.flush()];
}
