import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveEngineProcesses, spareEngineProcesses } from '../../src/adapters/speech/local/run-process.ts';
import { spokenQuestion } from '../fixtures/audio/speech-fixtures.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectVoice } from '../helpers/voice-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ENGINES = new Set(['espeak-ng', 'open_jtalk', 'pocketsphinx_co', 'sox']);

/**
 * Engine processes that are children of this process, read from /proc (not from our own bookkeeping), but for the
 * idle spares (one per voice, waiting for their next text: spare-engines.ts).
 */
function engineChildren(): string[] {
  const spares = new Set(spareEngineProcesses());
  expect(spares.size).toBeLessThanOrEqual(5); // open_jtalk at two rates, espeak-ng for three voices
  const children: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const name = /^Name:\s+(.+)$/m.exec(status)?.[1] ?? '';
      const parent = Number(/^PPid:\s+(\d+)$/m.exec(status)?.[1]);
      if (parent === process.pid && ENGINES.has(name) && !spares.has(Number(pid))) children.push(`${pid} ${name}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // a process that ended while we looked
    }
  }
  return children;
}

/** Live handles of this process by kind (process.getActiveResourcesInfo). */
function handles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

async function settle(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) return;
    await sleep(20);
  }
}

describe('a client that vanishes mid-turn', () => {
  it('stops synthesis (no engine process left), frees the connection and keeps the turn in the session', async () => {
    const first = await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所を教えて' });
    const before = handles();
    const sessionId = first.body.sessionId as string;
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'ja', sessionId });
    await client.waitFor((m) => m.type === 'ready');
    // a long reading keeps Open JTalk busy when the client goes
    client.socket.sendTranscript('大井町駅の近くの避難所はどこですか？');
    await client.waitFor((m) => m.type === 'delta');
    await settle(() => liveEngineProcesses() > 0, 2_000);
    expect(liveEngineProcesses()).toBeGreaterThan(0); // synthesis was running when the client went
    client.socket.close(4000); // gone, mid-answer

    await settle(() => liveEngineProcesses() === 0 && server.voice.connectionCount() === 0 && engineChildren().length === 0);
    expect(liveEngineProcesses()).toBe(0);
    expect(engineChildren()).toEqual([]);
    expect(server.voice.connectionCount()).toBe(0);

    await settle(() => false, 300); // let record-turn save
    const session = await server.deps.sessions.get(sessionId);
    expect(session?.turns.map((t) => t.question)).toEqual(['品川区の避難所を教えて', '大井町駅の近くの避難所はどこですか?']); // NFKC, as every question
    const after = handles();
    expect(after.ProcessWrap ?? 0).toBe(0);
    expect(after.PipeWrap ?? 0).toBeLessThanOrEqual(before.PipeWrap ?? 0);
    expect(after.TCPSocketWrap ?? 0).toBeLessThanOrEqual(before.TCPSocketWrap ?? 0);
  });

  it('kills the recogniser when the client goes while it decodes', async () => {
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'en' });
    await client.waitFor((m) => m.type === 'ready');
    let recognitions = 0;
    const count = () => {
      recognitions += 1;
    };
    server.speech.events.on('speech', count);
    client.sendSpeech(spokenQuestion('Where is the nearest evacuation shelter?').pcm);
    client.socket.end();
    await settle(() => engineChildren().some((child) => child.endsWith('pocketsphinx_co')), 3_000);
    expect(engineChildren().some((child) => child.endsWith('pocketsphinx_co'))).toBe(true);
    client.socket.close(4000);
    await settle(() => engineChildren().length === 0 && liveEngineProcesses() === 0);
    expect(engineChildren()).toEqual([]);
    expect(liveEngineProcesses()).toBe(0);
    server.speech.events.off('speech', count);
    expect(recognitions).toBe(0); // a recognition the client called off is not counted
    expect(server.voice.heldAudioBytes()).toBe(0);
  });
});
