import type { ServerResponse } from 'node:http';
import { HashedEmbedder } from '../../src/adapters/semantic/hashed-embedder.ts';

/**
 * The Gemini API's embedding methods, served by the Gemini double (gemini-server.ts) when it is given this
 * handler: `POST /v1beta/models/{model}:batchEmbedContents` with `{ requests: [{ model, content: { parts: [{ text }] },
 * taskType, outputDimensionality }] }` → `{ embeddings: [{ values }] }`, as @google/genai sends and reads it.
 * Checked as the API checks it: each request's model must be the URL's, at most 100 requests, a known task type,
 * text parts only. The vectors are the hashed stand-in's (src/adapters/semantic/hashed-embedder.ts), scaled so
 * that they are not unit length (as the API's vectors shorter than the model's full length are not), so a test can
 * fill an index with the same vectors and see real neighbours.
 */
export type EmbeddingBehaviour = { kind: 'embed' } | { kind: 'http-error'; status: 400 | 429 | 500 | 503 } | { kind: 'slow'; ms: number } | { kind: 'wrong-length' };

export interface BatchEmbedBody {
  requests?: Array<{ model?: string; content?: { parts?: Array<{ text?: unknown }> }; taskType?: string; title?: string; outputDimensionality?: number; [field: string]: unknown }>;
  [field: string]: unknown;
}

export interface EmbeddingDouble {
  /** The batchEmbedContents bodies received, in order. */
  requests: Array<{ model: string; body: BatchEmbedBody }>;
  /** When each call was received and answered (performance.now() of the double's process). */
  timings: Array<{ received: number; answered: number }>;
  next(...behaviours: EmbeddingBehaviour[]): void;
  setDefault(behaviour: EmbeddingBehaviour): void;
  /** Answers one embedding call (the Gemini double has checked the method, path and API key). */
  handle(model: string, method: string, body: unknown, res: ServerResponse, later: (ms: number) => Promise<void>): Promise<void>;
}

const TASK_TYPES = new Set(['TASK_TYPE_UNSPECIFIED', 'RETRIEVAL_QUERY', 'RETRIEVAL_DOCUMENT', 'SEMANTIC_SIMILARITY', 'CLASSIFICATION', 'CLUSTERING', 'QUESTION_ANSWERING', 'FACT_VERIFICATION', 'CODE_RETRIEVAL_QUERY']);
const REQUEST_FIELDS = new Set(['model', 'content', 'taskType', 'title', 'outputDimensionality']);
/** The full length of gemini-embedding-001's vectors. */
const FULL_LENGTH = 3072;

export function createEmbeddingDouble(): EmbeddingDouble {
  const requests: EmbeddingDouble['requests'] = [];
  const timings: EmbeddingDouble['timings'] = [];
  const queue: EmbeddingBehaviour[] = [];
  let fallback: EmbeddingBehaviour = { kind: 'embed' };
  const embedders = new Map<number, HashedEmbedder>();
  return {
    requests,
    timings,
    next: (...behaviours) => queue.push(...behaviours),
    setDefault: (behaviour) => {
      fallback = behaviour;
    },
    async handle(model, method, body, res, later) {
      const received = performance.now();
      if (method !== 'batchEmbedContents') return send(res, 400, 'This double serves batchEmbedContents (what @google/genai sends to the Gemini API).');
      const invalid = validate(model, body as BatchEmbedBody);
      if (invalid) return send(res, 400, invalid);
      const batch = body as Required<BatchEmbedBody>;
      requests.push({ model, body: batch });
      const behaviour = queue.shift() ?? fallback;
      if (behaviour.kind === 'http-error') return send(res, behaviour.status, 'The double was asked to fail.');
      if (behaviour.kind === 'slow') await later(behaviour.ms);
      if (res.destroyed) return;
      const embeddings = batch.requests.map((request) => {
        const length = request.outputDimensionality ?? FULL_LENGTH;
        const embedder = embedders.get(length) ?? new HashedEmbedder(length);
        embedders.set(length, embedder);
        const text = (request.content?.parts ?? []).map((part) => String(part.text)).join('');
        const values = Array.from(embedder.embed(text), (value) => value * 3);
        return { values: behaviour.kind === 'wrong-length' ? values.slice(1) : values };
      });
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify({ embeddings }));
      timings.push({ received, answered: performance.now() });
    },
  };
}

function validate(model: string, body: BatchEmbedBody | undefined): string | undefined {
  if (typeof body !== 'object' || body === null || !Array.isArray(body.requests)) return '* BatchEmbedContentsRequest.requests: requests is not specified';
  for (const field of Object.keys(body)) if (field !== 'requests') return `Invalid JSON payload received. Unknown name "${field}": Cannot find field.`;
  if (body.requests.length === 0) return '* BatchEmbedContentsRequest.requests: requests is not specified';
  if (body.requests.length > 100) return '* BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch';
  for (const request of body.requests) {
    for (const field of Object.keys(request)) if (!REQUEST_FIELDS.has(field)) return `Invalid JSON payload received. Unknown name "${field}" at 'requests[0]': Cannot find field.`;
    if (request.model !== `models/${model}`) return `* BatchEmbedContentsRequest.requests[0].model: the model of each request must be the batch's (models/${model})`;
    const parts = request.content?.parts;
    if (!Array.isArray(parts) || parts.length === 0 || parts.some((part) => typeof part.text !== 'string')) return '* BatchEmbedContentsRequest.requests[0].content: text parts only';
    if (request.taskType !== undefined && !TASK_TYPES.has(request.taskType)) return `Invalid value at 'requests[0].task_type' (${String(request.taskType)})`;
    if (request.outputDimensionality !== undefined && (!Number.isInteger(request.outputDimensionality) || request.outputDimensionality < 1 || request.outputDimensionality > FULL_LENGTH)) {
      return '* BatchEmbedContentsRequest.requests[0].output_dimensionality: must be between 1 and 3072';
    }
  }
  return undefined;
}

function send(res: ServerResponse, code: number, message: string): void {
  const status = { 400: 'INVALID_ARGUMENT', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' }[code] ?? 'UNKNOWN';
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify({ error: { code, message, status } }));
}
