/**
 * Issue 6 benchmark: voice latency over /api/voice (offline engines), and where the time goes.
 *  0. the engines alone, in this process: a one-sentence answer with a cold process (fork + start-up + synthesis)
 *     and with a spare started ahead (synthesis alone), the first clause alone, the post-processing in Node
 *     (read, decode, trim, resample, WAV), and the cost of a fork by the size of the forking process;
 *  1. the breakdown of a turn, from the server's own `voice: spoken` log line (server in this process): the answer
 *     pipeline to the first sentence, the speakable-text step, the first chunk's synthesis, sending; and the
 *     WebSocket's delivery of a chunk;
 *  2. end of speech → first answer audio byte against the server as its own process: server recognition
 *     (pocketsphinx, its own decoding time reported apart) and the browser's transcript, per language;
 *  3. the first chunk of a one-sentence answer (`speak`), cold and cached, per engine;
 *  4. 200 idle voice connections: the server's extra resident memory (and its engines' spare processes').
 * Run: node bench/voice-latency.ts [--turns 20] [--connections 200]
 */
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';
import { resample } from '../src/adapters/speech/audio/resample.ts';
import { trimSilence } from '../src/adapters/speech/audio/trim-silence.ts';
import { decodeWav, encodeWav } from '../src/adapters/speech/audio/wav.ts';
import { ENGINE_PATHS } from '../src/adapters/speech/local/engine-paths.ts';
import { EngineProcess, runProcess } from '../src/adapters/speech/local/run-process.ts';
import { splitFirstClause } from '../src/adapters/speech/text/first-clause.ts';
import type { ServerMessage } from '../src/components/voice/voice-messages.ts';
import { VoiceSocket, voiceUrl } from '../src/components/voice/voice-socket.ts';
import { VOICE } from '../src/config/tunables.ts';
import type { Lang } from '../src/core/languages.ts';
import { spokenQuestion } from '../tests/fixtures/audio/speech-fixtures.ts';
import { startTestServer } from '../tests/helpers/test-server.ts';
import { numberOption } from './lib/options.ts';
import { startServerProcess } from './lib/server-process.ts';
import { fixed, median, percentile } from './lib/stats.ts';

const TURNS = numberOption('turns', 20);
const CONNECTIONS = numberOption('connections', 200);
const TOKYO_STATION = { lat: 35.6812, lon: 139.7671 };

const STATIONS = [
  ['Shinagawa', '品川', '시나가와'], ['Shibuya', '渋谷', '시부야'], ['Shinjuku', '新宿', '신주쿠'], ['Ueno', '上野', '우에노'],
  ['Ikebukuro', '池袋', '이케부쿠로'], ['Oimachi', '大井町', '오이마치'], ['Meguro', '目黒', '메구로'], ['Gotanda', '五反田', '고탄다'],
  ['Osaki', '大崎', '오사키'], ['Tamachi', '田町', '다마치'], ['Hamamatsucho', '浜松町', '하마마쓰초'], ['Yurakucho', '有楽町', '유라쿠초'],
  ['Kanda', '神田', '간다'], ['Akihabara', '秋葉原', '아키하바라'], ['Nippori', '日暮里', '닛포리'], ['Tabata', '田端', '다바타'],
  ['Komagome', '駒込', '고마고메'], ['Sugamo', '巣鴨', '스가모'], ['Otsuka', '大塚', '오쓰카'], ['Ebisu', '恵比寿', '에비스'],
] as const;
const station = (i: number) => STATIONS[i % STATIONS.length] as (typeof STATIONS)[number];

const TRANSCRIPT_PATHS: Array<[string, Lang, (i: number) => string]> = [
  ['en (espeak-ng)', 'en', (i) => `Where is the nearest evacuation shelter to ${station(i)[0]} station?`],
  ['ja (Open JTalk)', 'ja', (i) => `${station(i)[1]}駅の近くの避難所はどこですか？`],
  ['zh-Hans (espeak-ng)', 'zh-Hans', (i) => `${station(i)[1]}站附近的避难所在哪里？`],
  ['ko (espeak-ng)', 'ko', (i) => `${station(i)[2]}역 근처 대피소 어디예요?`],
];

/** One-sentence answers, a different one for each i (the station, then a number). */
const ONE_SENTENCE: Array<[string, Lang, (i: number) => string]> = [
  ['en (espeak-ng)', 'en', (i) => `The nearest shelter to ${station(i)[0]} station is ${300 + i} meters away.`],
  ['ja (Open JTalk)', 'ja', (i) => `${station(i)[1]}駅から${300 + i}メートルの避難所です。`],
  ['ko (espeak-ng)', 'ko', (i) => `${station(i)[2]}역에서 ${300 + i}미터 거리의 대피소입니다.`],
];

interface Stat {
  p50: number;
  p95: number;
  n: number;
}

function summary(values: number[]): Stat {
  return { p50: median(values), p95: percentile(values, 95), n: values.length };
}

const load = () => os.loadavg().map((value) => Number(value.toFixed(2)));
const line = (s: Stat) => `p50 ${fixed(s.p50, 0)} ms, p95 ${fixed(s.p95, 0)} ms (n=${s.n})`;
const short = (s: Stat) => `${fixed(s.p50, 1)} / ${fixed(s.p95, 1)}`;

// ---------------------------------------------------------------------------------------------------------------
// 0. the engines alone

/** How each engine is started for one voice; Open JTalk writes to a file in `dir`. */
function engineCommand(lang: Lang, dir: string): { command: string; args: string[]; output?: string } {
  if (lang === 'ja') {
    const output = path.join(dir, 'speech.wav');
    return { command: ENGINE_PATHS.openJtalk, args: ['-x', ENGINE_PATHS.openJtalkDictionary, '-m', ENGINE_PATHS.openJtalkVoice, '-r', '1', '-ow', output], output };
  }
  const voice = lang === 'ko' ? 'ko' : 'en-us';
  return { command: ENGINE_PATHS.espeakNg, args: ['--stdin', '-b', '1', '-v', voice, '-s', '160', '--stdout'] };
}

/** One synthesis, cold (a process started for it) or on a spare started 300 ms before; and its post-processing. */
async function timeEngine(lang: Lang, text: string, warm: boolean): Promise<{ processMs: number; postMs: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'voice-bench-'));
  try {
    const { command, args, output } = engineCommand(lang, dir);
    const input = lang === 'ja' ? `${text}\n` : text;
    let started: number;
    let stdout: Buffer;
    if (warm) {
      const spare = new EngineProcess(command, args);
      await new Promise((resolve) => setTimeout(resolve, 300));
      started = performance.now();
      ({ stdout } = await spare.run({ input }));
    } else {
      started = performance.now();
      ({ stdout } = await runProcess(command, args, { input }));
    }
    const processMs = performance.now() - started;
    const post = performance.now();
    const speech = trimSilence(decodeWav(output ? await readFile(output) : stdout));
    const samples = lang === 'ja' ? resample(speech.samples, speech.sampleRate, 24_000) : speech.samples;
    encodeWav({ sampleRate: lang === 'ja' ? 24_000 : speech.sampleRate, samples });
    return { processMs, postMs: performance.now() - post };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function measureEngines() {
  const byEngine: Record<string, unknown> = {};
  for (const [name, lang, sentence] of ONE_SENTENCE) {
    const cold: number[] = [];
    const warm: number[] = [];
    const clause: number[] = [];
    const post: number[] = [];
    for (let i = 0; i < TURNS; i += 1) {
      cold.push((await timeEngine(lang, sentence(i), false)).processMs);
      const spare = await timeEngine(lang, sentence(i + TURNS), true);
      warm.push(spare.processMs);
      post.push(spare.postMs);
      const [head] = splitFirstClause(sentence(i + 2 * TURNS), lang, VOICE.firstClauseMinWeight);
      clause.push((await timeEngine(lang, head as string, true)).processMs);
    }
    byEngine[name] = { cold: summary(cold), spare: summary(warm), firstClauseOnSpare: summary(clause), postProcessing: summary(post), firstClauseExample: splitFirstClause(sentence(0), lang, VOICE.firstClauseMinWeight)[0] };
  }
  return byEngine;
}

/** The fork of a process costs more the more memory it maps: /bin/true started from this process, small and grown. */
async function measureFork(): Promise<Record<string, { rssMiB: number; fork: Stat }>> {
  const timeTrue = async () => {
    const times: number[] = [];
    for (let i = 0; i < TURNS; i += 1) {
      const started = performance.now();
      await runProcess('/bin/true', []);
      times.push(performance.now() - started);
    }
    return { rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20), fork: summary(times) };
  };
  const small = await timeTrue();
  const ballast = Array.from({ length: 24 }, () => Buffer.alloc(10 * 2 ** 20, 1)); // a server-sized process
  const large = await timeTrue();
  ballast.length = 0;
  return { small, large };
}

// ---------------------------------------------------------------------------------------------------------------
// turns over the WebSocket

interface Turn {
  /** End of speech (the `end`, `transcript` or `speak` message sent) → first audio byte, ms. */
  firstAudioMs: number;
  /** End of speech → transcript (0 on the transcript path). */
  recognitionMs: number;
  /** The recogniser's own time, as the server reports it. */
  decodeMs: number;
  transcript: string;
}

/** One turn on a fresh connection (as a page or app opens one), timed on the client. */
async function timeTurn(baseUrl: string, lang: Lang, ask: (socket: VoiceSocket) => void): Promise<Turn> {
  let sentAt = 0;
  let transcriptAt = 0;
  let decodeMs = 0;
  let transcript = '';
  let firstAudioAt = 0;
  let finished: () => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const socket = await VoiceSocket.connect(voiceUrl(baseUrl), {
    onMessage: (message: ServerMessage) => {
      if (message.type === 'ready') {
        sentAt = performance.now();
        ask(socket);
      } else if (message.type === 'transcript') {
        transcriptAt = performance.now();
        decodeMs = message.decodeMs ?? 0;
        transcript = message.text;
      } else if (message.type === 'error') failed(new Error(`${message.code}: ${message.message}`));
      else if (message.type === 'done') finished();
    },
    onAudio: () => {
      firstAudioAt ||= performance.now();
    },
  });
  socket.start({ lang, mode: 'turn', location: TOKYO_STATION });
  await done;
  socket.close();
  if (!firstAudioAt) throw new Error('no audio came back');
  return { firstAudioMs: firstAudioAt - sentAt, recognitionMs: transcriptAt ? transcriptAt - sentAt : 0, decodeMs, transcript };
}

/** The recording as a microphone sends it: 20 ms frames (320 samples at 16 kHz). */
function sendFrames(socket: VoiceSocket, samples: Int16Array): void {
  for (let at = 0; at < samples.length; at += 320) socket.sendAudio(samples.subarray(at, at + 320));
}

const speakTurn = (baseUrl: string, lang: Lang, text: string) => timeTurn(baseUrl, lang, (socket) => socket.speak(text, lang));
const transcriptTurn = (baseUrl: string, lang: Lang, text: string) => timeTurn(baseUrl, lang, (socket) => socket.sendTranscript(text));
const spokenTurn = (baseUrl: string, text: string) =>
  timeTurn(baseUrl, 'en', (socket) => {
    sendFrames(socket, spokenQuestion(text).pcm.samples);
    socket.end();
  });

/** Questions the phases do not ask: the recogniser's model and the engines' first runs. */
async function warmUp(baseUrl: string): Promise<void> {
  for (const [lang, question] of [['en', 'hello'], ['ja', 'こんにちは'], ['zh-Hans', '你好'], ['ko', '안녕하세요']] as const) await transcriptTurn(baseUrl, lang, question);
  await spokenTurn(baseUrl, 'Where is the nearest toilet?');
}

// ---------------------------------------------------------------------------------------------------------------
// 1. the breakdown, from the server's own log

interface SpokenLog {
  kind: 'answer' | 'speak';
  lang: Lang;
  textMs: number;
  firstSentenceMs: number;
  synthesisMs: number;
  sendMs: number;
  firstAudioMs: number;
}

async function measureBreakdown() {
  const server = await startTestServer({ env: { LOG_LEVEL: 'info' } });
  try {
    await warmUp(server.baseUrl);
    const spokenLines = () => server.logLines.filter((entry) => entry.message === 'voice: spoken') as unknown as SpokenLog[];
    const collect = async (label: string, turn: (i: number) => Promise<Turn>) => {
      const before = spokenLines().length;
      const client: number[] = [];
      for (let i = 0; i < TURNS; i += 1) {
        const { firstAudioMs, recognitionMs } = await turn(i);
        client.push(firstAudioMs - recognitionMs);
      }
      const lines = spokenLines().slice(before);
      const stat = (key: keyof SpokenLog) => summary(lines.map((entry) => Number(entry[key])));
      return [label, { clientFirstAudio: summary(client), firstSentence: stat('firstSentenceMs'), speakableText: stat('textMs'), synthesis: stat('synthesisMs'), send: stat('sendMs'), serverFirstAudio: stat('firstAudioMs') }] as const;
    };
    const rows = [await collect('spoken en (after recognition)', (i) => spokenTurn(server.baseUrl, `Where is the nearest evacuation shelter to ${station(i + 3)[0]} station?`))];
    for (const [name, lang, question] of TRANSCRIPT_PATHS) rows.push(await collect(`transcript ${name}`, (i) => transcriptTurn(server.baseUrl, lang, question(i + 5))));
    for (const [name, lang, sentence] of ONE_SENTENCE) rows.push(await collect(`speak ${name}`, (i) => speakTurn(server.baseUrl, lang, sentence(i + 3 * TURNS))));
    return Object.fromEntries(rows);
  } finally {
    await server.close();
  }
}

/** The WebSocket's delivery of one chunk of speech (a 2.5 s WAV at 24 kHz, 120 KB) on this machine, send → received. */
async function measureFraming(): Promise<Stat> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await once(wss, 'listening');
  const { port } = wss.address() as { port: number };
  const accepted = once(wss, 'connection') as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  await once(client, 'open');
  const [server] = await accepted;
  const chunk = encodeWav({ sampleRate: 24_000, samples: new Int16Array(60_000).map((_, i) => Math.round(8000 * Math.sin(i / 7))) });
  const times: number[] = [];
  for (let i = 0; i < TURNS; i += 1) {
    const received = once(client, 'message');
    const started = performance.now();
    server.send(chunk, { binary: true });
    await received;
    times.push(performance.now() - started);
  }
  client.close();
  await new Promise((resolve) => wss.close(resolve));
  return summary(times);
}

// ---------------------------------------------------------------------------------------------------------------
// 2-4. against the server as its own process

/** On a loaded machine the server may need longer to load the snapshot than startServerProcess waits. */
async function waitUntilServing(baseUrl: string, timeoutMs = 120_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
    if (ok) return;
    if (performance.now() - started > timeoutMs) throw new Error(`server at ${baseUrl} not serving after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Resident memory of the engine processes (the spares) that are children of `pid`, in MiB. */
function childEnginesMiB(pid: number): { processes: number; rssMiB: number } {
  let processes = 0;
  let kb = 0;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)$/m.exec(status)?.[1]) !== pid || !/^Name:\s+(open_jtalk|espeak-ng)$/m.test(status)) continue;
      processes += 1;
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // a process that ended while we looked
    }
  }
  return { processes, rssMiB: kb / 1024 };
}

/** Runs a phase against a fresh server process: every phase starts with an empty synthesis cache. */
async function withServer<T>(phase: (baseUrl: string, server: Awaited<ReturnType<typeof startServerProcess>>) => Promise<T>): Promise<T> {
  const server = await startServerProcess({ TRUST_PROXY_HOPS: '1' });
  try {
    await waitUntilServing(server.baseUrl);
    await warmUp(server.baseUrl);
    return await phase(server.baseUrl, server);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    loadAverage: { start: load() },
  };
  const loads = results.loadAverage as Record<string, number[]>;

  results.engineOnly = await measureEngines();
  results.fork = await measureFork();
  loads.afterEngines = load();
  results.breakdown = await measureBreakdown();
  results.framing = await measureFraming();
  loads.afterBreakdown = load();

  results.spokenEnglish = await withServer(async (baseUrl) => {
    const turns: Turn[] = [];
    let heard = 0;
    for (let i = 0; i < TURNS; i += 1) {
      const name = station(i)[0];
      const turn = await spokenTurn(baseUrl, `Where is the nearest evacuation shelter to ${name} station?`);
      if (turn.transcript.includes(name.toLowerCase())) heard += 1;
      turns.push(turn);
    }
    return {
      endToFirstAudio: summary(turns.map((t) => t.firstAudioMs)),
      excludingRecognition: summary(turns.map((t) => t.firstAudioMs - t.recognitionMs)),
      recognition: summary(turns.map((t) => t.recognitionMs)),
      decode: summary(turns.map((t) => t.decodeMs)),
      stationNamesHeard: `${heard}/${TURNS}`,
    };
  });
  loads.afterSpoken = load();

  results.browserTranscript = await withServer(async (baseUrl) => {
    const byPath: Record<string, Stat> = {};
    for (const [name, lang, question] of TRANSCRIPT_PATHS) {
      const times: number[] = [];
      for (let i = 0; i < TURNS; i += 1) times.push((await transcriptTurn(baseUrl, lang, question(i))).firstAudioMs);
      byPath[name] = summary(times);
    }
    return byPath;
  });
  loads.afterTranscript = load();

  results.oneSentenceFirstChunk = await withServer(async (baseUrl) => {
    const byEngine: Record<string, { cold: Stat; cached: Stat }> = {};
    for (const [name, lang, sentence] of ONE_SENTENCE) {
      const cold: number[] = [];
      const cached: number[] = [];
      for (let i = 0; i < TURNS; i += 1) cold.push((await speakTurn(baseUrl, lang, sentence(i + TURNS))).firstAudioMs);
      for (let i = 0; i < TURNS; i += 1) cached.push((await speakTurn(baseUrl, lang, sentence(TURNS))).firstAudioMs);
      byEngine[name] = { cold: summary(cold), cached: summary(cached) };
    }
    return byEngine;
  });
  loads.afterSpeak = load();

  results.idleConnections = await withServer(async (baseUrl, server) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const before = server.rssMiB();
    const sockets: WebSocket[] = [];
    for (let i = 0; i < CONNECTIONS; i += 1) {
      // one client address each (TRUST_PROXY_HOPS=1): the per-address limit is not what is measured here
      const socket = new WebSocket(voiceUrl(baseUrl), { headers: { 'x-forwarded-for': `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}` } });
      await once(socket, 'open');
      socket.send(JSON.stringify({ type: 'start', lang: 'ja', mode: 'conversation' }));
      await once(socket, 'message');
      sockets.push(socket);
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const held = server.rssMiB();
    const spares = childEnginesMiB(server.child.pid as number);
    for (const socket of sockets) socket.close();
    return { connections: CONNECTIONS, rssBeforeMiB: before, rssHeldMiB: held, extraMiB: held - before, perConnectionKiB: ((held - before) * 1024) / CONNECTIONS, spareEngines: spares };
  });
  loads.end = load();
  print(results as unknown as Results);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/voice-latency.json', `${JSON.stringify(results, null, 2)}\n`);
}

interface Results {
  machine: string;
  loadAverage: Record<string, number[]>;
  engineOnly: Record<string, { cold: Stat; spare: Stat; firstClauseOnSpare: Stat; postProcessing: Stat; firstClauseExample: string }>;
  fork: Record<string, { rssMiB: number; fork: Stat }>;
  breakdown: Record<string, Record<string, Stat>>;
  framing: Stat;
  spokenEnglish: { endToFirstAudio: Stat; excludingRecognition: Stat; recognition: Stat; decode: Stat; stationNamesHeard: string };
  browserTranscript: Record<string, Stat>;
  oneSentenceFirstChunk: Record<string, { cold: Stat; cached: Stat }>;
  idleConnections: { connections: number; extraMiB: number; perConnectionKiB: number; rssBeforeMiB: number; spareEngines: { processes: number; rssMiB: number } };
}

function print(r: Results): void {
  console.log(`machine: ${r.machine}; load average (1/5/15 min): ${Object.entries(r.loadAverage).map(([at, l]) => `${at} ${l.join('/')}`).join('; ')}`);
  console.log('engine alone, one sentence (p50 / p95 ms): cold process | spare | first clause on a spare | post-processing in Node');
  for (const [name, e] of Object.entries(r.engineOnly)) console.log(`  ${name}: ${short(e.cold)} | ${short(e.spare)} | ${short(e.firstClauseOnSpare)} ("${e.firstClauseExample}") | ${short(e.postProcessing)}`);
  for (const [size, f] of Object.entries(r.fork)) console.log(`fork + exec of /bin/true from a ${f.rssMiB} MiB process (${size}): ${line(f.fork)}`);
  // the client of this phase shares the server's event loop (it waits behind the rest of the answer): the
  // server's own figures are the breakdown, the separate-process phases below the end-to-end figures
  console.log('breakdown from the server log (p50 / p95 ms): turn start → first audio sent | pipeline → first sentence | speakable text (whole answer) | first chunk synthesis | send');
  for (const [name, b] of Object.entries(r.breakdown)) console.log(`  ${name}: ${short(b.serverFirstAudio as Stat)} | ${short(b.firstSentence as Stat)} | ${short(b.speakableText as Stat)} | ${short(b.synthesis as Stat)} | ${short(b.send as Stat)}`);
  console.log(`WebSocket delivery of a 120 KB chunk: ${line(r.framing)}`);
  console.log(`spoken English, end of speech → first audio: ${line(r.spokenEnglish.endToFirstAudio)}`);
  console.log(`  excluding recognition: ${line(r.spokenEnglish.excludingRecognition)}`);
  console.log(`  recognition (client-observed): ${line(r.spokenEnglish.recognition)}; pocketsphinx decode: ${line(r.spokenEnglish.decode)}`);
  console.log(`  station names heard: ${r.spokenEnglish.stationNamesHeard}`);
  for (const [name, stat] of Object.entries(r.browserTranscript)) console.log(`browser transcript, ${name}: ${line(stat)}`);
  for (const [name, { cold, cached }] of Object.entries(r.oneSentenceFirstChunk)) console.log(`one-sentence first chunk, ${name}: cold ${line(cold)}; cached ${line(cached)}`);
  const idle = r.idleConnections;
  console.log(
    `${idle.connections} idle connections: +${fixed(idle.extraMiB, 1)} MiB RSS over ${fixed(idle.rssBeforeMiB, 0)} MiB (${fixed(idle.perConnectionKiB, 1)} KiB each); ` +
      `spare engine processes: ${idle.spareEngines.processes}, ${fixed(idle.spareEngines.rssMiB, 1)} MiB RSS together`,
  );
}

await main();
