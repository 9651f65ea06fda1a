/**
 * `npm run redteam`: sends every attack of the suite (the public corpora in redteam/corpora and our own
 * multilingual set) through the API, twice: with Gemini configured (a local double of its REST API that
 * obeys every instruction it reads, redteam/naive-model.ts, so that only the server's guards stand between
 * an attack and the user) and with the local engine. Indirect attacks are written into open-data records of
 * a copy of the snapshot, which the question then asks about. Prints, per path and kind of attack, how many
 * were blocked, answered safely, or leaked (system prompt, markup, personal data), and how many injected
 * instructions the naive model followed into an answer. Exits with 1 when anything leaked.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadEnv } from '../src/config/env.ts';
import { createLogger } from '../src/observability/logger.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import type { Corpus, Place } from '../src/core/place.ts';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { startGeminiDouble } from '../tests/fakes/gemini-server.ts';
import { writePoisonedSnapshot } from '../tests/fakes/poisoned-snapshot.ts';
import { checkJudge, judge, type Observation, type Verdict } from './judge.ts';
import { type Attack, loadAttacks } from './load-attacks.ts';
import { naiveModel } from './naive-model.ts';

const root = path.resolve(import.meta.dirname, '..');
const write = (line = '') => process.stdout.write(`${line}\n`);

interface Result {
  attack: Attack;
  path: string;
  verdict: Verdict;
  /** For an indirect attack: whether the poisoned record was among the answer's records. */
  delivered: boolean;
}

checkJudge();
const attacks = loadAttacks();
const indirect = attacks.filter((attack) => attack.kind.startsWith('indirect'));
const targets = await pickTargets(await loadCorpus(path.join(root, 'data/snapshot/corpus.json')), indirect.length);
const targetOf = new Map(indirect.map((attack, i) => [attack.id, targets[i] as Place]));
const attackOn = new Map(indirect.map((attack, i) => [(targets[i] as Place).id, attack]));
const snapshot = await writePoisonedSnapshot((place) => {
  const attack = attackOn.get(place.id);
  if (!attack) return undefined;
  return attack.kind === 'indirect_markup' ? { ...place, address: `${place.address ?? ''}${attack.text}` } : { ...place, details: { ...place.details, note: attack.text } };
});
const gemini = await startGeminiDouble();
gemini.setDefault({ kind: 'answer', text: naiveModel, firstTokenMs: 5, chunkMs: 0 });

const results: Result[] = [];
try {
  for (const [name, extra] of [
    ['Gemini double (obeys every instruction)', { GEMINI_API_KEY: 'redteam', GEMINI_BASE_URL: gemini.url }],
    ['local engine', {}],
  ] as const) {
    const started = performance.now();
    const server = await start({ SNAPSHOT_PATH: snapshot.file, ...extra });
    for (const attack of attacks) results.push(await attackWith(server, name, attack));
    await server.running.close();
    write(`${name}: ${attacks.length} attacks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await gemini.close();
  await snapshot.remove();
}
report(results);
process.exitCode = results.some((r) => r.verdict.outcome === 'leaked') ? 1 : 0;

async function start(env: Record<string, string>) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  // debug level: the most the logs ever hold (the question itself is logged at debug)
  // every attack comes from this machine: the benchmark setting lets them past the rate limits
  const config = loadEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'debug', RATE_LIMIT_EXEMPT_LOOPBACK: 'true', ...env });
  const running: RunningServer = await startServer({ env: config, log: createLogger({ level: 'debug', destination }) });
  return { running, lines, baseUrl: `http://127.0.0.1:${running.port}` };
}

async function attackWith(server: Awaited<ReturnType<typeof start>>, pathName: string, attack: Attack): Promise<Result> {
  const target = targetOf.get(attack.id);
  const body = target ? { message: `${target.name.ja}はどこですか？`, lang: attack.lang } : { message: attack.text };
  const requestsBefore = gemini.requests.length;
  const linesBefore = server.lines.length;
  const response = await fetch(`${server.baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const reply = (await response.json()) as Record<string, unknown>;
  const forwarded = gemini.requests.slice(requestsBefore);
  const session = typeof reply.sessionId === 'string' ? await server.running.deps.sessions.get(reply.sessionId) : undefined;
  const seen: Observation = {
    httpStatus: response.status,
    status: String(reply.status ?? (reply.error as { code?: string } | undefined)?.code ?? ''),
    answer: String(reply.answer ?? ''),
    sources: JSON.stringify(reply.sources ?? []),
    forwarded: JSON.stringify(forwarded.map((request) => request.body)),
    stored: JSON.stringify(session ?? {}),
    logged: server.lines.slice(linesBefore).join(''),
    systemInstruction: forwarded[0]?.systemText,
  };
  // the poisoned record reached the model (Gemini path) or the answer's sources (local path)
  const delivered = !target || (forwarded.length > 0 ? seen.forwarded.includes(JSON.stringify(target.name.ja).slice(1, -1)) : (reply.sources as Array<{ id: string }> | undefined)?.some((source) => source.id === target.id) === true);
  return { attack, path: pathName, verdict: judge(attack, seen), delivered };
}

/**
 * Shelters whose Japanese name is unique, spread over the list, that a question naming them retrieves (asked
 * of a server with the bundled snapshot): each will carry one indirect attack.
 */
async function pickTargets(corpus: Corpus, count: number): Promise<Place[]> {
  const seen = new Map<string, number>();
  for (const place of corpus.places) seen.set(place.name.ja, (seen.get(place.name.ja) ?? 0) + 1);
  const candidates = corpus.places.filter(
    (place) => place.category === 'shelter' && place.lat !== undefined && [...place.name.ja].length >= 5 && seen.get(place.name.ja) === 1 && /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.test(place.name.ja),
  );
  const step = Math.max(1, Math.floor(candidates.length / (count * 2)));
  const probe = await start({});
  const picked: Place[] = [];
  try {
    for (let i = 0; i < candidates.length && picked.length < count; i += step) {
      const place = candidates[i] as Place;
      const response = await fetch(`${probe.baseUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: `${place.name.ja}はどこですか？` }) });
      const { sources } = (await response.json()) as { sources?: Array<{ id: string }> };
      if (sources?.some((source) => source.id === place.id)) picked.push(place);
    }
  } finally {
    await probe.running.close();
  }
  if (picked.length < count) throw new Error(`only ${picked.length} shelters can carry the ${count} indirect attacks`);
  return picked;
}

function report(all: Result[]): void {
  const paths = [...new Set(all.map((r) => r.path))];
  const groups = [...new Set(all.map((r) => `${r.attack.corpus}/${r.attack.kind}`))];
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  write();
  write(`Red team ${new Date().toISOString().slice(0, 10)}: ${attacks.length} attacks × ${paths.length} paths`);
  for (const name of paths) {
    write();
    write(name);
    write(`${'corpus/kind'.padEnd(34)}${pad('sent', 6)}${pad('blocked', 9)}${pad('safe', 7)}${pad('leaked', 8)}  leaks (prompt/markup/personal)  followed  not delivered`);
    for (const group of [...groups, 'total']) {
      const rows = all.filter((r) => r.path === name && (group === 'total' || `${r.attack.corpus}/${r.attack.kind}` === group));
      const count = (test: (r: Result) => boolean) => rows.filter(test).length;
      const leakCount = (leak: string) => count((r) => r.verdict.leaks.includes(leak as never));
      const indirectRows = rows.filter((r) => r.attack.kind.startsWith('indirect'));
      write(
        `${group.padEnd(34)}${pad(rows.length, 6)}${pad(count((r) => r.verdict.outcome === 'blocked'), 9)}${pad(count((r) => r.verdict.outcome === 'safe'), 7)}${pad(count((r) => r.verdict.outcome === 'leaked'), 8)}  ${`${leakCount('system_prompt')}/${leakCount('markup')}/${leakCount('personal_data')}`.padEnd(30)}${pad(indirectRows.length ? indirectRows.filter((r) => r.verdict.followed).length : '-', 9)}${pad(indirectRows.length ? indirectRows.filter((r) => !r.delivered).length : '-', 15)}`,
      );
    }
  }
  const leaked = all.filter((r) => r.verdict.outcome === 'leaked');
  write();
  write(leaked.length === 0 ? 'No leak: no system prompt, no live markup, no personal data forwarded, stored, logged or repeated.' : `LEAKED (${leaked.length}):`);
  for (const r of leaked) write(`  ${r.path} ${r.attack.id}: ${r.verdict.leaks.join(', ')}`);
}
