import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { freePort } from '../helpers/redis-server.ts';

/**
 * The Alertmanager configuration of ops/monitoring, run for real (Debian's prometheus-alertmanager): the file is
 * copied with its secrets and addresses pointed at local receivers — Slack's incoming-webhook format over HTTP,
 * a real SMTP server, the generic webhook — and shorter grouping waits; then alerts are posted to its API and
 * the test waits for each receiver to get what the routes say.
 */
const root = path.resolve(import.meta.dirname, '../..');
const amDir = path.join(root, 'ops/monitoring/alertmanager');
const received: Array<{ path: string; auth?: string; body: Record<string, unknown> }> = [];
const mails: string[] = [];
let http: ReturnType<typeof createServer>;
let smtp: SMTPServer;
let alertmanager: ChildProcess;
let amUrl = '';
let work = '';

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  received.push({ path: req.url ?? '/', auth: req.headers.authorization, body: JSON.parse(text) as Record<string, unknown> });
  res.writeHead(200).end('ok');
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'alertmanager-'));
  http = createServer((req, res) => void handle(req, res)).listen(0, '127.0.0.1');
  await once(http, 'listening');
  const httpBase = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        mails.push(raw);
        callback();
      });
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const config = parse(readFileSync(path.join(amDir, 'alertmanager.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  config.global.smtp_smarthost = `127.0.0.1:${smtpPort}`;
  config.global.smtp_require_tls = false;
  delete config.global.smtp_auth_username;
  delete config.global.smtp_auth_password_file;
  config.templates = [path.join(amDir, 'templates/*.tmpl')];
  for (const route of [config.route, ...config.route.routes]) Object.assign(route, { group_wait: '1s', group_interval: '1s' });
  const secret = (name: string, value: string) => {
    const file = path.join(work, name);
    writeFileSync(file, value, { mode: 0o600 });
    return file;
  };
  for (const receiver of config.receivers) {
    for (const slack of receiver.slack_configs ?? []) slack.api_url_file = secret(`slack-${receiver.name}`, `${httpBase}/slack/${receiver.name}`);
    for (const hook of receiver.webhook_configs ?? []) {
      hook.url = `${httpBase}/webhook`;
      hook.http_config.authorization.credentials_file = secret('webhook-token', 'webhook-secret');
    }
  }
  writeFileSync(path.join(work, 'alertmanager.yml'), stringify(config));

  const port = await freePort();
  amUrl = `http://127.0.0.1:${port}`;
  alertmanager = spawn(
    'prometheus-alertmanager',
    [`--config.file=${path.join(work, 'alertmanager.yml')}`, `--storage.path=${path.join(work, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--cluster.listen-address='],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  alertmanager.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let i = 0; ; i += 1) {
    if (alertmanager.exitCode !== null || i > 100) throw new Error(`alertmanager did not start: ${stderr}`);
    const ready = await fetch(`${amUrl}/-/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(async () => {
  if (alertmanager && alertmanager.exitCode === null) {
    alertmanager.kill('SIGTERM');
    await once(alertmanager, 'exit');
  }
  http?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

const alert = (alertname: string, labels: Record<string, string>) => ({
  labels: { alertname, job: 'tokyo-ai-chat', ...labels },
  annotations: { summary: `${alertname} summary`, description: `${alertname} description`, runbook_url: `docs/operations.md#${alertname.toLowerCase()}` },
  startsAt: new Date().toISOString(),
});

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(received.map((r) => r.path))}, ${mails.length} mails`);
}

describe('Alertmanager routes the metric alerts as the app routes its own', () => {
  it('delivers critical to Slack #alerts-critical and e-mail, warning to #ops-alerts, security to #security-alerts, all to the webhook', async () => {
    const response = await fetch(`${amUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        alert('HighErrorRate', { severity: 'critical' }),
        alert('HighLatencyP95', { severity: 'warning' }),
        alert('SecurityEvents', { severity: 'warning', category: 'security' }),
      ]),
    });
    expect(response.status).toBe(200);
    await waitFor(() => received.filter((r) => r.path === '/webhook').length >= 3 && mails.length >= 1 && received.filter((r) => r.path.startsWith('/slack/')).length >= 3, 'every delivery');

    const slack = (receiver: string) => received.filter((r) => r.path === `/slack/${receiver}`).map((r) => r.body);
    expect(slack('critical')).toHaveLength(1);
    expect(slack('critical')[0]).toMatchObject({ channel: '#alerts-critical', username: 'Tokyo AI Chat Alert' });
    const critical = (slack('critical')[0]?.attachments as Array<{ title: string; text: string; color: string }>)[0];
    expect(critical?.title).toBe('[FIRING:1] CRITICAL HighErrorRate (tokyo-ai-chat)');
    expect(critical?.text).toContain('Runbook: docs/operations.md#higherrorrate');
    expect(critical?.color).toBe('danger');
    expect(slack('ops-slack').map((b) => (b.attachments as Array<{ title: string }>)[0]?.title)).toEqual(['[FIRING:1] WARNING HighLatencyP95 (tokyo-ai-chat)']);
    expect(slack('security-slack').map((b) => (b.attachments as Array<{ title: string }>)[0]?.title)).toEqual(['[FIRING:1] WARNING SecurityEvents (tokyo-ai-chat)']);

    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/^Subject: \[FIRING:1\] CRITICAL HighErrorRate \(tokyo-ai-chat\)/m);
    expect(mails[0]).toMatch(/^To: ops-team@metro\.tokyo\.lg\.jp/m);

    const hooks = received.filter((r) => r.path === '/webhook');
    expect(hooks.every((r) => r.auth === 'Bearer webhook-secret')).toBe(true);
    expect(hooks.flatMap((r) => (r.body.alerts as Array<{ labels: { alertname: string } }>).map((a) => a.labels.alertname)).sort()).toEqual(['HighErrorRate', 'HighLatencyP95', 'SecurityEvents']);
  });
});
