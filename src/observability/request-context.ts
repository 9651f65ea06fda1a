import { AsyncLocalStorage } from 'node:async_hooks';
import { redactLogValue } from './redact-log.ts';
import { type TraceContext, traceLogFields } from './trace-context.ts';

/** What every log line written while serving one request carries, wherever in the code it is written. */
export interface RequestContext {
  requestId: string;
  sessionId?: string;
  trace?: TraceContext;
  /** The Cloud Logging fields of the trace, computed once per request. */
  traceFields?: Record<string, string | boolean>;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a request's context, so that logger calls inside it (pipeline, adapters, listeners) carry it. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/**
 * Builds a request's context; `projectId` is the Google Cloud project the trace ids belong to. The request id
 * may come from the client (X-Request-Id): it is redacted once here, since the mixin's fields skip the
 * logger's redaction.
 */
export function createRequestContext(requestId: string, trace: TraceContext | undefined, projectId: string | undefined): RequestContext {
  return { requestId: redactLogValue(requestId) as string, trace, traceFields: trace ? traceLogFields(trace, projectId) : undefined };
}

/** The context of the request being served, if any. */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Records the session once the pipeline knows it (a new session gets its id mid-request). */
export function setRequestSessionId(sessionId: string | undefined): void {
  const context = storage.getStore();
  if (context && sessionId) context.sessionId = sessionId;
}

/**
 * pino's `mixin`: the request fields of the current line. A fresh object each call, because pino merges the
 * line's own fields into the object it gets back.
 */
export function requestLogFields(): Record<string, unknown> {
  const context = storage.getStore();
  if (!context) return {};
  const fields: Record<string, unknown> = { requestId: context.requestId, ...context.traceFields };
  if (context.sessionId) fields.sessionId = context.sessionId;
  return fields;
}
