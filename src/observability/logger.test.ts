import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, createSecurityLogger } from './logger.ts';
import { createRequestContext, runWithRequestContext, setRequestSessionId } from './request-context.ts';

type Line = Record<string, unknown>;

function captureLogger(level = 'debug') {
  const lines: Line[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  return { log: createLogger({ level, destination, version: 'test' }), lines };
}

// every kind of personal data the service must never log (PRODUCT.md, "Security")
const PERSONAL = {
  phone: '090-1234-5678',
  email: 'taro.yamada@example.co.jp',
  myNumber: '1234 5678 9012',
  card: '4111 1111 1111 1111',
};
const RAW = Object.values(PERSONAL);

function expectNoPersonalData(lines: Line[]): void {
  const text = JSON.stringify(lines);
  for (const raw of RAW) expect(text).not.toContain(raw);
  expect(text).not.toContain(PERSONAL.phone.replaceAll('-', ''));
}

describe('createLogger', () => {
  it('writes Cloud Logging fields: severity, message, time', async () => {
    const { log, lines } = captureLogger();
    log.warn('something');
    log.error({ a: 1 }, 'bad');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({ severity: 'WARNING', message: 'something', service: 'tokyo-ai-chat', version: 'test' });
    expect(lines[1]).toMatchObject({ severity: 'ERROR', message: 'bad', a: 1 });
    expect(Date.parse(lines[0]?.time as string)).not.toBeNaN();
  });

  it('redacts personal data in the message, in nested fields and in format arguments', async () => {
    const { log, lines } = captureLogger();
    log.info(`question: call me on ${PERSONAL.phone} or mail ${PERSONAL.email}`);
    log.info({ question: `my number is ${PERSONAL.myNumber}`, nested: { deeper: [`card ${PERSONAL.card}`] } }, 'turn');
    log.info('asked %s', `phone ${PERSONAL.phone}`);
    await new Promise((resolve) => setImmediate(resolve));
    expectNoPersonalData(lines);
    expect(lines[0]?.message).toBe('question: call me on [phone] or mail [email]');
    expect(lines[1]).toMatchObject({ question: 'my number is [my-number]', nested: { deeper: ['card [card-number]'] } });
    expect(lines[2]?.message).toBe('asked phone [phone]');
  });

  it('redacts an error message, its stack and its cause, whether passed first or as err', async () => {
    const { log, lines } = captureLogger();
    const error = new Error(`delivery to ${PERSONAL.email} failed`, { cause: new Error(`number ${PERSONAL.phone}`) });
    log.error(error);
    log.error({ err: error }, 'request failed');
    await new Promise((resolve) => setImmediate(resolve));
    expectNoPersonalData(lines);
    expect(lines[0]).toMatchObject({ err: { type: 'Error', message: 'delivery to [email] failed', cause: { message: 'number [phone]' } } });
    expect(lines[1]?.message).toBe('request failed');
    expect((lines[1]?.err as Line).stack).toContain('[email]');
  });

  it('copies the value it redacts instead of changing the caller object', () => {
    const { log } = captureLogger();
    const fields = { question: PERSONAL.phone };
    log.info(fields, 'x');
    expect(fields.question).toBe(PERSONAL.phone);
  });

  it('cuts circular structures instead of looping', async () => {
    const { log, lines } = captureLogger();
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    log.info({ loop }, 'circular');
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.stringify(lines[0])).toContain('[depth]');
  });

  it('adds the request id, session id and trace of the request being served to every line', async () => {
    const { log, lines } = captureLogger();
    const context = createRequestContext('req-1', { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), sampled: true }, 'tokyo-ai-chat-mvp');
    await runWithRequestContext(context, async () => {
      log.info('before session');
      await Promise.resolve();
      setRequestSessionId('session-1');
      log.child({ part: 'adapter' }).info('inside an adapter');
    });
    log.info('outside any request');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({ requestId: 'req-1', 'logging.googleapis.com/trace': `projects/tokyo-ai-chat-mvp/traces/${'a'.repeat(32)}` });
    expect(lines[0]).not.toHaveProperty('sessionId');
    expect(lines[1]).toMatchObject({ requestId: 'req-1', sessionId: 'session-1', part: 'adapter', 'logging.googleapis.com/spanId': 'b'.repeat(16) });
    expect(lines[2]).not.toHaveProperty('requestId');
  });

  it('marks the security stream', async () => {
    const { log, lines } = captureLogger();
    createSecurityLogger(log).warn({ kind: 'x' }, 'SECURITY: x');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({ security: true, severity: 'WARNING' });
  });
});

describe('redaction fast path', () => {
  it('skips only values redactPersonalData would leave as they are', async () => {
    const { redactPersonalData } = await import('./redact.ts');
    const { redactLogValue } = await import('./redact-log.ts');
    const values = ['POST', '/api/chat', 'request', 'Chome Street', 'Baker Street', 'taro at example dot jp', 'Mozilla/(X11; Linux x86_64)', '+-()', 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', '０９０－１２３４－５６７８', '①②③'];
    for (const value of values) expect([value, redactLogValue(value)]).toEqual([value, redactPersonalData(value)]);
  });
});
