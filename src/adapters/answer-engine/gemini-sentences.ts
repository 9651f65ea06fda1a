import { LEADING_MARKER, MARKER_PREFIX } from './gemini-citations.ts';

// 。！？ end a sentence; . ? ! do when a letter precedes them and space follows ("1. " is a list number, and
// "?mlat=" is inside a URL); a line break ends a line
const END = /[。！？]|(?<=[^\d\s])[.?!](?=\s)|\n/g;

/**
 * Cuts streamed text into whole sentences, so each can be checked before it is shown. A sentence keeps the
 * source markers that follow its full stop ("…です。[S1]") and the spaces or line break after it; when the
 * text so far ends where a marker may still follow, the sentence waits for more text.
 */
export class SentenceSplitter {
  private buffer = '';

  /** Adds text; returns the sentences it completed. */
  push(text: string): string[] {
    this.buffer += text;
    return this.drain();
  }

  /** The rest, once the stream has ended (may be an unfinished sentence). */
  flush(): string {
    const rest = this.buffer;
    this.buffer = '';
    return rest;
  }

  private drain(): string[] {
    const sentences: string[] = [];
    for (;;) {
      const cut = this.nextCut();
      if (cut === undefined) return sentences;
      sentences.push(this.buffer.slice(0, cut));
      this.buffer = this.buffer.slice(cut);
    }
  }

  /** Where the first complete sentence ends, or undefined when none is complete yet. */
  private nextCut(): number | undefined {
    END.lastIndex = 0;
    const end = END.exec(this.buffer);
    if (!end) return undefined;
    let cut = end.index + end[0].length;
    if (end[0] !== '\n') {
      let rest = this.buffer.slice(cut);
      for (let marker = LEADING_MARKER.exec(rest); marker; marker = LEADING_MARKER.exec(rest)) {
        cut += marker[0].length;
        rest = this.buffer.slice(cut);
      }
      if (MARKER_PREFIX.test(rest)) return undefined; // a marker may still be on its way
      cut += /^[ \t]*\n?/.exec(rest)?.[0].length ?? 0;
    }
    return cut;
  }
}
