import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AlertNotifier } from '../../src/adapters/notify/alert-notifier.ts';
import { notifyOnOpsEvents } from '../../src/adapters/notify/alerts-from-ops-events.ts';
import { createNotificationChannels } from '../../src/adapters/notify/create-notifier.ts';
import type { Alert } from '../../src/adapters/notify/notification-channel.ts';
import { ConfigError, loadEnv } from '../../src/config/env.ts';
import { OpsEvents } from '../../src/observability/events.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { postJson, startTestServer } from '../helpers/test-server.ts';

interface Received {
  path: string;
  body: Record<string, unknown>;
}

/**
 * One local HTTP receiver for every webhook: Slack's incoming webhook answers 200 "ok" (as Slack does),
 * /hang accepts and never answers, /fail answers 500, /refuse 400 "invalid_payload", /flaky fails twice.
 */
class Receiver {
  readonly received: Received[] = [];
  private readonly server: Server;
  private flakyCalls = 0;
  private readonly hanging: ServerResponse[] = [];

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  on(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    this.server.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    const path = req.url ?? '/';
    if (req.headers['content-type'] !== 'application/json') return void res.writeHead(415).end();
    if (path === '/hang') return void this.hanging.push(res);
    if (path === '/fail') return void res.writeHead(500).end('server error');
    if (path === '/refuse') return void res.writeHead(400).end('invalid_payload');
    if (path === '/flaky' && ++this.flakyCalls <= 2) return void res.writeHead(503).end('try later');
    this.received.push({ path, body: JSON.parse(text) as Record<string, unknown> });
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  }
}

/** A real SMTP server (smtp-server), recording each message; rejects recipients at refused.example. */
class MailReceiver {
  readonly messages: Array<{ from: string; to: string[]; raw: string }> = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (address.address.endsWith('@refused.example')) {
        const error = new Error('mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData: (stream, session, callback) => {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        this.messages.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });

  async start(): Promise<number> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    return (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function silentLog() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push(JSON.parse(text) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level: 'debug', destination }), lines };
}

const receiver = new Receiver();
const mail = new MailReceiver();
let smtpPort: number;

beforeAll(async () => {
  await receiver.start();
  smtpPort = await mail.start();
});
afterAll(async () => {
  await receiver.stop();
  await mail.stop();
});
afterEach(() => {
  receiver.received.length = 0;
  mail.messages.length = 0;
});

// attempts long enough for a real SMTP exchange on a busy machine: a timed-out attempt that still lands
// would be delivered twice (delivery is at least once)
const FAST = { attemptTimeoutMs: 1_500, maxAttempts: 3, baseBackoffMs: 10, maxBackoffMs: 50 };

function envWith(paths: { critical?: string; ops?: string; webhook?: string; emailTo?: string }) {
  return loadEnv({
    NODE_ENV: 'test',
    SLACK_WEBHOOK_CRITICAL: paths.critical && receiver.url(paths.critical),
    SLACK_WEBHOOK_OPS: paths.ops && receiver.url(paths.ops),
    ALERT_WEBHOOK_URL: paths.webhook && receiver.url(paths.webhook),
    ALERT_EMAIL_TO: paths.emailTo,
    ALERT_EMAIL_FROM: paths.emailTo ? 'noreply@metro.tokyo.lg.jp' : undefined,
    SMTP_URL: paths.emailTo ? `smtp://127.0.0.1:${smtpPort}` : undefined,
  });
}

function makeNotifier(paths: Parameters<typeof envWith>[0], extra: Partial<ConstructorParameters<typeof AlertNotifier>[1]> = {}) {
  const { log, lines } = silentLog();
  const counts: string[] = [];
  const notifier = new AlertNotifier(createNotificationChannels(envWith(paths)), {
    log,
    count: (channel, outcome) => counts.push(`${channel}:${outcome}`),
    ...FAST,
    ...extra,
  });
  return { notifier, counts, lines };
}

const alertOf = (severity: Alert['severity'], subject = `test:${severity}:${Math.random()}`): Alert => ({
  subject,
  title: `Test ${severity} alert`,
  description: 'Something an operator should know.',
  severity,
  at: Date.UTC(2026, 10, 29, 3, 0, 0),
  labels: { breaker: 'gemini' },
});

describe('AlertNotifier routing by severity (design 4.3.1)', () => {
  it('sends a critical alert to the critical Slack channel, e-mail and the webhook', async () => {
    const { notifier, counts } = makeNotifier({ critical: '/slack-critical', ops: '/slack-ops', webhook: '/webhook', emailTo: 'ops-team@metro.tokyo.lg.jp' });
    notifier.notify(alertOf('critical'));
    await notifier.drain();
    expect(counts.sort()).toEqual(['email:sent', 'slack-critical:sent', 'webhook:sent']);

    const [slack] = receiver.on('/slack-critical');
    expect(slack?.body).toMatchObject({
      channel: '#alerts-critical',
      username: 'Tokyo AI Chat Alert',
      text: '🚨 [CRITICAL] Test critical alert',
      attachments: [
        {
          color: 'danger',
          title: '🚨 Test critical alert',
          text: 'Something an operator should know.',
          footer: 'Tokyo AI Chat Monitoring',
          ts: Date.UTC(2026, 10, 29, 3, 0, 0) / 1000,
        },
      ],
    });
    const fields = (slack?.body.attachments as Array<{ fields: Array<{ title: string; value: string }> }>)[0]?.fields ?? [];
    expect(fields.map((f) => f.title)).toEqual(['Severity', 'Service', 'Environment', 'Time', 'breaker']);
    expect(receiver.on('/slack-ops')).toEqual([]);

    expect(receiver.on('/webhook')[0]?.body).toMatchObject({ version: '1', service: 'tokyo-ai-chat', environment: 'test', alert: { severity: 'critical', title: 'Test critical alert', labels: { breaker: 'gemini' } } });

    expect(mail.messages).toHaveLength(1);
    expect(mail.messages[0]).toMatchObject({ from: 'noreply@metro.tokyo.lg.jp', to: ['ops-team@metro.tokyo.lg.jp'] });
    expect(mail.messages[0]?.raw).toMatch(/^Subject: \[CRITICAL\] Test critical alert \(tokyo-ai-chat, test\)/m);
    expect(mail.messages[0]?.raw).toContain('Something an operator should know.');
  });

  it('sends warnings and notices to the ops channel and the webhook only', async () => {
    const { notifier, counts } = makeNotifier({ critical: '/slack-critical', ops: '/slack-ops', webhook: '/webhook', emailTo: 'ops-team@metro.tokyo.lg.jp' });
    notifier.notify(alertOf('warning'));
    notifier.notify(alertOf('info'));
    await notifier.drain();
    expect(counts.sort()).toEqual(['slack-ops:sent', 'slack-ops:sent', 'webhook:sent', 'webhook:sent']);
    expect(receiver.on('/slack-ops').map((r) => (r.body.attachments as Array<{ color: string }>)[0]?.color)).toEqual(['warning', 'good']);
    expect(receiver.on('/slack-critical')).toEqual([]);
    expect(mail.messages).toEqual([]);
  });
});

describe('delivery: timeouts, retries, isolation', () => {
  it('returns from notify at once and delivers in the background', async () => {
    const { notifier } = makeNotifier({ webhook: '/webhook' });
    const result = notifier.notify(alertOf('warning'));
    expect(result).toBeUndefined();
    expect(receiver.on('/webhook')).toEqual([]); // nothing can have been sent synchronously
    await notifier.drain();
    expect(receiver.on('/webhook')).toHaveLength(1);
  });

  it('delivers to the other channels while one hangs, and gives up on the hanging one after its timeouts', async () => {
    const { notifier, counts, lines } = makeNotifier({ critical: '/hang', webhook: '/webhook', emailTo: 'ops-team@metro.tokyo.lg.jp' }, { maxAttempts: 2 });
    const started = performance.now();
    notifier.notify(alertOf('critical'));
    for (let i = 0; i < 100 && (receiver.on('/webhook').length === 0 || mail.messages.length === 0); i += 1) await new Promise((r) => setTimeout(r, 10));
    const othersDoneMs = performance.now() - started;
    expect(receiver.on('/webhook')).toHaveLength(1);
    expect(mail.messages).toHaveLength(1);
    expect(othersDoneMs).toBeLessThan(FAST.attemptTimeoutMs); // not held up by the hanging channel's first attempt
    await notifier.drain();
    expect(counts.sort()).toEqual(['email:sent', 'slack-critical:failed', 'webhook:sent']);
    const attempts = lines.filter((l) => l.channel === 'slack-critical' && /attempt failed|notification failed/.test(l.message as string));
    expect(attempts).toHaveLength(2);
  });

  it('retries a failing channel with backoff until it gives up, and never retries a refused alert', async () => {
    const { notifier, counts, lines } = makeNotifier({ critical: '/fail', ops: '/refuse' });
    notifier.notify(alertOf('critical'));
    notifier.notify(alertOf('warning'));
    await notifier.drain();
    expect(counts.sort()).toEqual(['slack-critical:failed', 'slack-ops:failed']);
    const retries = lines.filter((l) => l.message === 'alert notification attempt failed; retrying');
    expect(retries.map((l) => l.channel)).toEqual(['slack-critical', 'slack-critical']);
    for (const retry of retries) expect(retry.retryInMs).toBeLessThanOrEqual(FAST.maxBackoffMs);
    const refused = lines.find((l) => l.channel === 'slack-ops' && l.message === 'alert notification failed');
    expect(refused).toMatchObject({ attempt: 1, err: { message: 'HTTP 400: invalid_payload' } });
  });

  it('delivers after transient failures', async () => {
    const { notifier, counts } = makeNotifier({ webhook: '/flaky' });
    notifier.notify(alertOf('info'));
    await notifier.drain();
    expect(counts).toEqual(['webhook:sent']);
    expect(receiver.on('/flaky')).toHaveLength(1);
  });

  it('does not retry an e-mail the SMTP server refused permanently', async () => {
    const { notifier, counts, lines } = makeNotifier({ emailTo: 'nobody@refused.example' });
    notifier.notify(alertOf('critical'));
    await notifier.drain();
    expect(counts).toEqual(['email:failed']);
    expect(lines.filter((l) => l.message === 'alert notification attempt failed; retrying')).toEqual([]);
  });

  it('bounds the queue of a hanging channel, dropping the oldest', async () => {
    const { notifier, counts } = makeNotifier({ critical: '/hang' }, { queueSize: 2, maxAttempts: 1, attemptTimeoutMs: 100 });
    for (let i = 0; i < 6; i += 1) notifier.notify(alertOf('critical'));
    await notifier.drain();
    // the first is being sent, two wait, three were pushed out
    expect(counts.filter((c) => c === 'slack-critical:dropped')).toHaveLength(3);
    expect(counts.filter((c) => c === 'slack-critical:failed')).toHaveLength(3);
  });

  it('does not send the same alert again within the repeat interval', async () => {
    let now = 0;
    const { notifier, counts } = makeNotifier({ webhook: '/webhook' }, { now: () => now, repeatIntervalMs: 60_000 });
    notifier.notify(alertOf('critical', 'breaker:gemini'));
    notifier.notify(alertOf('critical', 'breaker:gemini'));
    now += 61_000;
    notifier.notify(alertOf('critical', 'breaker:gemini'));
    await notifier.drain();
    expect([...counts].sort()).toEqual(['webhook:sent', 'webhook:sent', 'webhook:suppressed']);
  });
});

describe('alerts from the events the app detects', () => {
  it('notifies breaker opened and closed, a failed refresh, maintenance on and off', async () => {
    const { notifier } = makeNotifier({ critical: '/slack-critical', ops: '/slack-ops' });
    const events = new OpsEvents();
    const { log } = silentLog();
    const stop = notifyOnOpsEvents(events, notifier, log);
    events.emit('breaker', { name: 'gemini', state: 'closed' }); // closed without having opened: nothing to say
    events.emit('breaker', { name: 'gemini', state: 'open' });
    events.emit('breaker', { name: 'gemini', state: 'half_open' });
    events.emit('breaker', { name: 'gemini', state: 'closed' });
    events.emit('refresh', { datasetId: 'tmg-shelters', outcome: 'failed', reason: 'HTTP 503' });
    events.emit('refresh', { datasetId: 'tmg-aed', outcome: 'updated' });
    events.emit('maintenance', { enabled: true, source: 'redis' });
    events.emit('maintenance', { enabled: false, source: 'redis' });
    stop();
    events.emit('breaker', { name: 'gemini', state: 'open' }); // after unsubscribing: ignored
    await notifier.drain();
    const titles = (path: string) => receiver.on(path).map((r) => (r.body.attachments as Array<{ title: string }>)[0]?.title);
    expect(titles('/slack-critical')).toEqual(['🚨 Circuit breaker gemini opened']);
    expect(titles('/slack-ops')).toEqual([
      'ℹ️ Circuit breaker gemini closed',
      '⚠️ Open-data refresh failed: tmg-shelters',
      'ℹ️ Maintenance mode started',
      'ℹ️ Maintenance mode ended',
    ]);
  });

  it('keeps the request path free: a chat answers at once while the critical channel hangs', async () => {
    const events = new OpsEvents();
    const server = await startTestServer({ env: { SLACK_WEBHOOK_CRITICAL: receiver.url('/hang'), ALERT_WEBHOOK_URL: receiver.url('/webhook') }, server: { events } });
    try {
      events.emit('breaker', { name: 'gemini', state: 'open' });
      const started = performance.now();
      const answer = await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所' });
      expect(answer.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(2_000); // the hanging channel's 5 s attempt timeout is not waited for
      for (let i = 0; i < 100 && receiver.on('/webhook').length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
      expect(receiver.on('/webhook')[0]?.body).toMatchObject({ alert: { severity: 'critical', title: 'Circuit breaker gemini opened' } });
    } finally {
      await server.close();
    }
  });
});

describe('configuration', () => {
  it('needs SMTP_URL and ALERT_EMAIL_FROM with ALERT_EMAIL_TO', () => {
    expect(() => createNotificationChannels(loadEnv({ NODE_ENV: 'test', ALERT_EMAIL_TO: 'ops@example.jp' }))).toThrow(ConfigError);
  });

  it('has no channel when nothing is configured, and notify is then harmless', async () => {
    const { notifier } = makeNotifier({});
    expect(notifier.channels).toEqual([]);
    notifier.notify(alertOf('critical'));
    await notifier.drain();
  });
});
