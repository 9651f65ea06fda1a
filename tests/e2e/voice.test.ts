import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatPcm } from '../../src/adapters/speech/audio/wav.ts';
import { speechStats, spokenQuestion, spokenScript } from '../fixtures/audio/speech-fixtures.ts';
import { fakeMicrophoneFlags, launchBrowser, MOBILE, openPage, saveScreenshot } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { seriousViolations, waitForAnswer, waitForChat } from './chat-page.ts';
import { type PlayedChunk, playedChunks, recordVoiceStates, recordVoiceTraffic, stateChanges, voiceStates, waitForStates, watchAudioOutput } from './voice-page.ts';

/**
 * Issue 6, item 4: a question spoken into Chromium's fake microphone (a WAV made by espeak-ng) travels to the
 * server, is recognised (pocketsphinx: headless Chromium has no speech recognition or synthesis of its own, so
 * the server path is what runs), answered on the page, and the answer's audio comes back and is played.
 */
const QUESTION = 'Where is the nearest evacuation shelter?';
const TOKYO_STATION = { latitude: 35.6812, longitude: 139.7671 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A Chromium whose microphone says `wav`, closed after the describe block. */
function browserHearing(wav: () => string): { readonly browser: Browser } {
  const env = {} as { browser: Browser };
  beforeAll(async () => {
    env.browser = await launchBrowser(fakeMicrophoneFlags(wav()));
  });
  afterAll(async () => {
    await env.browser?.close();
  });
  return env;
}

/** The page, English chosen, at Tokyo Station, watching its audio output, voice traffic and voice states. */
async function openVoicePage(browser: Browser) {
  const watched = await openPage(browser, server.baseUrl, { ...MOBILE, locale: 'ja-JP', permissions: ['geolocation', 'microphone'], geolocation: TOKYO_STATION });
  const { page, context } = watched;
  await context.addInitScript(watchAudioOutput);
  await page.reload();
  await waitForChat(page);
  await page.selectOption('#language', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('button', { name: 'Use my location' }).click();
  await page.locator('#location-status', { hasText: 'Using your location' }).waitFor();
  await recordVoiceStates(page);
  return { ...watched, traffic: recordVoiceTraffic(page) };
}

/**
 * A reading stopped at once: the chunk playing was stopped before its end (and any chunk already scheduled after
 * it was stopped too, before or after its start), and no chunk played on past the stop.
 */
function expectCutShort(played: PlayedChunk[]): void {
  const stopped = played.filter((chunk) => chunk.stoppedAt !== undefined);
  expect(stopped.some((chunk) => chunk.startAt <= (chunk.stoppedAt as number) && (chunk.stoppedAt as number) < chunk.startAt + chunk.duration)).toBe(true);
  for (const chunk of stopped) expect(chunk.endedAt ?? 0).toBeLessThan(chunk.startAt + chunk.duration);
}

const userMessages = (page: Page) => page.locator('.message--user');
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

describe('tap to ask (the microphone says the question once, then silence)', () => {
  // 1.5 s of silence on each side: the end of speech is detected before the looping file says it again
  const env = browserHearing(() => spokenQuestion(QUESTION, { pauseSeconds: 1.5 }).path);

  it('hears the spoken question, answers it on screen with sources, and plays the spoken answer', async () => {
    const { page, context, errors, traffic } = await openVoicePage(env.browser);
    await page.getByRole('button', { name: 'Ask by voice' }).click();

    // the transcript is the question, sent through the page's chat like typed text
    await userMessages(page).first().waitFor({ timeout: 60_000 });
    expect(await userMessages(page).first().textContent()).toMatch(/nearest evacuat.* shelter/i);
    const answer = await waitForAnswer(page);
    expect(await answer.locator('.answer-text').textContent()).toContain('The nearest evacuation shelter is');
    expect(await answer.locator('.source-card').count()).toBeGreaterThan(0);

    await waitForStates(page, ['listening', 'thinking', 'speaking', 'idle']);
    const states = await voiceStates(page);
    expect(states.slice(states.indexOf('listening'))).toEqual(['listening', 'thinking', 'speaking', 'idle']);

    // what went over /api/voice: speech up, the transcript down, the answer's text up, its audio down
    expect(traffic.pcmBytesSent).toBeGreaterThan(16_000 * 2 * 2); // more than 2 s of 16 kHz speech
    expect(traffic.sent.map((m) => m.type)).toEqual(['start', 'end', 'speak']);
    const transcript = traffic.received.find((m) => m.type === 'transcript');
    expect(transcript?.type === 'transcript' && transcript.text).toMatch(/nearest evacuat.* shelter/);
    const spoken = traffic.sent.find((m) => m.type === 'speak');
    expect(spoken?.type === 'speak' && spoken.text).toContain('The nearest evacuation shelter is');

    // the audio is real speech: decoded, long enough, loud, sound over most of it, saying the answer's sentences
    expect(traffic.audio.length).toBeGreaterThanOrEqual(2);
    for (const { info, bytes } of traffic.audio) expect(bytes).toBe(info.bytes);
    expect(traffic.audio[0]?.info.text).toContain('The nearest evacuation shelter is');
    const stats = speechStats(concatPcm(traffic.audio.map((a) => a.pcm)));
    expect(stats.seconds).toBeGreaterThan(3);
    expect(stats.rms).toBeGreaterThan(0.03);
    expect(stats.voiced).toBeGreaterThan(0.5);

    // ...and the page played all of it, each chunk to its end, as the browser itself decoded it
    const played = await playedChunks(page);
    expect(played).toHaveLength(traffic.audio.length);
    for (const [i, chunk] of played.entries()) {
      const sent = traffic.audio[i]?.pcm;
      expect(chunk.duration).toBeCloseTo((sent?.samples.length ?? 0) / (sent?.sampleRate ?? 1), 1);
      expect(chunk.rms).toBeGreaterThan(0.03);
      expect(chunk.stoppedAt).toBeUndefined();
      expect(chunk.endedAt).toBeGreaterThanOrEqual(chunk.startAt + chunk.duration - 0.05);
    }
    await saveScreenshot(page, 'voice-answer-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is usable with the keyboard alone, stops reading on "Stop reading aloud", and passes axe in every state', async () => {
    const { page, context, errors, traffic } = await openVoicePage(env.browser);
    await page.locator('textarea#question').focus();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Send');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Ask by voice');
    await page.keyboard.press('Enter');
    await page.locator('[role="status"]', { hasText: 'Listening…' }).waitFor();
    expect(await focusedText(page)).toBe('Done, send it');
    expect(await seriousViolations(page)).toEqual([]);

    // the reading of the answer: a stop button, next in the tab order, stops it at once
    await waitForStates(page, ['listening', 'thinking', 'speaking']);
    await page.locator('[role="status"]', { hasText: 'Speaking…' }).waitFor();
    await page.waitForFunction(() => (window as unknown as { played: unknown[] }).played.length > 0);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'voice-speaking-en');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Stop reading aloud');
    await page.keyboard.press('Enter');
    await waitForStates(page, ['speaking', 'idle']);
    expect(await focusedText(page)).toBe('Ask by voice'); // focus is not lost with the button
    expect(traffic.sent.map((m) => m.type)).toEqual(['start', 'end', 'speak', 'cancel']);
    await expect.poll(() => traffic.received.some((m) => m.type === 'cancelled')).toBe(true);
    expectCutShort(await playedChunks(page));

    // hands-free is a plain checkbox, reached and ticked with the keyboard
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Hands-free' }).isChecked()).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Hands-free' }).isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hands-free, speaking over the answer (barge-in)', () => {
  // the question; 11 s later, while the answer (about 20 s of speech) is read, another question; then silence
  const env = browserHearing(() => spokenScript([1.5, QUESTION, 11, 'Free wifi near Shibuya station', 40]).path);

  it('stops the reading at once and answers what was said over it', async () => {
    const { page, context, errors, traffic } = await openVoicePage(env.browser);
    await page.getByRole('checkbox', { name: 'Hands-free' }).check();
    await page.getByRole('button', { name: 'Ask by voice' }).click();

    await userMessages(page).nth(1).waitFor({ timeout: 80_000 });
    expect(await userMessages(page).nth(0).textContent()).toMatch(/nearest evacuat.* shelter/i);
    expect(await userMessages(page).nth(1).textContent()).toMatch(/wifi near shibuya/i);
    await waitForAnswer(page, 2);

    // the first reading was cut short: cancel sent, the chunk playing stopped before its end, nothing more played
    const sent = traffic.sent.map((m) => m.type);
    expect(sent.slice(0, 5)).toEqual(['start', 'end', 'speak', 'cancel', 'end']);
    const changes = await stateChanges(page);
    const bargeIn = changes.find((change, i) => change.state === 'listening' && changes[i - 1]?.state === 'speaking');
    expect(bargeIn, JSON.stringify(changes)).toBeDefined();
    const played = await playedChunks(page);
    expectCutShort(played);
    const nextReading = changes.find((change) => change.state === 'speaking' && change.atMs > (bargeIn?.atMs ?? 0));
    const playedBetween = played.filter((chunk) => chunk.startedAtMs > (bargeIn?.atMs ?? 0) && chunk.startedAtMs < (nextReading?.atMs ?? Infinity));
    expect(playedBetween).toEqual([]);

    // hands-free off: back to idle, the microphone released
    await page.getByRole('checkbox', { name: 'Hands-free' }).uncheck();
    await expect.poll(async () => (await voiceStates(page)).at(-1)).toBe('idle');
    await saveScreenshot(page, 'voice-barge-in-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
