import { once } from 'node:events';
import type { Socket } from 'node:net';
import fc from 'fast-check';
import WebSocket from 'ws';
import { VOICE } from '../../src/config/tunables.ts';
import { LANGS } from '../../src/core/languages.ts';
import { invalidUtf8, nastyString } from './byte-arbitraries.ts';
import { longText } from './http-fuzz.ts';
import { errorShapeProblems } from './documented-errors.ts';

/** One thing a client does on the voice socket. */
export type VoiceAction =
  | { kind: 'text'; text: string }
  | { kind: 'text-bytes'; bytes: Uint8Array }
  | { kind: 'binary'; bytes: Uint8Array }
  | { kind: 'wait'; ms: number };

/** How the client leaves: a close handshake, a dropped connection, or a frame cut off half-way. */
export type VoiceEnding = 'close' | 'drop' | 'mid-message';

export interface VoiceCase {
  actions: VoiceAction[];
  ending: VoiceEnding;
}

const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyString());
const start = fc.record(
  {
    type: fc.constant('start'),
    lang: fc.oneof(fc.constantFrom(...LANGS), anyValue),
    sessionId: fc.oneof(fc.constantFrom('fuzz-session-000001', '../x'), anyValue),
    sampleRate: fc.oneof(fc.constantFrom(...VOICE.acceptedSampleRates), fc.integer(), anyValue),
    mode: fc.oneof(fc.constantFrom('turn', 'conversation'), anyValue),
    reply: fc.oneof(fc.constantFrom('answer', 'transcript'), anyValue),
    speak: fc.oneof(fc.boolean(), anyValue),
    location: fc.oneof(fc.record({ lat: fc.double(), lon: fc.double() }), anyValue),
  },
  { requiredKeys: ['type'] },
);

/** Control messages: each type with right, wrong and nasty fields, unknown types, JSON that is not an object. */
const control = fc.oneof(
  { weight: 3, arbitrary: start },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('transcript'), text: fc.oneof(nastyString(300), anyValue) }, { requiredKeys: ['type'] }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('speak'), text: fc.oneof({ weight: 30, arbitrary: nastyString(120) }, { weight: 1, arbitrary: longText }, { weight: 10, arbitrary: anyValue }), lang: fc.oneof(fc.constantFrom(...LANGS), anyValue) }, { requiredKeys: ['type'] }) },
  { weight: 2, arbitrary: fc.constantFrom({ type: 'end' }, { type: 'cancel' }, { type: 'ping' }) },
  { weight: 1, arbitrary: fc.record({ type: anyValue }) },
  { weight: 1, arbitrary: anyValue },
);

const action: fc.Arbitrary<VoiceAction> = fc.oneof(
  { weight: 6, arbitrary: control.map((message) => ({ kind: 'text' as const, text: JSON.stringify(message) ?? 'null' })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 100 }).map((text) => ({ kind: 'text' as const, text })) },
  { weight: 1, arbitrary: fc.integer({ min: VOICE.maxControlBytes - 16, max: VOICE.maxControlBytes * 3 }).map((n) => ({ kind: 'text' as const, text: `{"type":"transcript","text":"${'x'.repeat(n)}"}` })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((n) => ({ kind: 'text' as const, text: `${'['.repeat(n)}${']'.repeat(n)}` })) },
  { weight: 1, arbitrary: invalidUtf8.map((bytes) => ({ kind: 'text-bytes' as const, bytes: new Uint8Array([...Buffer.from('{"type":"transcript","text":"'), ...bytes, ...Buffer.from('"}')]) })) },
  { weight: 3, arbitrary: fc.oneof(fc.uint8Array({ maxLength: 4_000 }), fc.integer({ min: VOICE.maxFrameBytes - 8, max: VOICE.maxFrameBytes + 8 }).map((n) => new Uint8Array(n))).map((bytes) => ({ kind: 'binary' as const, bytes })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }).map((ms) => ({ kind: 'wait' as const, ms })) },
);

/** A connection's life: up to 8 actions, then one of the three ways to leave. */
export const voiceCase: fc.Arbitrary<VoiceCase> = fc.record({ actions: fc.array(action, { minLength: 1, maxLength: 8 }), ending: fc.constantFrom<VoiceEnding>('close', 'drop', 'mid-message') });

/** Close codes the server may use (RFC 6455): normal, going away, none, bad UTF-8, policy, too big, try later. */
const EXPECTED_CLOSES = new Set([1000, 1001, 1005, 1006, 1007, 1008, 1009, 1013]);
const SERVER_TYPES = new Set(['ready', 'transcript', 'meta', 'delta', 'sources', 'done', 'audio', 'cancelled', 'pong', 'error']);

export interface VoiceOutcome {
  hung?: boolean;
  problems: string[];
}

/**
 * Plays one case on a fresh connection and checks what came back: every text message JSON of a known type, every
 * error in the documented shape (no `internal`), close codes of the protocol only, the whole case within the
 * deadline. A connection refused at once (too many from this address) is not a failure.
 */
export async function runVoiceCase(url: string, kase: VoiceCase, documented: Map<string, number>, deadlineMs: number): Promise<VoiceOutcome> {
  const problems: string[] = [];
  const ws = new WebSocket(url);
  ws.on('error', () => undefined); // a refused or dropped connection shows in its close code, checked below
  const closed = once(ws, 'close').then(([code]) => code as number);
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    let message: { type?: unknown; code?: unknown };
    try {
      message = JSON.parse(String(data)) as { type?: unknown };
    } catch {
      problems.push(`a text message that is not JSON: ${String(data).slice(0, 100)}`);
      return;
    }
    if (!SERVER_TYPES.has(String(message.type))) problems.push(`unknown message type ${String(message.type)}`);
    if (message.type === 'error') {
      problems.push(...errorShapeProblems({ error: message }, undefined, documented, false));
      if (message.code === 'internal') problems.push('an internal error');
    }
  });
  const deadline = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), deadlineMs).unref());
  const played = (async () => {
    const opened = await Promise.race([once(ws, 'open').then(() => true), closed.then(() => false)]);
    if (!opened) return;
    for (const step of kase.actions) {
      if (ws.readyState !== ws.OPEN) break;
      if (step.kind === 'wait') await new Promise((resolve) => setTimeout(resolve, step.ms));
      else if (step.kind === 'binary') ws.send(step.bytes, { binary: true });
      else ws.send(step.kind === 'text' ? step.text : Buffer.from(step.bytes), { binary: false });
    }
    leave(ws, kase.ending);
    const code = await closed;
    if (!EXPECTED_CLOSES.has(code)) problems.push(`closed with ${code}`);
  })();
  const result = await Promise.race([played, deadline]);
  if (result === 'hung') {
    ws.terminate();
    return { hung: true, problems: [...problems, `the case did not end within ${deadlineMs} ms`] };
  }
  return { problems };
}

function leave(ws: WebSocket, ending: VoiceEnding): void {
  if (ws.readyState !== ws.OPEN) return;
  if (ending === 'close') return ws.close(1000);
  // `ws` keeps its TCP socket private; the fuzzer needs it to cut the connection where a client could
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (ending === 'mid-message' && socket) {
    // a masked text frame announcing 4,096 bytes, of which 10 are sent before the connection goes
    socket.write(Buffer.from([0x81, 0xfe, 0x10, 0x00, 1, 2, 3, 4, 0x7a, 0x20, 0x3a, 0x61, 0x7b, 0x20, 0x3a, 0x61, 0x7b, 0x20]));
  }
  ws.terminate();
}

/** Whether the voice socket still answers: a new connection gets `pong` for `ping`. */
export async function voiceAnswers(url: string, timeoutMs: number): Promise<boolean> {
  const ws = new WebSocket(url);
  ws.on('error', () => undefined); // judged by the answer, or its absence
  try {
    const answered = new Promise<boolean>((resolve) => {
      ws.on('message', (data) => resolve(String(data).includes('"pong"')));
      ws.once('open', () => ws.send('{"type":"ping"}'));
      ws.once('close', () => resolve(false));
    });
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    return await Promise.race([answered, late]);
  } finally {
    ws.terminate();
  }
}
