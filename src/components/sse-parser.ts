/** One server-sent event: its `event` field (default "message") and its data lines joined by "\n". */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * An incremental parser for the `text/event-stream` format (WHATWG HTML, "Server-sent events"): feed it text
 * as it arrives, in chunks cut anywhere, and it returns the events completed so far. We parse by hand because
 * EventSource cannot send a POST body.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  /** A chunk ended on "\r": if the next one starts with "\n", that "\n" belongs to the same line break. */
  private pendingCr = false;

  /** Adds a chunk of decoded text; returns the events it completed. */
  push(chunk: string): SseMessage[] {
    let text = chunk;
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    this.buffer += text;
    const messages: SseMessage[] = [];
    const lineBreak = /\r\n|\r|\n/g;
    let start = 0;
    for (let match = lineBreak.exec(this.buffer); match; match = lineBreak.exec(this.buffer)) {
      if (match[0] === '\r' && match.index === this.buffer.length - 1) {
        this.pendingCr = true; // may be the first half of "\r\n"
      }
      const message = this.readLine(this.buffer.slice(start, match.index));
      if (message) messages.push(message);
      start = lineBreak.lastIndex;
    }
    this.buffer = this.buffer.slice(start);
    return messages;
  }

  /** The stream ended: an event without its closing blank line is dropped, as the standard says. */
  end(): void {
    this.buffer = '';
    this.event = '';
    this.data = [];
    this.pendingCr = false;
  }

  private readLine(line: string): SseMessage | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined; // a comment (keep-alive)
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    // `id` and `retry` matter only to EventSource's reconnection, which a POST cannot use
    return undefined;
  }

  private dispatch(): SseMessage | undefined {
    const message = this.data.length > 0 ? { event: this.event || 'message', data: this.data.join('\n') } : undefined;
    this.event = '';
    this.data = [];
    return message;
  }
}
