/**
 * Smoke test of a running deployment: `npm run test:smoke -- --endpoint URL [--timeout-ms N]`.
 * Asks one question per language and checks the answer, its language and its sources; checks liveness, readiness
 * and the page. Used by the blue/green deploy (against the new revision's tag URL), by CI after a deploy and by
 * the container test. Exit status 0 when every check passed, 1 otherwise (each failure is printed).
 */
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../src/core/languages.ts';

/** One question a language, each about a station the bundled data covers, so each must be answered with sources. */
export const SMOKE_QUESTIONS: Record<Lang, string> = {
  ja: '大井町駅の近くの避難所はどこですか？',
  en: 'Where is the nearest evacuation shelter to Oimachi Station?',
  'zh-Hans': '大井町站附近的避难所在哪里？',
  'zh-Hant': '大井町站附近的避難所在哪裡？',
  ko: '오이마치역 근처 대피소는 어디예요?',
  'ja-easy': 'おおいまちえきの ちかくの ひなんじょは どこですか？',
};

interface Source {
  title?: string;
  publisher?: string;
  license?: string;
  url?: string;
}

export interface SmokeResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** Runs every check against `endpoint`; never throws (a failed request is a failed check). */
export async function runSmokeTest(endpoint: string, timeoutMs = 15_000): Promise<SmokeResult[]> {
  const base = endpoint.replace(/\/+$/, '');
  const checks: Array<[string, () => Promise<string>]> = [
    ['GET /api/health', () => checkHealth(base, '/api/health', timeoutMs)],
    ['GET /api/health/ready', () => checkHealth(base, '/api/health/ready', timeoutMs)],
    ['GET / (the page)', () => checkPage(base, timeoutMs)],
    ...LANGS.map((lang): [string, () => Promise<string>] => [`POST /api/chat (${lang})`, () => checkChat(base, lang, timeoutMs)]),
  ];
  const results: SmokeResult[] = [];
  for (const [name, check] of checks) {
    try {
      results.push({ name, ok: true, detail: await check() });
    } catch (error) {
      results.push({ name, ok: false, detail: (error as Error).message });
    }
  }
  return results;
}

async function request(url: string, init: RequestInit, timeoutMs: number): Promise<{ status: number; text: string; type: string }> {
  const started = performance.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
  const text = await response.text();
  if (performance.now() - started > timeoutMs) throw new Error(`no answer within ${timeoutMs} ms`);
  return { status: response.status, text, type: response.headers.get('content-type') ?? '' };
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`not JSON: ${text.slice(0, 120)}`);
  }
}

async function checkHealth(base: string, path: string, timeoutMs: number): Promise<string> {
  const { status, text } = await request(`${base}${path}`, {}, timeoutMs);
  const body = parseJson(text) as { status?: string; data?: { version?: string; metrics?: { errorRate?: unknown } } };
  if (status !== 200 || body.status !== 'ok') throw new Error(`HTTP ${status}, status ${body.status}: ${text.slice(0, 300)}`);
  const rate = body.data?.metrics?.errorRate;
  if (typeof rate !== 'number') throw new Error('data.metrics.errorRate is missing (the canary reads it)');
  return `version ${body.data?.version}, error rate ${rate}`;
}

async function checkPage(base: string, timeoutMs: number): Promise<string> {
  const { status, text, type } = await request(`${base}/`, { headers: { accept: 'text/html' } }, timeoutMs);
  if (status !== 200 || !type.includes('text/html') || !text.includes('<html')) throw new Error(`HTTP ${status} ${type}`);
  return `${text.length} bytes of HTML`;
}

async function checkChat(base: string, lang: Lang, timeoutMs: number): Promise<string> {
  const { status, text } = await request(
    `${base}/api/chat`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: SMOKE_QUESTIONS[lang], lang }) },
    timeoutMs,
  );
  if (status !== 200) throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
  const body = parseJson(text) as { lang?: string; status?: string; answer?: string; sources?: Source[]; sessionId?: string };
  if (body.lang !== lang) throw new Error(`answered in ${body.lang}, asked in ${lang}`);
  if (body.status !== 'answered' && body.status !== 'degraded_fallback') throw new Error(`status ${body.status}: ${body.answer?.slice(0, 200)}`);
  const sources = body.sources ?? [];
  if (sources.length === 0) throw new Error('no sources');
  for (const source of sources) {
    if (!source.title || !source.publisher || !source.license || !source.url) throw new Error(`a source lacks title, publisher, licence or URL: ${JSON.stringify(source)}`);
  }
  if (!body.answer || !sources.some((source) => body.answer?.includes(source.title as string))) {
    throw new Error(`the answer names none of its sources: ${body.answer?.slice(0, 200)}`);
  }
  return `${body.status}, ${sources.length} sources, first: ${sources[0]?.title}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { endpoint: { type: 'string' }, 'timeout-ms': { type: 'string' } } });
  if (!values.endpoint || !/^https?:\/\//.test(values.endpoint)) {
    console.error('Usage: npm run test:smoke -- --endpoint https://SERVICE-URL [--timeout-ms 15000]');
    process.exit(64);
  }
  const timeoutMs = Number(values['timeout-ms'] ?? 15_000);
  const results = await runSmokeTest(values.endpoint, timeoutMs);
  for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}: ${result.detail}`);
  const failed = results.filter((result) => !result.ok).length;
  console.log(`smoke: ${results.length - failed} passed, ${failed} failed against ${values.endpoint}`);
  process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.main) await main();
