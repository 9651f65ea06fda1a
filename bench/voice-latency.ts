/**
 * Issue 6 benchmark: voice latency over /api/voice against the server as its own process (offline engines).
 *  - end of speech → first answer audio byte, per path: server recognition (pocketsphinx) and the browser's
 *    transcript (recognition skipped), per synthesis engine (espeak-ng, Open JTalk); the recogniser's own
 *    decoding time reported apart;
 *  - the first synthesised chunk of a one-sentence answer (the `speak` message), per engine;
 *  - 200 idle voice connections held by the server: its extra resident memory.
 * Run: node bench/voice-latency.ts [--turns 20] [--connections 200]
 */
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import WebSocket from 'ws';
import type { Lang } from '../src/i18n/languages.ts';
import type { ServerMessage } from '../src/components/voice/voice-messages.ts';
import { VoiceSocket, voiceUrl } from '../src/components/voice/voice-socket.ts';
import { spokenQuestion } from '../tests/fixtures/audio/speech-fixtures.ts';
import { LocalSynthesizer } from '../src/adapters/speech/local/local-synthesizer.ts';
import { fixed, median, percentile } from './lib/stats.ts';
import { startServerProcess } from './lib/server-process.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const TURNS = option('turns', 20);
const CONNECTIONS = option('connections', 200);

const STATIONS = [
  ['Shinagawa', '品川', '시나가와'], ['Shibuya', '渋谷', '시부야'], ['Shinjuku', '新宿', '신주쿠'], ['Ueno', '上野', '우에노'],
  ['Ikebukuro', '池袋', '이케부쿠로'], ['Oimachi', '大井町', '오이마치'], ['Meguro', '目黒', '메구로'], ['Gotanda', '五反田', '고탄다'],
  ['Osaki', '大崎', '오사키'], ['Tamachi', '田町', '다마치'], ['Hamamatsucho', '浜松町', '하마마쓰초'], ['Yurakucho', '有楽町', '유라쿠초'],
  ['Kanda', '神田', '간다'], ['Akihabara', '秋葉原', '아키하바라'], ['Nippori', '日暮里', '닛포리'], ['Tabata', '田端', '다바타'],
  ['Komagome', '駒込', '고마고메'], ['Sugamo', '巣鴨', '스가모'], ['Otsuka', '大塚', '오쓰카'], ['Ebisu', '恵比寿', '에비스'],
] as const;

const TRANSCRIPT_PATHS: Array<[string, Lang, (i: number) => string]> = [
  ['en (espeak-ng)', 'en', (i) => `Where is the nearest evacuation shelter to ${STATIONS[i % STATIONS.length]?.[0]} station?`],
  ['ja (Open JTalk)', 'ja', (i) => `${STATIONS[i % STATIONS.length]?.[1]}駅の近くの避難所はどこですか？`],
  ['zh-Hans (espeak-ng)', 'zh-Hans', (i) => `${STATIONS[i % STATIONS.length]?.[1]}站附近的避难所在哪里？`],
  ['ko (espeak-ng)', 'ko', (i) => `${STATIONS[i % STATIONS.length]?.[2]}역 근처 대피소 어디예요?`],
];

/** One-sentence answers, a different one for each i (the station, then a number). */
const ONE_SENTENCE: Array<[string, Lang, (i: number) => string]> = [
  ['en (espeak-ng)', 'en', (i) => `The nearest shelter to ${STATIONS[i % STATIONS.length]?.[0]} station is ${300 + i} meters away.`],
  ['ja (Open JTalk)', 'ja', (i) => `${STATIONS[i % STATIONS.length]?.[1]}駅から${300 + i}メートルの避難所です。`],
  ['ko (espeak-ng)', 'ko', (i) => `${STATIONS[i % STATIONS.length]?.[2]}역에서 ${300 + i}미터 거리의 대피소입니다.`],
];

interface Turn {
  /** End of speech (the `end` or `transcript` message sent) → first audio byte, ms. */
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
  socket.start({ lang, mode: 'turn', location: { lat: 35.6812, lon: 139.7671 } });
  await done;
  socket.close();
  if (!firstAudioAt) throw new Error('no audio came back');
  return { firstAudioMs: firstAudioAt - sentAt, recognitionMs: transcriptAt ? transcriptAt - sentAt : 0, decodeMs, transcript };
}

/** The first chunk of a one-sentence reading (`speak`), ms from the message sent. */
async function timeSpeak(baseUrl: string, lang: Lang, text: string): Promise<number> {
  let sentAt = 0;
  let firstAt = 0;
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const socket = await VoiceSocket.connect(voiceUrl(baseUrl), {
    onMessage: (message) => {
      if (message.type === 'ready') {
        sentAt = performance.now();
        socket.speak(text, lang);
      } else if (message.type === 'done' || message.type === 'error') finished();
    },
    onAudio: () => {
      firstAt ||= performance.now();
    },
  });
  socket.start({ lang, mode: 'turn' });
  await done;
  socket.close();
  return firstAt - sentAt;
}

/** The recording as a microphone sends it: 20 ms frames (320 samples at 16 kHz). */
function sendFrames(socket: VoiceSocket, samples: Int16Array): void {
  for (let at = 0; at < samples.length; at += 320) socket.sendAudio(samples.subarray(at, at + 320));
}

function summary(values: number[]): { p50: number; p95: number; n: number } {
  return { p50: median(values), p95: percentile(values, 95), n: values.length };
}

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

/** Runs a phase against a fresh server process: every phase starts with an empty synthesis cache. */
async function withServer<T>(phase: (baseUrl: string, rssMiB: () => number) => Promise<T>): Promise<T> {
  const server = await startServerProcess({ TRUST_PROXY_HOPS: '1' });
  try {
    await waitUntilServing(server.baseUrl);
    // warm-up on questions the phase does not ask: the recogniser's model, the engines' first runs
    for (const [lang, question] of [['en', 'hello'], ['ja', 'こんにちは'], ['zh-Hans', '你好'], ['ko', '안녕하세요']] as const) {
      await timeTurn(server.baseUrl, lang, (socket) => socket.sendTranscript(question));
    }
    const warm = spokenQuestion('Where is the nearest toilet?');
    await timeTurn(server.baseUrl, 'en', (socket) => {
      sendFrames(socket, warm.pcm.samples);
      socket.end();
    });
    return await phase(server.baseUrl, () => server.rssMiB());
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };

  // 0. the engines alone, in this process: one sentence each, never the same twice
  const engines = new LocalSynthesizer();
  const engineOnly: Record<string, unknown> = {};
  for (const [name, lang, sentence] of ONE_SENTENCE) {
    const times: number[] = [];
    for (let i = 0; i < TURNS; i += 1) {
      const started = performance.now();
      await engines.synthesize({ text: sentence(i), lang });
      times.push(performance.now() - started);
    }
    engineOnly[name] = summary(times);
  }
  results.engineOnly = engineOnly;

  // 1. spoken English: pocketsphinx + local answer engine + espeak-ng, a different station each turn
  results.spokenEnglish = await withServer(async (baseUrl) => {
    const spoken: Turn[] = [];
    let heard = 0;
    for (let i = 0; i < TURNS; i += 1) {
      const [station] = STATIONS[i % STATIONS.length] as (typeof STATIONS)[number];
      const question = spokenQuestion(`Where is the nearest evacuation shelter to ${station} station?`);
      const turn = await timeTurn(baseUrl, 'en', (socket) => {
        sendFrames(socket, question.pcm.samples);
        socket.end();
      });
      if (turn.transcript.includes(station.toLowerCase())) heard += 1;
      spoken.push(turn);
    }
    return {
      endToFirstAudio: summary(spoken.map((t) => t.firstAudioMs)),
      excludingRecognition: summary(spoken.map((t) => t.firstAudioMs - t.recognitionMs)),
      recognition: summary(spoken.map((t) => t.recognitionMs)),
      decode: summary(spoken.map((t) => t.decodeMs)),
      stationNamesHeard: `${heard}/${TURNS}`,
    };
  });

  // 2. the browser's transcript (no server recognition), per language and synthesis engine
  results.browserTranscript = await withServer(async (baseUrl) => {
    const byPath: Record<string, unknown> = {};
    for (const [name, lang, question] of TRANSCRIPT_PATHS) {
      const times: number[] = [];
      for (let i = 0; i < TURNS; i += 1) times.push((await timeTurn(baseUrl, lang, (socket) => socket.sendTranscript(question(i)))).firstAudioMs);
      byPath[name] = summary(times);
    }
    return byPath;
  });

  // 3. one-sentence answers over the WebSocket (`speak`): the first (only) chunk, cold and from the cache
  results.oneSentenceFirstChunk = await withServer(async (baseUrl) => {
    const byEngine: Record<string, unknown> = {};
    for (const [name, lang, sentence] of ONE_SENTENCE) {
      const cold: number[] = [];
      const cached: number[] = [];
      for (let i = 0; i < TURNS; i += 1) cold.push(await timeSpeak(baseUrl, lang, `${sentence(i + TURNS)}`));
      for (let i = 0; i < TURNS; i += 1) cached.push(await timeSpeak(baseUrl, lang, sentence(TURNS)));
      byEngine[name] = { cold: summary(cold), cached: summary(cached) };
    }
    return byEngine;
  });

  // 4. idle connections: the extra resident memory of a fresh server holding them
  results.idleConnections = await withServer(async (baseUrl, rssMiB) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const before = rssMiB();
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
    const held = rssMiB();
    for (const socket of sockets) socket.close();
    return { connections: CONNECTIONS, rssBeforeMiB: before, rssHeldMiB: held, extraMiB: held - before, perConnectionKiB: ((held - before) * 1024) / CONNECTIONS };
  });
  results.loadAverageAtEnd = os.loadavg().map((value) => Number(value.toFixed(2)));

  const r = results as {
    machine: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    engineOnly: Record<string, Stat>;
    spokenEnglish: { endToFirstAudio: Stat; excludingRecognition: Stat; recognition: Stat; decode: Stat; stationNamesHeard: string };
    browserTranscript: Record<string, Stat>;
    oneSentenceFirstChunk: Record<string, { cold: Stat; cached: Stat }>;
    idleConnections: { connections: number; extraMiB: number; perConnectionKiB: number; rssBeforeMiB: number };
  };
  const line = (s: Stat) => `p50 ${fixed(s.p50, 0)} ms, p95 ${fixed(s.p95, 0)} ms (n=${s.n})`;
  console.log(`machine: ${r.machine}; load average at start ${r.loadAverageAtStart.join(' / ')}, at end ${r.loadAverageAtEnd.join(' / ')}`);
  for (const [name, stat] of Object.entries(r.engineOnly)) console.log(`engine alone, one sentence, ${name}: ${line(stat)}`);
  console.log(`spoken English, end of speech → first audio: ${line(r.spokenEnglish.endToFirstAudio)}`);
  console.log(`  excluding recognition: ${line(r.spokenEnglish.excludingRecognition)}`);
  console.log(`  recognition (client-observed): ${line(r.spokenEnglish.recognition)}; pocketsphinx decode: ${line(r.spokenEnglish.decode)}`);
  console.log(`  station names heard: ${r.spokenEnglish.stationNamesHeard}`);
  for (const [name, stat] of Object.entries(r.browserTranscript)) console.log(`browser transcript, ${name}: ${line(stat)}`);
  for (const [name, { cold, cached }] of Object.entries(r.oneSentenceFirstChunk)) console.log(`one-sentence first chunk, ${name}: cold ${line(cold)}; cached ${line(cached)}`);
  console.log(
    `${r.idleConnections.connections} idle connections: +${fixed(r.idleConnections.extraMiB, 1)} MiB RSS over ${fixed(r.idleConnections.rssBeforeMiB, 0)} MiB ` +
      `(${fixed(r.idleConnections.perConnectionKiB, 1)} KiB each)`,
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/voice-latency.json', `${JSON.stringify(results, null, 2)}\n`);
}

type Stat = { p50: number; p95: number; n: number };

await main();
