/** The trace a request belongs to, as the load balancer or the client sent it. */
export interface TraceContext {
  /** 32 lowercase hex digits. */
  traceId: string;
  /** 16 lowercase hex digits, when the header named the calling span. */
  spanId?: string;
  sampled: boolean;
}

const HEX_2 = /^[0-9a-f]{2}$/;
const HEX_16 = /^[0-9a-f]{16}$/;
const HEX_32 = /^[0-9a-f]{32}$/;
const DECIMAL = /^\d{1,20}$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);
const MAX_UINT64 = (1n << 64n) - 1n;

/**
 * Reads `traceparent` first (Cloud Run and OpenTelemetry clients send it), else `X-Cloud-Trace-Context`.
 * Anything malformed is ignored rather than logged as given: both headers come from the client.
 */
export function parseTraceContext(traceparent: string | undefined, cloudTrace: string | undefined): TraceContext | undefined {
  return parseTraceparent(traceparent) ?? parseCloudTrace(cloudTrace);
}

/** W3C Trace Context: version-traceid-parentid-flags; versions after 00 may append fields. */
function parseTraceparent(header: string | undefined): TraceContext | undefined {
  if (!header || header.length > 512) return undefined;
  const [version = '', traceId = '', spanId = '', flags = '', ...rest] = header.trim().split('-');
  if (!HEX_2.test(version) || version === 'ff' || (version === '00' && rest.length > 0)) return undefined;
  if (!HEX_32.test(traceId) || !HEX_16.test(spanId) || !HEX_2.test(flags)) return undefined;
  if (traceId === ZERO_TRACE || spanId === ZERO_SPAN) return undefined;
  return { traceId, spanId, sampled: (Number.parseInt(flags, 16) & 1) === 1 };
}

/** Google's legacy header: TRACE_ID/SPAN_ID;o=OPTIONS, the span id in decimal (uint64), both parts optional. */
function parseCloudTrace(header: string | undefined): TraceContext | undefined {
  if (!header || header.length > 128) return undefined;
  const [ids = '', options] = header.trim().split(';');
  const [rawTrace = '', decimalSpan] = ids.split('/');
  const traceId = rawTrace.toLowerCase();
  if (!HEX_32.test(traceId) || traceId === ZERO_TRACE) return undefined;
  if (options !== undefined && options !== 'o=0' && options !== 'o=1') return undefined;
  let spanId: string | undefined;
  if (decimalSpan !== undefined) {
    if (!DECIMAL.test(decimalSpan)) return undefined;
    const span = BigInt(decimalSpan);
    if (span > 0n && span <= MAX_UINT64) spanId = span.toString(16).padStart(16, '0');
  }
  return { traceId, spanId, sampled: options === 'o=1' };
}

/**
 * The fields Cloud Logging reads to join a log line to its trace
 * (https://cloud.google.com/logging/docs/structured-logging#special-payload-fields). Without a project id the
 * trace id is written alone, which Cloud Logging keeps as text but cannot link.
 */
export function traceLogFields(trace: TraceContext, projectId: string | undefined): Record<string, string | boolean> {
  const fields: Record<string, string | boolean> = {
    'logging.googleapis.com/trace': projectId ? `projects/${projectId}/traces/${trace.traceId}` : trace.traceId,
    'logging.googleapis.com/trace_sampled': trace.sampled,
  };
  if (trace.spanId) fields['logging.googleapis.com/spanId'] = trace.spanId;
  return fields;
}
