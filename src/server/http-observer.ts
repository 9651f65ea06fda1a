import type { ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import { OBSERVABILITY } from '../config/tunables.ts';
import type { AppEnv } from './app-env.ts';
import { clientAddressOf, type ProxyTrust, TRUST_NO_PROXY } from './client-address.ts';
import type { ErrorRateWindow } from '../observability/error-rate.ts';
import type { OpsEvents } from '../observability/events.ts';
import { BoundedLabel, closedLabel } from '../observability/bounded-label.ts';
import type { AppMetrics } from '../observability/metrics.ts';
import type { ChatContext } from '../pipeline/context.ts';
import { summariseTurn } from '../pipeline/summarise-turn.ts';
import { createRequestContext, currentRequestContext, runWithRequestContext } from '../observability/request-context.ts';
import { parseTraceContext } from '../observability/trace-context.ts';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** Client errors that say the request itself was malformed: logged on the security stream. */
const MALFORMED = new Set([400, 405, 413, 415]);
/** Headers never copied into a log line, whatever the redaction would make of them. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-goog-api-key', 'x-api-key']);
/** The endpoint label of a request that matched no route (probes, typos, scanners). */
export const UNMATCHED = 'unmatched';

export interface HttpObserverOptions {
  log: Logger;
  errorRate: ErrorRateWindow;
  events: OpsEvents;
  /** Absent when metrics are off (the overhead benchmark's baseline). */
  metrics?: AppMetrics;
  /** The Google Cloud project, for the trace field Cloud Logging links (GOOGLE_CLOUD_PROJECT). */
  projectId?: string;
  /** Proxies in front of the server (TRUST_PROXY_HOPS, TRUSTED_PROXY_RANGES), to find the client address. */
  proxyTrust?: ProxyTrust;
}

/**
 * The request's observability, as one middleware: its log context (request id, trace, later the session),
 * then, when the last byte has gone (streams included) or the client went away: the HTTP metrics, the
 * 5-minute error rate, one log line in Cloud Logging's `httpRequest` shape (with the chat turn's outcome and
 * step timings when it was one), and a security event for a malformed request. Nothing in it waits on I/O.
 */
export function observeRequests(options: HttpObserverOptions): MiddlewareHandler<AppEnv> {
  const { log, projectId } = options;
  const endpoints = new BoundedLabel(60);
  return async (c, next) => {
    const started = performance.now();
    const trace = parseTraceContext(c.req.header('traceparent'), c.req.header('x-cloud-trace-context'));
    const context = createRequestContext(c.get('requestId'), trace, projectId);
    c.set('log', log);
    await runWithRequestContext(context, async () => {
      await next();
      const endpoint = endpointOf(c, endpoints);
      const finish = () =>
        runWithRequestContext(context, () => {
          try {
            recordRequest(c, options, endpoint, started);
          } catch (error) {
            // it may run in the response's 'close' listener, where a throw would end the process
            log.error({ err: error }, 'request observer failed');
          }
        });
      const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
      // the Node server writes the body after this middleware returns: count the request when it is done
      if (outgoing && typeof outgoing.once === 'function' && !outgoing.writableFinished) outgoing.once('close', finish);
      else finish();
      if (MALFORMED.has(c.res.status)) reportMalformed(c, options, endpoint);
    });
  };
}

function recordRequest(c: Context<AppEnv>, options: HttpObserverOptions, endpoint: string, started: number): void {
  const { metrics, errorRate, log } = options;
  const seconds = (performance.now() - started) / 1000;
  const status = c.res.status;
  const method = closedLabel(c.req.method, METHODS);
  // planned maintenance answers 503 on purpose: it is not an error of the service
  const failed = status >= 500 && (c.error as { code?: string } | undefined)?.code !== 'maintenance';
  errorRate.record(failed);
  if (metrics) {
    metrics.httpRequests.inc({ method, endpoint, status_code: statusLabel(status) });
    metrics.httpDuration.observe({ method, endpoint }, seconds);
    if (failed) metrics.errors.inc({ error_type: 'http_5xx', severity: 'critical' });
  }
  if (!failed && !c.req.path.startsWith('/api/')) return; // page and asset requests: Cloud Run's request log has them
  const chat = c.get('chat');
  const sessionId = c.get('sessionId');
  if (sessionId && !currentRequestContext()?.sessionId) setSession(sessionId);
  log[failed ? 'error' : 'info'](
    {
      httpRequest: {
        requestMethod: c.req.method,
        requestUrl: truncate(pathAndQuery(c.req.url)),
        status,
        latency: `${seconds.toFixed(4)}s`,
        userAgent: truncate(c.req.header('user-agent')),
        referer: truncate(c.req.header('referer')),
      },
      endpoint,
      turn: chat ? turnFields(chat) : undefined,
    },
    'request',
  );
}

function setSession(sessionId: string): void {
  const context = currentRequestContext();
  if (context) context.sessionId = sessionId;
}

/** A malformed request (bad JSON, wrong type, too large, wrong method) on the security stream. */
function reportMalformed(c: Context<AppEnv>, { events, proxyTrust = TRUST_NO_PROXY }: HttpObserverOptions, endpoint: string): void {
  const headers: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of c.req.raw.headers) {
    if (SECRET_HEADERS.has(name)) continue;
    if (count++ >= OBSERVABILITY.maxLoggedHeaders) break;
    headers[name] = truncate(value) ?? '';
  }
  events.emit('security', {
    kind: 'malformed_request',
    detail: {
      status: c.res.status,
      code: (c.error as { code?: string } | undefined)?.code,
      method: c.req.method,
      endpoint,
      url: truncate(pathAndQuery(c.req.url)),
      clientIp: c.get('requester')?.address ?? clientIpOf(c, proxyTrust),
      headers,
    },
  });
}

/**
 * The route template that answered (`/api/chat`, `/_next/static/*`), never the raw path: a 404 that only the
 * catch-all or no route answered is `unmatched`. Templates come from code, and BoundedLabel caps them anyway.
 */
function endpointOf(c: Context<AppEnv>, endpoints: BoundedLabel): string {
  const template = routePath(c);
  if (c.res.status === 404 && (template === '' || template.endsWith('*'))) return UNMATCHED;
  return endpoints.of(template || UNMATCHED);
}

function statusLabel(status: number): string {
  return Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : 'other';
}

function pathAndQuery(url: string): string {
  const at = url.indexOf('/', url.indexOf('//') + 2);
  return at === -1 ? '/' : url.slice(at);
}

function clientIpOf(c: Context<AppEnv>, trust: ProxyTrust): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket;
  return clientAddressOf(c.req.header('x-forwarded-for'), socket?.remoteAddress, trust);
}

function truncate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const max = OBSERVABILITY.maxLoggedValueChars;
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** The turn's outcome for the request's log line: the question and session are on the line already. */
function turnFields(chat: ChatContext): Record<string, unknown> {
  const { question: _question, sessionId: _sessionId, ...fields } = summariseTurn(chat);
  return fields;
}
