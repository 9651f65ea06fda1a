import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fleet } from '../../bench/fleet/fleet.ts';
import { UI_STRINGS } from '../../src/i18n/ui-strings.ts';
import { launchBrowser, MOBILE, openPage, saveScreenshot } from '../helpers/browser.ts';
import { answers, ask, waitForAnswer, waitForChat } from './chat-page.ts';

/**
 * The page under a fault (issue 12): the instance streaming an answer is killed (SIGKILL) halfway. The page
 * must say that the answer broke off, keep what came marked as incomplete (never as a whole answer), and offer
 * to send the question again, which another instance of the fleet then answers.
 */
describe('the page when the instance serving its stream dies', () => {
  let fleet: Fleet;
  let browser: Browser;
  beforeAll(async () => {
    // the page is under test, not the machine: a busy CI machine must not make the instances shed the resend
    fleet = new Fleet({ gemini: true, env: { MAX_EVENT_LOOP_DELAY_MS: '0' } });
    await fleet.start();
    // Gemini streams slowly enough (eight characters every 80 ms) for the answer to be cut halfway
    await fleet.setGemini({ kind: 'answer', chunkChars: 8, chunkMs: 80 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await fleet?.stop();
  });

  it('says the answer broke off, marks the part shown as incomplete, and resends to another instance', async () => {
    const { page, context } = await openPage(browser, fleet.url, { ...MOBILE, locale: 'ja-JP' });
    const t = UI_STRINGS.ja;
    await waitForChat(page);
    const served: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/chat') served.push(response.headers()['x-served-by'] ?? '');
    });
    await ask(page, '大井町駅の近くの避難所は？');
    // the first lines are on screen, the answer still streaming: kill the instance that streams it
    await page.waitForFunction(() => (document.querySelector('.message--answer .answer-text')?.textContent ?? '').includes('1.'), undefined, { timeout: 15_000 });
    expect(await answers(page).first().getAttribute('aria-busy')).toBe('true');
    const victim = fleet.instances.findIndex((instance) => instance.name === served[0]);
    expect(victim).toBeGreaterThanOrEqual(0);
    await fleet.signal(victim, 'SIGKILL');

    const error = page.locator('.message--error').last();
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toContain(t.interruptedError);
    const cut = answers(page).first();
    expect(await cut.getAttribute('aria-busy')).toBe('false');
    expect(await cut.getAttribute('class')).toContain('message--incomplete');
    expect(await cut.locator('.answer-note--incomplete').textContent()).toBe(t.incompleteNote);
    expect(await cut.locator('.feedback').count()).toBe(0); // only a complete answer can be rated
    await saveScreenshot(page, 'fleet-stream-cut-ja');

    await error.locator('button.resend').click();
    const complete = await waitForAnswer(page, 2);
    expect(await complete.getAttribute('class')).not.toContain('message--incomplete');
    expect(await complete.locator('.answer-text').textContent()).toContain('1.');
    expect(served[1]).not.toBe(served[0]);
    await context.close();
  });
});
