import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/adapters/session-store/memory-session-store.ts';
import { OpsEvents } from '../../src/observability/events.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

type Line = Record<string, unknown>;

const PROJECT = 'tokyo-ai-chat-mvp';
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
// personal data in every form the service must never log (PRODUCT.md, "Security")
const PHONE = '090-1234-5678';
const EMAIL = 'hanako.sato@example.jp';
const MY_NUMBER = '1234-5678-9012';
const CARD = '4111-1111-1111-1111';
const FAILING_SESSION = 'failing-session-0001';

let server: TestServer;
const events = new OpsEvents();

beforeAll(async () => {
  const sessions = new MemorySessionStore();
  const get = sessions.get.bind(sessions);
  // fault injection where the store is called, as a failing Redis would: an error whose text holds an e-mail
  sessions.get = async (id) => {
    if (id === FAILING_SESSION) throw new Error(`session lookup failed for ${EMAIL}`);
    // an adapter reporting an external call from inside the pipeline (the Gemini adapter does this)
    events.emit('external', { service: 'gemini', status: 'timeout', seconds: 5 });
    return get(id);
  };
  server = await startTestServer({
    env: { LOG_LEVEL: 'debug', GOOGLE_CLOUD_PROJECT: PROJECT },
    server: { events, slowStepMs: 0, sessions },
  });
});
afterAll(async () => {
  await server.close();
});

/** The request line is written when the response is done: wait for it (up to 10 s on a busy machine). */
async function linesOf(requestId: string): Promise<Line[]> {
  for (let i = 0; i < 500; i += 1) {
    const lines = server.logLines.filter((line) => line.requestId === requestId);
    if (lines.some((line) => line.message === 'request')) return lines;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no request line for ${requestId}`);
}

function expectNoPersonalData(): void {
  const text = JSON.stringify(server.logLines);
  for (const raw of [PHONE, EMAIL, MY_NUMBER, CARD, PHONE.replaceAll('-', '')]) expect(text).not.toContain(raw);
}

describe('structured logs', () => {
  it('writes one request line per API request in the fields Cloud Logging reads', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`, { headers: { 'user-agent': 'probe/1.0' } });
    const requestId = response.headers.get('x-request-id') as string;
    const [line] = (await linesOf(requestId)).filter((l) => l.message === 'request');
    expect(line).toMatchObject({
      severity: 'INFO',
      message: 'request',
      service: 'tokyo-ai-chat',
      endpoint: '/api/health',
      httpRequest: { requestMethod: 'GET', requestUrl: '/api/health', status: 200, userAgent: 'probe/1.0' },
    });
    expect((line?.httpRequest as Line).latency).toMatch(/^\d+\.\d{4}s$/);
    expect(Date.parse(line?.time as string)).not.toBeNaN();
  });

  it('joins the lines of a request to its trace from traceparent', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`, { headers: { traceparent: `00-${TRACE}-00f067aa0ba902b7-01` } });
    const lines = await linesOf(response.headers.get('x-request-id') as string);
    for (const line of lines) {
      expect(line).toMatchObject({
        'logging.googleapis.com/trace': `projects/${PROJECT}/traces/${TRACE}`,
        'logging.googleapis.com/spanId': '00f067aa0ba902b7',
        'logging.googleapis.com/trace_sampled': true,
      });
    }
  });

  it('joins the lines of a request to its trace from X-Cloud-Trace-Context', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`, { headers: { 'x-cloud-trace-context': `${TRACE}/255;o=0` } });
    const [line] = await linesOf(response.headers.get('x-request-id') as string);
    expect(line).toMatchObject({ 'logging.googleapis.com/trace': `projects/${PROJECT}/traces/${TRACE}`, 'logging.googleapis.com/spanId': '00000000000000ff', 'logging.googleapis.com/trace_sampled': false });
  });

  it('puts requestId and sessionId on every line of a chat request, from the pipeline and adapters too', async () => {
    const first = await postJson(server.baseUrl, '/api/chat', { message: 'Where is the nearest AED to Toyocho station?' });
    const sessionId = first.body.sessionId as string;
    const firstLines = await linesOf(first.headers.get('x-request-id') as string);
    // a new session has no id until load-session made one: only the line of the step before it lacks it
    expect(firstLines.filter((line) => line.sessionId !== sessionId).map((line) => line.message)).toEqual(['PERFORMANCE: validate-input']);

    const follow = await postJson(server.baseUrl, '/api/chat', { message: 'And toilets?', sessionId });
    const lines = await linesOf(follow.headers.get('x-request-id') as string);
    const messages = lines.map((line) => line.message);
    expect(messages).toEqual(expect.arrayContaining(['PERFORMANCE: load-session', 'PERFORMANCE: compose', 'external API gemini: timeout', 'request']));
    for (const line of lines) expect([line.message, line.sessionId]).toEqual([line.message, sessionId]);
    // the request line also says how the turn went
    const request = lines.find((line) => line.message === 'request');
    expect(request?.turn).toMatchObject({ status: follow.body.status, lang: 'en', engine: 'local', userType: 'returning', messageId: follow.body.messageId });
    expect(Object.keys((request?.turn as Line).timings as Line)).toEqual(expect.arrayContaining(['validate-input', 'load-session', 'compose', 'record-turn']));
  });

  it('writes a PERFORMANCE entry with the duration of a step slower than the threshold', async () => {
    const response = await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所' });
    const lines = await linesOf(response.headers.get('x-request-id') as string);
    const compose = lines.find((line) => line.message === 'PERFORMANCE: compose');
    expect(compose).toMatchObject({ severity: 'INFO', step: 'compose', metrics: { thresholdMs: 0 } });
    expect((compose?.metrics as Line).durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('the security event stream', () => {
  it('logs a malformed request with its headers and URL, personal data redacted', async () => {
    const response = await fetch(`${server.baseUrl}/api/chat?tel=${PHONE}&mail=${EMAIL}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-contact': `call ${PHONE}`, authorization: 'Bearer secret-token-value' },
      body: '{"message": ',
    });
    expect(response.status).toBe(400);
    const lines = await linesOf(response.headers.get('x-request-id') as string);
    const security = lines.find((line) => line.security === true);
    expect(security).toMatchObject({
      severity: 'WARNING',
      message: 'SECURITY: malformed_request',
      securityEvent: { kind: 'malformed_request', status: 400, code: 'invalid_json', method: 'POST', endpoint: '/api/chat' },
    });
    const event = security?.securityEvent as { headers: Record<string, string>; url: string };
    expect(event.headers['x-contact']).toBe('call [phone]');
    expect(event.headers).not.toHaveProperty('authorization');
    expect(event.url).toBe('/api/chat?tel=[phone]&mail=[email]');
    const request = lines.find((line) => line.message === 'request');
    expect((request?.httpRequest as Line).requestUrl).toBe('/api/chat?tel=[phone]&mail=[email]');
    expectNoPersonalData();
    expect(JSON.stringify(server.logLines)).not.toContain('secret-token-value');
  });

  it('logs wrong media types and oversized bodies too, but not an ordinary 404', async () => {
    const wrongType = await fetch(`${server.baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    const tooLarge = await postJson(server.baseUrl, '/api/chat', { message: 'x'.repeat(20_000) });
    const missing = await fetch(`${server.baseUrl}/api/nothing-here`);
    const kindOf = async (requestId: string) => (await linesOf(requestId)).filter((line) => line.security === true).map((line) => (line.securityEvent as Line).status);
    expect(await kindOf(wrongType.headers.get('x-request-id') as string)).toEqual([415]);
    expect(await kindOf(tooLarge.headers.get('x-request-id') as string)).toEqual([413]);
    expect(await kindOf(missing.headers.get('x-request-id') as string)).toEqual([]);
  });

  it('logs the security events other parts raise (blocked injections, rate limits)', async () => {
    events.emit('security', { kind: 'rate_limited', detail: { scope: 'address' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = server.logLines.find((l) => l.security === true && (l.securityEvent as Line).kind === 'rate_limited');
    expect(line).toMatchObject({ severity: 'WARNING', message: 'SECURITY: rate_limited', securityEvent: { scope: 'address' } });
  });
});

describe('personal data never reaches a log line', () => {
  it('redacts phone numbers, e-mail, My Number and card numbers in questions', async () => {
    const message = `My phone is ${PHONE}, mail ${EMAIL}, My Number ${MY_NUMBER}, card ${CARD}. Where is a shelter near Shinagawa station?`;
    const response = await postJson(server.baseUrl, '/api/chat', { message });
    expect(response.status).toBe(200);
    const lines = await linesOf(response.headers.get('x-request-id') as string);
    const question = lines.find((line) => line.message === 'chat question');
    expect(question?.question).toContain('[phone]');
    expect(question?.question).toContain('[email]');
    expect(question?.question).toContain('[my-number]');
    expect(question?.question).toContain('[card-number]');
    expectNoPersonalData();
  });

  it('redacts a client-chosen request id, and never logs a client-chosen session id it did not make', async () => {
    const phoneId = PHONE.replaceAll('-', '');
    const response = await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所', sessionId: phoneId }, { 'x-request-id': phoneId });
    expect(response.status).toBe(200);
    expect(response.body.sessionId).not.toBe(phoneId); // unknown: a new session was opened
    const lines = await linesOf('[phone]');
    expect(lines.length).toBeGreaterThan(1);
    // the lines before load-session have no session id; the others have the one the server made
    for (const line of lines) expect([undefined, response.body.sessionId]).toContain(line.sessionId);
    expectNoPersonalData();
  });

  it('redacts personal data in an error message and its stack', async () => {
    // a failing store is answered without history (ADR 0008) and logged as a warning with the error
    const response = await postJson(server.baseUrl, '/api/chat', { message: 'shelters', sessionId: FAILING_SESSION });
    expect(response.status).toBe(200);
    expect(response.body.sessionSaved).toBe(false);
    const lines = await linesOf(response.headers.get('x-request-id') as string);
    const failure = lines.find((line) => line.message === 'session store unavailable: answering without history');
    expect(failure).toMatchObject({ severity: 'WARNING', err: { message: 'session lookup failed for [email]' } });
    expect((failure?.err as Line).stack).toContain('[email]');
    expect(lines.find((line) => line.message === 'request')).toMatchObject({ httpRequest: { status: 200 } });
    expectNoPersonalData();
  });
});
