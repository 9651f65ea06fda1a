/** One server-sent event of POST /api/chat, parsed, with when it arrived (performance.now()). */
export interface ReceivedEvent {
  event: string;
  data: Record<string, unknown>;
  at: number;
}

/** POSTs a chat question asking for server-sent events and reads every event until the stream ends. */
export async function chatEvents(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; events: ReceivedEvent[] }> {
  const response = await fetch(`${baseUrl}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(body),
  });
  const events: ReceivedEvent[] = [];
  if (!response.body) return { status: response.status, headers: response.headers, events };
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += decoder.decode(read.value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.replace(/^data: ?/, ''))
        .join('\n');
      if (data) events.push({ event, data: JSON.parse(data) as Record<string, unknown>, at: performance.now() });
    }
  }
  return { status: response.status, headers: response.headers, events };
}

/** The answer text of a stream: its deltas joined. */
export function textOf(events: ReceivedEvent[]): string {
  return events
    .filter((e) => e.event === 'delta')
    .map((e) => String(e.data.text))
    .join('');
}
