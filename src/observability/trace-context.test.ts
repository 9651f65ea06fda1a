import { describe, expect, it } from 'vitest';
import { parseTraceContext, traceLogFields } from './trace-context.ts';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('parseTraceContext', () => {
  it('reads a W3C traceparent with its sampled flag', () => {
    expect(parseTraceContext(`00-${TRACE}-00f067aa0ba902b7-01`, undefined)).toEqual({ traceId: TRACE, spanId: '00f067aa0ba902b7', sampled: true });
    expect(parseTraceContext(`00-${TRACE}-00f067aa0ba902b7-00`, undefined)?.sampled).toBe(false);
  });

  it('reads X-Cloud-Trace-Context, turning the decimal span id into 16 hex digits', () => {
    expect(parseTraceContext(undefined, `${TRACE.toUpperCase()}/1;o=1`)).toEqual({ traceId: TRACE, spanId: '0000000000000001', sampled: true });
    expect(parseTraceContext(undefined, `${TRACE}/18446744073709551615;o=0`)?.spanId).toBe('ffffffffffffffff');
    expect(parseTraceContext(undefined, TRACE)).toEqual({ traceId: TRACE, spanId: undefined, sampled: false });
  });

  it('prefers traceparent when both are sent', () => {
    expect(parseTraceContext(`00-${TRACE}-00f067aa0ba902b7-01`, `${'a'.repeat(32)}/5;o=1`)?.traceId).toBe(TRACE);
  });

  it('falls back to the Cloud header when traceparent is malformed', () => {
    expect(parseTraceContext('00-xyz-00f067aa0ba902b7-01', `${TRACE}/5;o=1`)?.traceId).toBe(TRACE);
  });

  it.each([
    ['all-zero trace id', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`],
    ['all-zero span id', `00-${TRACE}-${'0'.repeat(16)}-01`],
    ['version ff', `ff-${TRACE}-00f067aa0ba902b7-01`],
    ['extra fields on version 00', `00-${TRACE}-00f067aa0ba902b7-01-extra`],
    ['upper-case hex', `00-${TRACE.toUpperCase()}-00f067aa0ba902b7-01`],
    ['injection attempt', `00-${TRACE}-00f067aa0ba902b7-01\n{"severity":"CRITICAL"}`],
  ])('ignores a traceparent with %s', (_name, header) => {
    expect(parseTraceContext(header, undefined)).toBeUndefined();
  });

  it('accepts later traceparent versions with more fields', () => {
    expect(parseTraceContext(`01-${TRACE}-00f067aa0ba902b7-01-what-ever`, undefined)?.traceId).toBe(TRACE);
  });

  it.each([
    ['a short trace id', 'abc/1;o=1'],
    ['a span id past uint64', `${TRACE}/99999999999999999999999;o=1`],
    ['an unknown option', `${TRACE}/1;o=7`],
    ['a non-numeric span id', `${TRACE}/abc;o=1`],
  ])('ignores X-Cloud-Trace-Context with %s', (_name, header) => {
    expect(parseTraceContext(undefined, header)).toBeUndefined();
  });
});

describe('traceLogFields', () => {
  it('writes the fields Cloud Logging links to Cloud Trace', () => {
    expect(traceLogFields({ traceId: TRACE, spanId: '00f067aa0ba902b7', sampled: true }, 'tokyo-ai-chat-mvp')).toEqual({
      'logging.googleapis.com/trace': `projects/tokyo-ai-chat-mvp/traces/${TRACE}`,
      'logging.googleapis.com/spanId': '00f067aa0ba902b7',
      'logging.googleapis.com/trace_sampled': true,
    });
  });

  it('writes the bare trace id without a project', () => {
    expect(traceLogFields({ traceId: TRACE, sampled: false }, undefined)).toEqual({
      'logging.googleapis.com/trace': TRACE,
      'logging.googleapis.com/trace_sampled': false,
    });
  });
});
