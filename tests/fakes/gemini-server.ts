import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { EmbeddingDouble } from './gemini-embedding.ts';

/**
 * A local stand-in for the Gemini API (generativelanguage.googleapis.com, v1beta), speaking its REST wire
 * format so that the real @google/genai SDK can be pointed at it with GEMINI_BASE_URL:
 *
 *   POST /v1beta/models/{model}:generateContent                 → GenerateContentResponse (JSON)
 *   POST /v1beta/models/{model}:streamGenerateContent?alt=sse   → server-sent events, one
 *        GenerateContentResponse chunk per `data:` line, the last with finishReason and usageMetadata
 *
 * The API key comes in `x-goog-api-key`. Request bodies are checked as the API checks them (`contents` with
 * roles and parts, `systemInstruction`, `generationConfig` and its known fields; an unknown field is a 400
 * INVALID_ARGUMENT), errors come as `{ error: { code, message, status, details } }`. Every request is kept in
 * `requests` so tests can see what the server sent to the model.
 *
 * It misbehaves on demand (`next()` queues behaviours for the coming requests): HTTP 500 or 503, 429 with
 * Retry-After and RetryInfo, a first byte after a long delay, a stream cut halfway (socket destroyed) or
 * ended without a finish reason, malformed JSON, and any text a test wants the model to say (citing unknown
 * sources, inventing a phone number, echoing an injection...).
 */

export interface GeminiPart {
  text?: string;
  thought?: boolean;
}
export interface GeminiContent {
  role?: string;
  parts: GeminiPart[];
}
export interface GenerateContentBody {
  contents: GeminiContent[];
  systemInstruction?: GeminiContent;
  generationConfig?: Record<string, unknown>;
  [field: string]: unknown;
}

/** A request as the double received it. */
export interface ReceivedRequest {
  model: string;
  method: 'generateContent' | 'streamGenerateContent';
  apiKey?: string;
  body: GenerateContentBody;
  /** The system instruction's and the user turn's text. */
  systemText: string;
  userText: string;
}

/** The records of the prompt, as a model reads them: `[S<n>] {json}` lines between <records> tags. */
export interface PromptRecord {
  n: number;
  fields: Record<string, unknown>;
}

export type Behaviour =
  | {
      kind: 'answer';
      /** What the model says (default: a grounded answer from the records, see groundedAnswer). */
      text?: string | ((request: ReceivedRequest) => string);
      /** Milliseconds to the first chunk (default 20). */
      firstTokenMs?: number;
      /** Milliseconds between chunks (default 5). */
      chunkMs?: number;
      /** Characters per chunk (default 24); `line`: one line per chunk. */
      chunkChars?: number | 'line';
      finishReason?: string;
    }
  | { kind: 'http-error'; status: 400 | 500 | 503 }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'slow-first-byte'; ms: number }
  | { kind: 'cut-midway' }
  | { kind: 'stop-without-finish' }
  | { kind: 'malformed-json' }
  | { kind: 'hang-after-first-chunk' };

export interface GeminiDouble {
  url: string;
  requests: ReceivedRequest[];
  /** For each streamed answer: when its request arrived, its first chunk was written, and it ended (performance.now()). */
  timings: Array<{ received: number; firstChunk?: number; ended?: number }>;
  /** Behaviours for the next requests, in order; then `fallback`. */
  next(...behaviours: Behaviour[]): void;
  /** What every request gets when nothing is queued (a grounded answer by default). */
  setDefault(behaviour: Behaviour): void;
  close(): Promise<void>;
}

const ALLOWED_FIELDS = new Set(['contents', 'systemInstruction', 'generationConfig', 'safetySettings', 'tools', 'toolConfig', 'cachedContent', 'store', 'labels']);
const GENERATION_FIELDS = new Set([
  'temperature',
  'topP',
  'topK',
  'candidateCount',
  'maxOutputTokens',
  'stopSequences',
  'presencePenalty',
  'frequencyPenalty',
  'seed',
  'responseMimeType',
  'thinkingConfig',
  'responseModalities',
]);
const THINKING_LEVELS = new Set(['MINIMAL', 'LOW', 'MEDIUM', 'HIGH']);
const STATUS_NAMES: Record<number, string> = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };

export async function startGeminiDouble(options: { apiKey?: string; modelVersion?: string; embeddings?: EmbeddingDouble } = {}): Promise<GeminiDouble> {
  const requests: ReceivedRequest[] = [];
  const timings: GeminiDouble['timings'] = [];
  const queue: Behaviour[] = [];
  let fallback: Behaviour = { kind: 'answer' };
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `double failed: ${(error as Error).message}`);
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const route = /^\/v1beta\/models\/([\w.-]+):(generateContent|streamGenerateContent)$/.exec(url.pathname);
    const embedding = /^\/v1beta\/models\/([\w.-]+):(batchEmbedContents|embedContent)$/.exec(url.pathname);
    if (req.method !== 'POST' || !(route || (embedding && options.embeddings))) return sendError(res, 404, `Method not found: ${req.method} ${url.pathname}`);
    const apiKey = req.headers['x-goog-api-key'];
    if (typeof apiKey !== 'string' || apiKey === '') return sendError(res, 403, 'Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.');
    if (options.apiKey && apiKey !== options.apiKey) return sendError(res, 400, 'API key not valid. Please pass a valid API key.');
    if (embedding && options.embeddings) {
      const wait = (ms: number) => new Promise<void>((resolve) => later(ms, resolve));
      return options.embeddings.handle(embedding[1] as string, embedding[2] as string, JSON.parse(await readBody(req)) as unknown, res, wait);
    }
    if (!route) return sendError(res, 404, `Method not found: ${req.method} ${url.pathname}`);
    const method = route[2] as ReceivedRequest['method'];
    if (method === 'streamGenerateContent' && url.searchParams.get('alt') !== 'sse') return sendError(res, 400, 'streamGenerateContent without alt=sse is not supported by this double');
    let body: GenerateContentBody;
    try {
      body = JSON.parse(await readBody(req)) as GenerateContentBody;
    } catch {
      return sendError(res, 400, 'Invalid JSON payload received.'); // what the API says about a body it cannot parse
    }
    const invalid = validate(body);
    if (invalid) return sendError(res, 400, invalid);
    const received: ReceivedRequest = {
      model: route[1] as string,
      method,
      apiKey,
      body,
      systemText: textOf(body.systemInstruction),
      userText: body.contents.map(textOf).join('\n'),
    };
    requests.push(received);
    const behaviour = queue.shift() ?? fallback;
    await respond(received, behaviour, res, req);
  }

  async function respond(request: ReceivedRequest, behaviour: Behaviour, res: ServerResponse, req: IncomingMessage): Promise<void> {
    switch (behaviour.kind) {
      case 'http-error':
        return sendError(res, behaviour.status, behaviour.status === 503 ? 'The model is overloaded. Please try again later.' : 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting');
      case 'rate-limited':
        return sendError(res, 429, 'You exceeded your current quota, please check your plan and billing details.', {
          headers: { 'retry-after': String(behaviour.retryAfterSeconds) },
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${behaviour.retryAfterSeconds}s` }],
        });
      case 'slow-first-byte': {
        const timer = later(behaviour.ms, () => void respond(request, { kind: 'answer' }, res, req));
        req.once('close', () => clearTimeout(timer)); // the client gave up
        return;
      }
      default:
        return stream(request, behaviour, res, req);
    }
  }

  async function stream(request: ReceivedRequest, behaviour: Behaviour, res: ServerResponse, req: IncomingMessage): Promise<void> {
    const answer = behaviour.kind === 'answer' && behaviour.text !== undefined ? (typeof behaviour.text === 'string' ? behaviour.text : behaviour.text(request)) : groundedAnswer(request);
    const settings: Partial<Extract<Behaviour, { kind: 'answer' }>> = behaviour.kind === 'answer' ? behaviour : {};
    const pieces = settings.chunkChars === 'line' ? answer.split(/(?<=\n)/) : chunk(answer, settings.chunkChars ?? 24);
    const responseId = randomUUID().replace(/-/g, '').slice(0, 22);
    const promptTokenCount = Math.ceil((request.systemText.length + request.userText.length) / 3);
    const candidatesTokenCount = Math.ceil(answer.length / 3);
    const finishReason = settings.finishReason ?? 'STOP';
    const chunkJson = (text: string, last: boolean) =>
      JSON.stringify({
        candidates: [{ content: { parts: [{ text }], role: 'model' }, ...(last ? { finishReason } : {}), index: 0 }],
        usageMetadata: last ? { promptTokenCount, candidatesTokenCount, totalTokenCount: promptTokenCount + candidatesTokenCount } : { promptTokenCount },
        modelVersion: options.modelVersion ?? request.model,
        responseId,
      });

    if (request.method === 'generateContent') {
      await new Promise<void>((resolve) => later(settings.firstTokenMs ?? 20, resolve));
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(chunkJson(answer, true));
      return;
    }

    const timing: GeminiDouble['timings'][number] = { received: performance.now() };
    timings.push(timing);
    let closed = false;
    req.once('close', () => (closed = true));
    res.once('close', () => (closed = true));
    await new Promise<void>((resolve) => later(settings.firstTokenMs ?? 20, resolve));
    if (closed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const send = (json: string) => res.write(`data: ${json}\r\n\r\n`);
    for (let i = 0; i < pieces.length; i += 1) {
      if (closed) return;
      const last = i === pieces.length - 1;
      if (behaviour.kind === 'cut-midway' && i >= Math.max(1, Math.floor(pieces.length / 2))) {
        res.socket?.destroy(); // the connection drops halfway through the answer
        return;
      }
      if (behaviour.kind === 'malformed-json' && i === 1) {
        send('{"candidates": [{"content": {"parts": [{"text": "trunc');
        res.end();
        return;
      }
      if (behaviour.kind === 'hang-after-first-chunk' && i === 1) return; // keeps the connection open, sends nothing more
      send(chunkJson(pieces[i] as string, last && behaviour.kind !== 'stop-without-finish'));
      timing.firstChunk ??= performance.now();
      if (!last) await new Promise<void>((resolve) => later(settings.chunkMs ?? 5, resolve));
    }
    res.end();
    timing.ended = performance.now();
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the Gemini double could not listen');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    timings,
    next: (...behaviours) => queue.push(...behaviours),
    setDefault: (behaviour) => {
      fallback = behaviour;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The records of a prompt, as the model would read them. */
export function recordsOf(request: ReceivedRequest): PromptRecord[] {
  const block = /<records>\n([\s\S]*?)\n<\/records>/.exec(request.userText)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^\[S(\d+)\] (\{.*\})$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ n: Number(match[1]), fields: JSON.parse(match[2] as string) as Record<string, unknown> }));
}

/** The question of a prompt. */
export function questionOf(request: ReceivedRequest): string {
  const raw = /<question>(.*)<\/question>/.exec(request.userText)?.[1];
  return raw ? (JSON.parse(raw) as string) : '';
}

/** What a well-behaved model answers: an introduction, then one cited line per record, in the asked language. */
export function groundedAnswer(request: ReceivedRequest): string {
  const english = /Write in plain English/.test(request.systemText);
  const lines = [english ? 'Here are the nearest places.' : '近くの場所をご案内します。'];
  for (const { n, fields } of recordsOf(request)) {
    const parts = [String(fields.name)];
    if (fields.distance) parts.push(String(fields.distance));
    if (fields.address) parts.push(String(fields.address));
    if (fields.phone) parts.push(`${english ? 'Tel' : '電話'} ${String(fields.phone)}`);
    lines.push(`${n}. ${parts.join(english ? ', ' : '、')} [S${n}]`);
  }
  return lines.join('\n');
}

function validate(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Invalid JSON payload received. Expected an object.';
  for (const field of Object.keys(body)) if (!ALLOWED_FIELDS.has(field)) return `Invalid JSON payload received. Unknown name "${field}": Cannot find field.`;
  const { contents, systemInstruction, generationConfig } = body as GenerateContentBody;
  if (!Array.isArray(contents) || contents.length === 0) return '* GenerateContentRequest.contents: contents is not specified';
  for (const content of contents) {
    if (content.role !== undefined && content.role !== 'user' && content.role !== 'model') return `Please use a valid role: user, model.`;
    if (!Array.isArray(content.parts) || content.parts.length === 0) return '* GenerateContentRequest.contents.parts: contents.parts must not be empty.';
    if (content.parts.some((part) => typeof part.text !== 'string')) return 'Invalid JSON payload received. Expected text parts only.';
  }
  if (systemInstruction !== undefined && (!Array.isArray(systemInstruction.parts) || systemInstruction.parts.some((part) => typeof part.text !== 'string'))) {
    return 'Invalid JSON payload received. Unknown value for systemInstruction.';
  }
  if (generationConfig !== undefined) {
    for (const field of Object.keys(generationConfig)) {
      if (!GENERATION_FIELDS.has(field)) return `Invalid JSON payload received. Unknown name "${field}" at 'generation_config': Cannot find field.`;
    }
    const { temperature, maxOutputTokens, thinkingConfig } = generationConfig as { temperature?: unknown; maxOutputTokens?: unknown; thinkingConfig?: Record<string, unknown> };
    if (temperature !== undefined && (typeof temperature !== 'number' || temperature < 0 || temperature > 2)) return 'temperature must be between 0 and 2';
    if (maxOutputTokens !== undefined && (!Number.isInteger(maxOutputTokens) || (maxOutputTokens as number) < 1)) return 'max_output_tokens must be positive';
    if (thinkingConfig?.thinkingLevel !== undefined && !THINKING_LEVELS.has(String(thinkingConfig.thinkingLevel))) return 'Invalid value at thinking_config.thinking_level';
  }
  return undefined;
}

function textOf(content: GeminiContent | undefined): string {
  return (content?.parts ?? []).map((part) => part.text ?? '').join('');
}

function chunk(text: string, size: number): string[] {
  const chars = [...text];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(''));
  return pieces.length > 0 ? pieces : [''];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const piece of req) chunks.push(piece as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendError(res: ServerResponse, code: number, message: string, extra: { headers?: Record<string, string>; details?: unknown[] } = {}): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8', ...extra.headers });
  res.end(JSON.stringify({ error: { code, message, status: STATUS_NAMES[code] ?? 'UNKNOWN', ...(extra.details ? { details: extra.details } : {}) } }));
}
