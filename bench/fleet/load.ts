import { Agent, request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import type { Lang } from '../../src/core/languages.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { FOLLOW_UPS, LOCATIONS, MIX, oneOf, pick, QUESTIONS } from './mix.ts';

export type Channel = 'sse' | 'json' | 'voice';

/** One turn as the client saw it. Times in ms: `at` since the run began (when it was due), the rest from `at`. */
export interface TurnRecord {
  at: number;
  channel: Channel;
  ok: boolean;
  /** Refused on purpose with Retry-After (503 overloaded or unavailable, 429): load shed, not a fault. */
  shed: boolean;
  firstMs: number;
  totalMs: number;
  /** Why it failed: `http_503_overloaded`, `stream_cut`, `network_ECONNRESET`, `voice_closed_1012`, `hung`… */
  cause?: string;
  /** The failure came with a status and a JSON error body (HTTP), or an error message (voice). */
  explained?: boolean;
  retryAfter?: boolean;
  /** The refusal came from the load balancer itself (no instance named in X-Served-By). */
  byBalancer?: boolean;
  instance?: string;
  followUp: boolean;
  /** Not sent: this generator already had `maxInFlight` turns open (the client, not the fleet, was saturated). */
  notSent?: boolean;
}

/** What the client knows of each session: the turns it was told were recorded. */
export interface LedgerEntry {
  acked: string[];
  lastAckAt: number;
  busy: boolean;
  address: string;
  /** Turns answered with `sessionSaved: false` (Redis away): not expected in the store. */
  unsaved: number;
}

export interface LoadOptions {
  url: string;
  /** Turns per second wanted at `t` seconds into the run. */
  rate: (seconds: number) => number;
  durationSeconds: number;
  sseConnections?: number;
  voiceSockets?: number;
  seed?: number;
  /**
   * Turns open at once before this generator stops sending (recorded as `notSent`): past it the client's own
   * event loop, not the fleet, decides the latency, and its figures would mean nothing.
   */
  maxInFlight?: number;
  /** Called once a second with the run's clock, for scenarios that act at given times. */
  onSecond?: (seconds: number) => void | Promise<void>;
}

export interface LoadResult {
  records: TurnRecord[];
  ledger: Map<string, LedgerEntry>;
  startedAt: number;
  /** Follow-ups answered under another session id than the one asked for (a session the fleet could not find). */
  discontinued: number;
  peakSseInFlight: number;
  peakVoiceOpen: number;
  voiceReconnects: number;
}

interface Turn {
  channel: Channel;
  lang: Lang;
  message: string;
  location?: { lat: number; lon: number };
  sessionId?: string;
  address: string;
  followUp: boolean;
}

/**
 * The fleet's load generator: an open loop (turns start when due, whatever is still running, so a slow fleet
 * shows as latency rather than as fewer requests) over three kinds of client: streamed answers on
 * `sseConnections` kept-alive connections (least recently used first, so all of them stay open), JSON on a
 * pool, and `voiceSockets` WebSockets that send text turns and reconnect when closed. Stops by itself after
 * `durationSeconds`, then waits for what is in flight (at most MIX.hangMs).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const random = seededRandom(options.seed ?? 12);
  const base = new URL(options.url);
  const sseAgent = new Agent({ keepAlive: true, maxSockets: options.sseConnections ?? MIX.sseConnections, maxFreeSockets: 100_000, scheduling: 'fifo' });
  const jsonAgent = new Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256, scheduling: 'lifo' });
  const records: TurnRecord[] = [];
  const ledger = new Map<string, LedgerEntry>();
  const followable: string[] = [];
  const result: LoadResult = { records, ledger, startedAt: performance.now(), discontinued: 0, peakSseInFlight: 0, peakVoiceOpen: 0, voiceReconnects: 0 };
  const startedAt = result.startedAt;
  const now = () => performance.now() - startedAt;
  let sseInFlight = 0;
  const inFlight = new Set<Promise<void>>();
  const voice = new VoicePool(options.url, options.voiceSockets ?? MIX.voiceSockets, random, result);
  await voice.open();

  const address = () => `198.18.${Math.floor(random() * 200)}.${Math.floor(random() * 100)}`;

  const nextTurn = (): Turn => {
    const channel = pick(MIX.channels, random);
    const lang = pick(MIX.languages, random);
    const location = random() < MIX.withLocation ? oneOf(LOCATIONS, random) : undefined;
    if (channel !== 'voice' && random() < MIX.followUp) {
      for (let attempt = 0; attempt < 5 && followable.length > 0; attempt += 1) {
        const sessionId = oneOf(followable, random);
        const entry = ledger.get(sessionId);
        if (entry && !entry.busy) return { channel, lang, message: oneOf(FOLLOW_UPS[lang], random), location, sessionId, address: entry.address, followUp: true };
      }
    }
    return { channel, lang, message: oneOf(QUESTIONS[lang], random), location, address: address(), followUp: false };
  };

  const acknowledge = (turn: Turn, sessionId: string | undefined, messageId: string | undefined, saved: boolean) => {
    if (!sessionId || !messageId) return;
    // a follow-up of a session that was recorded must come back under its id (a never-saved one cannot)
    if (turn.sessionId && sessionId !== turn.sessionId && (ledger.get(turn.sessionId)?.acked.length ?? 0) > 0) result.discontinued += 1;
    let entry = ledger.get(sessionId);
    if (!entry) {
      entry = { acked: [], lastAckAt: now(), busy: false, address: turn.address, unsaved: 0 };
      ledger.set(sessionId, entry);
      if (followable.length < 5_000) followable.push(sessionId);
      else followable[Math.floor(random() * followable.length)] = sessionId;
    }
    if (!saved) {
      entry.unsaved += 1;
      return;
    }
    entry.acked.push(messageId);
    if (entry.acked.length > 10) entry.acked.shift();
    entry.lastAckAt = now();
  };

  const send = async (turn: Turn, at: number): Promise<void> => {
    const entry = turn.sessionId ? ledger.get(turn.sessionId) : undefined;
    if (entry) entry.busy = true;
    const record: TurnRecord = { at, channel: turn.channel, ok: false, shed: false, firstMs: Number.NaN, totalMs: Number.NaN, followUp: turn.followUp };
    try {
      if (turn.channel === 'voice') {
        await voice.turn(turn, record, at + startedAt, acknowledge);
      } else {
        if (turn.channel === 'sse') result.peakSseInFlight = Math.max(result.peakSseInFlight, ++sseInFlight);
        await httpTurn(base, turn, record, at + startedAt, turn.channel === 'sse' ? sseAgent : jsonAgent, acknowledge);
      }
    } finally {
      if (turn.channel === 'sse') sseInFlight -= 1;
      if (entry) entry.busy = false;
      records.push(record);
    }
  };

  let due = 0;
  let issued = 0;
  let last = 0;
  let lastSecond = -1;
  while (now() < options.durationSeconds * 1000) {
    const t = now();
    due += (options.rate(t / 1000) * (t - last)) / 1000;
    last = t;
    for (; issued < Math.floor(due); issued += 1) {
      if (inFlight.size >= (options.maxInFlight ?? 4_000)) {
        records.push({ at: t, channel: 'json', ok: false, shed: false, firstMs: Number.NaN, totalMs: Number.NaN, followUp: false, notSent: true, cause: 'client_saturated' });
        continue;
      }
      const promise = send(nextTurn(), t);
      inFlight.add(promise);
      void promise.finally(() => inFlight.delete(promise));
    }
    const second = Math.floor(t / 1000);
    if (second !== lastSecond) {
      lastSecond = second;
      await options.onSecond?.(second);
    }
    await sleep(5);
  }
  await Promise.race([Promise.allSettled([...inFlight]), sleep(MIX.hangMs + 1_000)]);
  voice.close();
  sseAgent.destroy();
  jsonAgent.destroy();
  return result;
}

type Acknowledge = (turn: Turn, sessionId: string | undefined, messageId: string | undefined, saved: boolean) => void;

/** One POST /api/chat, JSON or server-sent events, recorded. */
function httpTurn(base: URL, turn: Turn, record: TurnRecord, due: number, agent: Agent, acknowledge: Acknowledge): Promise<void> {
  const sse = turn.channel === 'sse';
  const body = JSON.stringify({ message: turn.message, lang: turn.lang, sessionId: turn.sessionId, location: turn.location });
  return new Promise<void>((resolve) => {
    let settled = false;
    const finish = (ok: boolean, cause?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(hang);
      record.ok = ok;
      record.cause = cause;
      record.totalMs = performance.now() - due;
      resolve();
    };
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path: '/api/chat',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: sse ? 'text/event-stream' : 'application/json', 'x-forwarded-for': turn.address, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        record.firstMs = performance.now() - due;
        record.instance = res.headers['x-served-by'] as string | undefined;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', (error: NodeJS.ErrnoException) => finish(false, `stream_${error.code ?? 'error'}`));
        res.on('aborted', () => finish(false, 'stream_cut'));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status !== 200) {
            const code = errorCodeOf(text);
            record.explained = code !== undefined;
            record.retryAfter = res.headers['retry-after'] !== undefined;
            record.byBalancer = record.instance === undefined;
            record.shed = (status === 503 || status === 429) && record.retryAfter && (code === 'overloaded' || code === 'rate_limited');
            return finish(false, `http_${status}_${code ?? 'nobody'}`);
          }
          if (!sse) {
            const json = JSON.parse(text) as { sessionId?: string; messageId?: string; sessionSaved?: boolean };
            acknowledge(turn, json.sessionId, json.messageId, json.sessionSaved !== false);
            return finish(true);
          }
          const events = parseEvents(text);
          const meta = events.find((event) => event.type === 'meta');
          const end = events.at(-1);
          if (end?.type === 'done') {
            acknowledge(turn, meta?.sessionId as string | undefined, meta?.messageId as string | undefined, end.sessionSaved !== false);
            return finish(true);
          }
          record.explained = end?.type === 'error';
          finish(false, end?.type === 'error' ? `stream_error_${String(end.code)}` : 'stream_cut');
        });
      },
    );
    const hang = setTimeout(() => {
      req.destroy();
      finish(false, 'hung');
    }, MIX.hangMs);
    req.on('error', (error: NodeJS.ErrnoException) => finish(false, `network_${error.code ?? error.message}`));
    req.end(body);
  });
}

function errorCodeOf(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined; // not our JSON error (a proxy's page): reported as `nobody`
  }
}

function parseEvents(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n\n')
    .map((block) => /^data: ?(.*)$/m.exec(block)?.[1])
    .filter((data): data is string => data !== undefined)
    .map((data) => JSON.parse(data) as Record<string, unknown>);
}

interface VoiceSocket {
  ws?: WebSocket;
  ready: boolean;
  busy: boolean;
  sessionId?: string;
  address: string;
  lang: Lang;
  /** The instance behind the connection (the balancer's X-Served-By on the upgrade). */
  instance?: string;
  onMessage?: (message: Record<string, unknown>) => void;
  onClose?: (code: number) => void;
}

/** The voice sockets: each a conversation of text turns; reopened (with its session id) when the server closes it. */
class VoicePool {
  private readonly sockets: VoiceSocket[] = [];
  private readonly idle: VoiceSocket[] = [];
  private closed = false;
  private readonly url: string;
  private readonly count: number;
  private readonly random: () => number;
  private readonly result: LoadResult;

  constructor(url: string, count: number, random: () => number, result: LoadResult) {
    this.url = url.replace(/^http/, 'ws');
    this.count = count;
    this.random = random;
    this.result = result;
  }

  async open(): Promise<void> {
    for (let i = 0; i < this.count; i += 1) {
      this.sockets.push({ ready: false, busy: false, address: `198.19.${Math.floor(i / 250)}.${i % 250}`, lang: pick(MIX.languages, this.random) });
    }
    await Promise.all(this.sockets.map((socket) => this.connect(socket)));
  }

  private connect(socket: VoiceSocket): Promise<void> {
    return new Promise((resolve) => {
      const ws = new WebSocket(`${this.url}/api/voice`, { headers: { 'x-forwarded-for': socket.address } });
      socket.ws = ws;
      socket.ready = false;
      ws.on('upgrade', (response) => (socket.instance = response.headers['x-served-by'] as string | undefined));
      ws.on('open', () => ws.send(JSON.stringify({ type: 'start', lang: socket.lang, mode: 'conversation', speak: false, sessionId: socket.sessionId })));
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        const message = JSON.parse(data.toString()) as Record<string, unknown>;
        if (message.type === 'ready' && !socket.ready) {
          socket.ready = true;
          if (!socket.busy) this.idle.push(socket);
          resolve();
          return;
        }
        socket.onMessage?.(message);
      });
      ws.on('error', () => undefined); // the close that follows says what happened
      ws.on('close', (code) => {
        socket.ready = false;
        const at = this.idle.indexOf(socket);
        if (at >= 0) this.idle.splice(at, 1);
        socket.onClose?.(code);
        resolve();
        if (this.closed) return;
        this.result.voiceReconnects += 1;
        setTimeout(() => void this.connect(socket), 200 + Math.floor(this.random() * 300));
      });
    });
  }

  async turn(turn: Turn, record: TurnRecord, due: number, acknowledge: Acknowledge): Promise<void> {
    this.result.peakVoiceOpen = Math.max(this.result.peakVoiceOpen, this.sockets.filter((s) => s.ready).length);
    const deadline = due + MIX.hangMs;
    let socket = this.idle.shift();
    while (!socket && performance.now() < deadline) {
      await sleep(10);
      socket = this.idle.shift();
    }
    if (!socket) {
      record.cause = 'hung';
      record.totalMs = performance.now() - due;
      return;
    }
    const chosen = socket;
    chosen.busy = true;
    record.instance = chosen.instance;
    // a socket is one conversation in its own language: its first question, then follow-ups
    const text = oneOf((chosen.sessionId ? FOLLOW_UPS : QUESTIONS)[chosen.lang], this.random);
    const asked: Turn = { ...turn, lang: chosen.lang, message: text, sessionId: chosen.sessionId, address: chosen.address };
    record.followUp = chosen.sessionId !== undefined;
    await new Promise<void>((resolve) => {
      let meta: Record<string, unknown> | undefined;
      const finish = (ok: boolean, cause?: string) => {
        clearTimeout(hang);
        chosen.onMessage = undefined;
        chosen.onClose = undefined;
        chosen.busy = false;
        if (chosen.ready) this.idle.push(chosen);
        record.ok = ok;
        record.cause = cause;
        record.totalMs = performance.now() - due;
        resolve();
      };
      const hang = setTimeout(() => finish(false, 'hung'), Math.max(0, deadline - performance.now()));
      chosen.onMessage = (message) => {
        if (message.type === 'meta') {
          meta = message;
          record.firstMs = performance.now() - due;
        } else if (message.type === 'done') {
          chosen.sessionId = (meta?.sessionId as string | undefined) ?? chosen.sessionId;
          acknowledge(asked, meta?.sessionId as string | undefined, meta?.messageId as string | undefined, message.sessionSaved !== false);
          finish(true);
        } else if (message.type === 'error') {
          record.explained = typeof message.message === 'string';
          record.retryAfter = message.retryAfterSeconds !== undefined;
          // a refusal with the seconds to wait, as over HTTP: the instance full, or the socket's own address past its limit
          record.shed = (message.code === 'overloaded' || message.code === 'rate_limited') && record.retryAfter;
          finish(false, `voice_error_${String(message.code)}`);
        }
      };
      chosen.onClose = (code) => finish(false, `voice_closed_${code}`);
      chosen.ws?.send(JSON.stringify({ type: 'transcript', text }));
    });
  }

  close(): void {
    this.closed = true;
    for (const socket of this.sockets) socket.ws?.close(1000, 'load done');
  }
}
