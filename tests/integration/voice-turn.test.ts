import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatPcm, type Pcm } from '../../src/adapters/speech/audio/wav.ts';
import type { ServerMessage } from '../../src/components/voice/voice-messages.ts';
import { speechStats, spokenQuestion } from '../fixtures/audio/speech-fixtures.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectVoice, type Received } from '../helpers/voice-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const TOKYO_STATION = { lat: 35.6812, lon: 139.7671 };

function answerText(received: Received): string {
  return received.messages.flatMap((m) => (m.type === 'delta' ? [m.text] : [])).join('');
}

/** All audio chunks of an answer as one recording (they share the engine's rate). */
function joined(received: Received): Pcm {
  return concatPcm(received.audio.map((a) => a.pcm));
}

function indexOf(received: Received, type: ServerMessage['type']): number {
  return received.messages.findIndex((m) => m.type === type);
}

describe('a spoken turn over /api/voice', () => {
  it('recognises an English question, answers it with sources, and speaks the answer', async () => {
    const question = spokenQuestion('Where is the nearest evacuation shelter?');
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'en', sampleRate: 16_000, mode: 'turn', location: TOKYO_STATION });
    const ready = await client.waitFor((m) => m.type === 'ready');
    expect(ready).toMatchObject({ lang: 'en', recognition: 'server', sampleRate: 16_000 });
    client.sendSpeech(question.pcm);
    client.socket.end();
    const closed = await client.closed(30_000);
    const { received } = client;
    expect(closed.code).toBe(1000);

    const transcript = received.messages.find((m) => m.type === 'transcript');
    expect(transcript?.type === 'transcript' && transcript.text).toMatch(/nearest/);
    expect(transcript?.type === 'transcript' && transcript.text).toMatch(/evacuat/);
    expect(transcript?.type === 'transcript' && transcript.text).toMatch(/shelter/);

    const text = answerText(received);
    expect(text).toMatch(/nearest evacuation shelter/i);
    const sources = received.messages.find((m) => m.type === 'sources');
    expect(sources?.type === 'sources' && sources.sources.length).toBeGreaterThan(0);
    for (const source of sources?.type === 'sources' ? sources.sources : []) expect(source.distanceMeters).toBeLessThan(2_000);
    // the text names the nearest place; the others are cards (issue 11)
    expect(text).toContain(sources?.type === 'sources' ? sources.sources[0]?.title.split(' (')[0] : '-');
    const done = received.messages.at(-1);
    expect(done).toEqual({ type: 'done', status: 'answered' });
    expect(indexOf(received, 'transcript')).toBeLessThan(indexOf(received, 'meta'));
    expect(indexOf(received, 'audio')).toBeGreaterThan(indexOf(received, 'meta'));

    // the audio is speech: long enough for the answer, loud, and sound over most of its length
    expect(received.audio.length).toBeGreaterThanOrEqual(3);
    expect(received.audio.map((a) => a.info.seq)).toEqual(received.audio.map((_, i) => i + 1));
    const stats = speechStats(joined(received));
    expect(stats.seconds).toBeGreaterThan(4);
    expect(stats.seconds).toBeLessThan(60);
    expect(stats.rms).toBeGreaterThan(0.03);
    expect(stats.voiced).toBeGreaterThan(0.5);
    // no map link or address is read aloud
    for (const { info } of received.audio) expect(info.text).not.toMatch(/https?:|Address|Map:/);
  });

  it('answers a Japanese question from the browser’s transcript and speaks it with Open JTalk', async () => {
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'ja', mode: 'turn' });
    const ready = await client.waitFor((m) => m.type === 'ready');
    expect(ready).toMatchObject({ recognition: 'none' }); // no offline Japanese recogniser: the page sends transcripts
    client.socket.sendTranscript('大井町駅の近くの避難所はどこですか？');
    await client.closed(30_000);
    const { received } = client;
    expect(received.messages.find((m) => m.type === 'meta')).toMatchObject({ lang: 'ja' });
    expect(answerText(received)).toContain('大井町駅');
    // the first sentence in two chunks: its first clause is heard while the rest is synthesised
    expect(received.audio.slice(0, 2).map((a) => a.info.text)).toEqual(['大井町駅から', '一番近い避難所は浅間台小学校です、北へ約470メートル。']);
    expect(received.audio.every((a) => a.pcm.sampleRate === 24_000)).toBe(true);
    const stats = speechStats(joined(received));
    expect(stats.seconds).toBeGreaterThan(3);
    expect(stats.rms).toBeGreaterThan(0.03);
    expect(stats.voiced).toBeGreaterThan(0.5);
    expect(received.messages.at(-1)).toEqual({ type: 'done', status: 'answered' });
  });

  it('refuses Japanese audio with a message in Japanese that suggests typing or the browser', async () => {
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'ja' });
    await client.waitFor((m) => m.type === 'ready');
    client.sendSpeech(spokenQuestion('ひなんじょ', { voice: 'ja' }).pcm);
    client.socket.end();
    const error = await client.waitFor((m) => m.type === 'error');
    expect(error).toMatchObject({ code: 'recognition_unsupported' });
    expect(error.type === 'error' && error.message).toContain('文字で入力');
    client.socket.ping();
    await client.waitFor((m) => m.type === 'pong'); // the connection goes on
    client.socket.close();
  });

  it('keeps the session across the turns of a conversation', async () => {
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'en', mode: 'conversation', speak: false });
    await client.waitFor((m) => m.type === 'ready');
    client.socket.sendTranscript('Shelters in Shinagawa');
    await client.waitFor((m) => m.type === 'done');
    client.socket.sendTranscript('What about near Oimachi station?');
    await client.waitFor((m) => m.type === 'done' && client.received.messages.filter((x) => x.type === 'done').length === 2);
    const metas = client.received.messages.filter((m) => m.type === 'meta');
    expect(metas).toHaveLength(2);
    expect(metas[0]?.type === 'meta' && metas[1]?.type === 'meta' && metas[1].sessionId).toBe(metas[0]?.type === 'meta' && metas[0].sessionId);
    expect(client.received.audio).toHaveLength(0); // speak: false
    expect(answerText(client.received)).toMatch(/Oimachi Station/);
    const session = await server.deps.sessions.get((metas[0] as { sessionId: string }).sessionId);
    expect(session?.turns.map((t) => t.question)).toEqual(['Shelters in Shinagawa', 'What about near Oimachi station?']);
    client.socket.close();
  });

  it('continues a session begun by POST /api/chat', async () => {
    const chat = await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所を教えて' });
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'en', sessionId: chat.body.sessionId as string, speak: false });
    await client.waitFor((m) => m.type === 'ready');
    client.socket.sendTranscript('What about near Oimachi station?');
    await client.closed();
    expect(client.received.messages.find((m) => m.type === 'meta')).toMatchObject({ sessionId: chat.body.sessionId });
    expect((await server.deps.sessions.get(chat.body.sessionId as string))?.turns).toHaveLength(2);
  });

  it('recognises only, when the page sends the question to /api/chat itself', async () => {
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'en', reply: 'transcript' });
    await client.waitFor((m) => m.type === 'ready');
    // (espeak-ng's "toilet" is heard as "loo to": a question whose words pocketsphinx hears in this voice)
    client.sendSpeech(spokenQuestion('Free wifi near Shibuya station').pcm);
    client.socket.end();
    await client.closed(30_000);
    const types = client.received.messages.map((m) => m.type);
    expect(types).toEqual(['ready', 'transcript', 'done']);
    const transcript = client.received.messages[1];
    expect(transcript?.type === 'transcript' && transcript.text).toMatch(/wifi near shibuya station/);
  });

  it('reads a text aloud in Chinese and Korean (speak)', async () => {
    for (const [lang, text] of [
      ['zh-Hans', '离大井町站最近的避难所：\n1. 浅间台小学校 (约470米)'],
      ['ko', '오이마치역 근처 대피소입니다.\n긴급 상황에서는 119에 전화하세요.'],
    ] as const) {
      const client = await connectVoice(server.baseUrl);
      client.socket.start({ lang, mode: 'conversation' });
      await client.waitFor((m) => m.type === 'ready');
      client.socket.speak(text);
      await client.waitFor((m) => m.type === 'done');
      expect(client.received.audio.length, lang).toBe(2);
      const stats = speechStats(joined(client.received));
      expect(stats.rms, lang).toBeGreaterThan(0.03);
      expect(stats.voiced, lang).toBeGreaterThan(0.5);
      client.socket.close();
    }
  });

  it('says the first clause of a reading on its own, so that it is heard sooner', async () => {
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'ja', mode: 'conversation' });
    await client.waitFor((m) => m.type === 'ready');
    client.socket.speak('品川駅から300メートルの避難所です。\n大井町駅から500メートルの避難所もあります。');
    await client.waitFor((m) => m.type === 'done');
    // only the first sentence is cut: the listener waits for its first chunk only
    expect(client.received.audio.map((a) => a.info.text)).toEqual(['品川駅から', '300メートルの避難所です。', '大井町駅から500メートルの避難所もあります。']);
    const [clause, rest] = client.received.audio.map((a) => speechStats(a.pcm));
    expect(clause?.voiced).toBeGreaterThan(0.5);
    expect(clause?.seconds).toBeLessThan(rest?.seconds ?? 0);
    client.socket.close();
  });

  it('stops speaking on barge-in (cancel) and takes the next question', async () => {
    const client = await connectVoice(server.baseUrl);
    client.socket.start({ lang: 'ja', mode: 'conversation' });
    await client.waitFor((m) => m.type === 'ready');
    const sentences = Array.from({ length: 30 }, (_, i) => `${i + 1}番目の文を読み上げています。`);
    client.socket.speak(sentences.join('\n'));
    await client.waitFor((m) => m.type === 'audio');
    client.socket.cancel();
    await client.waitFor((m) => m.type === 'cancelled');
    const cancelledAt = client.received.messages.findIndex((m) => m.type === 'cancelled');
    client.socket.sendTranscript('ありがとう');
    await client.waitFor((m) => m.type === 'done' && client.received.messages.indexOf(m) > cancelledAt);
    const { messages } = client.received;
    expect(messages.slice(0, cancelledAt).some((m) => m.type === 'done')).toBe(false); // the reading never finished
    expect(messages.slice(0, cancelledAt).filter((m) => m.type === 'audio').length).toBeLessThan(sentences.length);
    const afterCancel = messages.slice(cancelledAt + 1);
    // the next turn is answered, and nothing of the cancelled reading comes after the cancel
    expect(afterCancel[0]?.type).toBe('meta');
    for (const m of afterCancel) if (m.type === 'audio') expect(m.text).not.toMatch(/番目の文/);
    client.socket.close();
  });
});
