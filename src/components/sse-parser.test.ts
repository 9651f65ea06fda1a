import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser.ts';

// what POST /api/chat sends (hono's writeSSE), with a data line that holds a line break inside JSON text
const STREAM =
  'event: meta\ndata: {"type":"meta","sessionId":"s-1","messageId":"m-1","lang":"ja"}\n\n' +
  'event: delta\ndata: {"type":"delta","text":"大井町駅から近い避難所です。\\n"}\n\n' +
  ': keep-alive\n\n' +
  'event: done\ndata: {"type":"done","status":"answered"}\n\n';

describe('SseParser', () => {
  it('reads events whole, whatever the chunk boundaries', () => {
    const whole = new SseParser().push(STREAM);
    expect(whole.map((m) => m.event)).toEqual(['meta', 'delta', 'done']);
    expect(JSON.parse(whole[1]?.data ?? '')).toEqual({ type: 'delta', text: '大井町駅から近い避難所です。\n' });
    for (let cut = 1; cut < STREAM.length; cut++) {
      const parser = new SseParser();
      const events = [...parser.push(STREAM.slice(0, cut)), ...parser.push(STREAM.slice(cut))];
      expect(events, `cut at ${cut}`).toEqual(whole);
    }
  });

  it('reads one character at a time', () => {
    const parser = new SseParser();
    const events = [...STREAM].flatMap((char) => parser.push(char));
    expect(events.map((m) => m.event)).toEqual(['meta', 'delta', 'done']);
  });

  it('accepts CRLF and CR line breaks, also when a CRLF is split across chunks', () => {
    const crlf = 'event: delta\r\ndata: a\r\n\r\n';
    const parser = new SseParser();
    expect([...parser.push('event: delta\r'), ...parser.push('\ndata: a\r'), ...parser.push('\n\r'), ...parser.push('\n')]).toEqual([{ event: 'delta', data: 'a' }]);
    expect(new SseParser().push(crlf)).toEqual([{ event: 'delta', data: 'a' }]);
    expect(new SseParser().push('data: b\r\r')).toEqual([{ event: 'message', data: 'b' }]);
  });

  it('joins several data lines with a line break and keeps spaces after the first', () => {
    expect(new SseParser().push('data: one\ndata:  two\ndata\n\n')).toEqual([{ event: 'message', data: 'one\n two\n' }]);
  });

  it('dispatches nothing for an event without data or without its closing blank line', () => {
    const parser = new SseParser();
    expect(parser.push('event: ping\n\n')).toEqual([]);
    expect(parser.push('event: delta\ndata: cut')).toEqual([]);
    parser.end();
    expect(parser.push('\n\n')).toEqual([]);
  });
});
