import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OpsEvents } from '../../src/observability/events.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

const TOKEN = 'metrics-token-for-tests-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text exposition format (version 0.0.4) into TYPE declarations and samples. */
function parseExposition(text: string): { types: Map<string, string>; samples: Sample[] } {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# TYPE ')) {
      const [, , name = '', type = ''] = line.split(' ');
      types.set(name, type);
    } else if (line && !line.startsWith('#')) {
      // name{label="value",...} value: the value follows the last space
      const space = line.lastIndexOf(' ');
      const head = line.slice(0, space);
      const brace = head.indexOf('{');
      const labels: Record<string, string> = {};
      if (brace !== -1) {
        for (const pair of head.slice(brace + 1, -1).split('",')) {
          const [key = '', value = ''] = pair.split('="');
          labels[key] = value.replace(/"$/, '');
        }
      }
      samples.push({ name: brace === -1 ? head : head.slice(0, brace), labels, value: Number(line.slice(space + 1)) });
    }
  }
  return { types, samples };
}

async function scrape(server: TestServer) {
  const response = await fetch(`${server.baseUrl}/api/metrics`, { headers: auth });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const matching = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return matching.reduce((sum, s) => sum + s.value, 0);
}

let server: TestServer;
const events = new OpsEvents();
beforeAll(async () => {
  server = await startTestServer({ env: { METRICS_TOKEN: TOKEN }, server: { events } });
});
afterAll(async () => {
  await server.close();
});

describe('GET /api/metrics access', () => {
  it('refuses a request without the bearer token with 401 and WWW-Authenticate', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong-token-0123456789abc' }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }];
    for (const headers of attempts) {
      const response = await fetch(`${server.baseUrl}/api/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('unauthorized');
    }
    const refused = server.logLines.filter((line) => line.security === true && (line.securityEvent as { kind?: string })?.kind === 'metrics_unauthorized');
    expect(refused.length).toBeGreaterThanOrEqual(4);
  });

  it('answers 404 when METRICS_TOKEN is unset, even to a bearer token', async () => {
    const bare = await startTestServer({ server: { events: new OpsEvents() } });
    try {
      const response = await fetch(`${bare.baseUrl}/api/metrics`, { headers: auth });
      expect(response.status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

describe('the metrics the design names', () => {
  it('has every metric with its type, labels and buckets', async () => {
    await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所' });
    const { types, samples } = await scrape(server);
    const expected: Record<string, string> = {
      http_requests_total: 'counter',
      http_request_duration_seconds: 'histogram',
      chat_messages_total: 'counter',
      voice_recognition_total: 'counter',
      voice_synthesis_total: 'counter',
      errors_total: 'counter',
      external_api_requests_total: 'counter',
      external_api_duration_seconds: 'histogram',
      active_sessions_total: 'gauge',
      chat_answers_total: 'counter',
      pipeline_step_duration_seconds: 'histogram',
      circuit_breaker_state: 'gauge',
      answer_fallbacks_total: 'counter',
      security_events_total: 'counter',
      process_cpu_seconds_total: 'counter',
      process_resident_memory_bytes: 'gauge',
      nodejs_eventloop_lag_seconds: 'gauge',
    };
    for (const [name, type] of Object.entries(expected)) expect([name, types.get(name)]).toEqual([name, type]);

    const request = samples.find((s) => s.name === 'http_requests_total' && s.labels.endpoint === '/api/chat');
    expect(Object.keys(request?.labels ?? {}).sort()).toEqual(['endpoint', 'method', 'status_code']);
    expect(request?.labels).toMatchObject({ method: 'POST', status_code: '200' });
    const buckets = (name: string) => samples.filter((s) => s.name === `${name}_bucket`).map((s) => s.labels.le);
    expect(new Set(buckets('http_request_duration_seconds'))).toEqual(new Set(['0.1', '0.3', '1', '3', '10', '+Inf']));
    events.emit('external', { service: 'gemini', status: 'success', seconds: 0.7 });
    const after = await scrape(server);
    expect(new Set(after.samples.filter((s) => s.name === 'external_api_duration_seconds_bucket').map((s) => s.labels.le))).toEqual(
      new Set(['0.5', '1', '2', '5', '10', '+Inf']),
    );
  });

  it('counts a chat turn: the request, the message (new, then returning), its status and each step', async () => {
    const before = (await scrape(server)).samples;
    const first = await postJson(server.baseUrl, '/api/chat', { message: 'Shelters near Oimachi station' });
    expect(first.status).toBe(200);
    await postJson(server.baseUrl, '/api/chat', { message: 'And toilets?', sessionId: first.body.sessionId });
    await postJson(server.baseUrl, '/api/chat', { message: '' });
    const after = (await scrape(server)).samples;
    const delta = (name: string, labels: Record<string, string>) => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(delta('chat_messages_total', { language: 'en', user_type: 'new' })).toBe(1);
    expect(delta('chat_messages_total', { language: 'en', user_type: 'returning' })).toBe(1);
    expect(delta('http_requests_total', { endpoint: '/api/chat', status_code: '200' })).toBe(2);
    expect(delta('http_requests_total', { endpoint: '/api/chat', status_code: '400' })).toBe(1);
    expect(delta('http_request_duration_seconds_count', { endpoint: '/api/chat', method: 'POST' })).toBe(3);
    expect(delta('chat_answers_total', { status: first.body.status as string })).toBeGreaterThanOrEqual(1);
    expect(delta('chat_answers_total', { status: 'error_invalid_input' })).toBe(1);
    for (const step of ['validate-input', 'load-session', 'retrieve', 'compose']) {
      expect([step, delta('pipeline_step_duration_seconds_count', { step })]).toEqual([step, 2]);
    }
    // record-turn always runs, also after the empty question was refused
    expect(delta('pipeline_step_duration_seconds_count', { step: 'record-turn' })).toBe(3);
  });

  it('counts the ops events other parts raise: breaker, fallback, external calls, security, speech, refresh', async () => {
    events.emit('breaker', { name: 'gemini', state: 'open' });
    events.emit('fallback', { engine: 'local', reason: 'breaker_open' });
    events.emit('external', { service: 'gemini', status: 'timeout', seconds: 5.2 });
    events.emit('security', { kind: 'injection_blocked', detail: { pattern: 'ignore previous' } });
    events.emit('speech', { kind: 'recognition', lang: 'en', success: false });
    events.emit('speech', { kind: 'synthesis', lang: 'ko', success: true });
    events.emit('refresh', { datasetId: 'tmg-shelters', outcome: 'failed', reason: 'HTTP 503' });
    const { samples } = await scrape(server);
    expect(valueOf(samples, 'circuit_breaker_state', { breaker: 'gemini' })).toBe(2);
    expect(valueOf(samples, 'answer_fallbacks_total', { engine: 'local', reason: 'breaker_open' })).toBe(1);
    expect(valueOf(samples, 'external_api_requests_total', { service: 'gemini', status: 'timeout' })).toBe(1);
    expect(valueOf(samples, 'errors_total', { error_type: 'breaker_open', severity: 'critical' })).toBe(1);
    expect(valueOf(samples, 'errors_total', { error_type: 'external_api', severity: 'warning' })).toBe(1);
    expect(valueOf(samples, 'errors_total', { error_type: 'refresh_failed', severity: 'warning' })).toBe(1);
    expect(valueOf(samples, 'security_events_total', { kind: 'injection_blocked' })).toBe(1);
    expect(valueOf(samples, 'voice_recognition_total', { language: 'en', success: 'false' })).toBe(1);
    expect(valueOf(samples, 'voice_synthesis_total', { language: 'ko' })).toBe(1);
    events.emit('breaker', { name: 'gemini', state: 'closed' });
    expect(valueOf((await scrape(server)).samples, 'circuit_breaker_state', { breaker: 'gemini' })).toBe(0);
  });

  it('reads active_sessions_total from the memory session store', async () => {
    const { samples } = await scrape(server);
    const active = await server.deps.sessions.countActive();
    expect(active).toBeGreaterThan(0);
    expect(valueOf(samples, 'active_sessions_total')).toBe(active);
  });

  it('reads active_sessions_total from the Redis session store', async () => {
    const withRedis = await startTestServer({ redisUrl: inject('redisUrl'), env: { METRICS_TOKEN: TOKEN }, server: { events: new OpsEvents() } });
    try {
      for (const message of ['大井町駅の近くの避難所', 'AED near Shinagawa station', '渋谷区のトイレ']) {
        await postJson(withRedis.baseUrl, '/api/chat', { message });
      }
      expect(withRedis.deps.sessions.kind).toBe('redis');
      expect(valueOf((await scrape(withRedis)).samples, 'active_sessions_total')).toBe(3);
    } finally {
      await withRedis.close();
    }
  });
});

describe('bounded label values', () => {
  const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND'];
  const randomPath = () => {
    const prefix = ['/', '/api/', '/api/chat/', '/_next/static/', '/api/health/'][Math.floor(Math.random() * 5)];
    return `${prefix}${randomBytes(6).toString('hex')}?q=${randomBytes(4).toString('hex')}`;
  };
  const send = (method: string, path: string) =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { 'accept-language': `x-${randomBytes(2).toString('hex')}`, traceparent: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01` },
    }).then((response) => response.arrayBuffer());
  // the process's own metrics (GC kinds, heap spaces) may add series as the process ages: not request-driven
  const seriesOf = (samples: Sample[]) =>
    new Set(samples.filter((s) => !/^(process|nodejs)_/.test(s.name)).map((s) => `${s.name}${JSON.stringify(s.labels)}`));

  it('does not grow the registry with 1,000 requests to random paths', async () => {
    for (const method of METHODS) await send(method, randomPath());
    const before = seriesOf((await scrape(server)).samples);
    const queue = Array.from({ length: 1_000 }, (_, i) => [METHODS[i % METHODS.length] as string, randomPath()] as const);
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let next = queue.pop(); next; next = queue.pop()) await send(...next);
      }),
    );
    const after = (await scrape(server)).samples;
    expect([...seriesOf(after)].filter((series) => !before.has(series))).toEqual([]);
    expect(valueOf(after, 'http_requests_total', { endpoint: 'unmatched' })).toBeGreaterThanOrEqual(1_000);
    expect(new Set(after.filter((s) => s.name === 'http_requests_total').map((s) => s.labels.method))).not.toContain('PROPFIND');
  });
});
