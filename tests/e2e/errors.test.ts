import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../src/i18n/error-messages.ts';
import { MOBILE, openPage, saveScreenshot } from '../helpers/browser.ts';
import { answers, ask, composer, startServerAndBrowser, waitForAnswer, waitForChat } from './chat-page.ts';

const env = startServerAndBrowser();

/**
 * The conditions the running server cannot be asked to produce (maintenance, rate limit, a proxy's HTML error
 * page, a dropped connection, an error mid-answer, a Gemini outage) are played by Playwright's router, in the
 * API's own wire format (docs/api.md).
 */
function sse(events: Array<Record<string, unknown>>): string {
  return events.map((event) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`).join('');
}
const META = { type: 'meta', sessionId: 'e2e-session-0001', messageId: 'e2e-message-0001', lang: 'en' };

async function lastError(page: Page): Promise<string> {
  const error = page.locator('.message--error').last();
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

describe('errors are shown in the conversation, in the user language, and the question is kept', () => {
  it('refuses a 1,001-character question with the API message and keeps the text', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    const question = 'あ'.repeat(1001);
    await composer(page).fill(question);
    expect(await page.locator('.counter').textContent()).toBe('1001 / 1000 文字');
    expect(await composer(page).getAttribute('aria-invalid')).toBe('true');
    await composer(page).press('Enter');
    expect(await lastError(page)).toBe(`エラー： ${ERROR_MESSAGES.ja.message_too_long}`);
    expect(await composer(page).inputValue()).toBe(question);
    expect(await answers(page).count()).toBe(0);
    await saveScreenshot(page, 'error-too-long-ja');
    // the question can be shortened and sent again
    await composer(page).fill('品川区の避難所を教えて');
    await composer(page).press('Enter');
    await waitForAnswer(page);
    await context.close();
  });

  it('shows the API message of a 429 and a maintenance message for a bare 503', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ko-KR' });
    await waitForChat(page);
    await page.route('**/api/chat', (route) =>
      route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify({ error: { code: 'rate_limited', message: ERROR_MESSAGES.ko.rate_limited } }) }),
    );
    await ask(page, '品川구 대피소 어디예요?');
    expect(await lastError(page)).toContain(ERROR_MESSAGES.ko.rate_limited);
    expect(await composer(page).inputValue()).toBe('品川구 대피소 어디예요?');

    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<html><body>Service Unavailable</body></html>' }));
    await composer(page).press('Enter');
    await page.locator('.message--error').nth(1).waitFor();
    expect(await lastError(page)).toContain(ERROR_MESSAGES.ko.maintenance);
    expect(await composer(page).inputValue()).toBe('品川구 대피소 어디예요?');
    await context.close();
  });

  it('says so when the network is down, and when the answer breaks off', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    await page.route('**/api/chat', (route) => route.abort('internetdisconnected'));
    await ask(page, 'Shelters near Oimachi station');
    expect(await lastError(page)).toContain('Could not connect. Please check your connection and send again.');
    expect(await composer(page).inputValue()).toBe('Shelters near Oimachi station');

    await page.unroute('**/api/chat');
    const partial = 'Nearest evacuation shelters to Oimachi Station:\n';
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: sse([META, { type: 'delta', text: partial }, { type: 'error', code: 'internal', message: ERROR_MESSAGES.en.internal }]),
      }),
    );
    await composer(page).press('Enter');
    await page.locator('.message--error').nth(1).waitFor();
    expect(await lastError(page)).toContain(ERROR_MESSAGES.en.internal);
    // what had arrived stays on screen; the question comes back to the composer
    expect(await answers(page).last().locator('.answer-text').textContent()).toBe(partial);
    expect(await answers(page).last().getAttribute('aria-busy')).toBe('false');
    expect(await composer(page).inputValue()).toBe('Shelters near Oimachi station');

    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) => route.fulfill({ status: 200, contentType: 'text/event-stream', body: sse([META, { type: 'delta', text: 'Near' }]) }));
    await composer(page).press('Enter');
    await page.locator('.message--error').nth(2).waitFor();
    expect(await lastError(page)).toContain('The connection was lost during the answer. Please send again.');
    await saveScreenshot(page, 'errors-en');
    await context.close();
  });
});

describe('answer text and statuses', () => {
  it('renders answer text as text, never as HTML, and links only http(s) addresses', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    const hostile = '<img src=x onerror="window.pwned=1"> javascript:window.pwned=2 https://www.metro.tokyo.lg.jp/ <b>bold</b>';
    await page.route('**/api/chat', (route) =>
      route.fulfill({ status: 200, contentType: 'text/event-stream', body: sse([META, { type: 'delta', text: hostile }, { type: 'sources', sources: [] }, { type: 'done', status: 'answered' }]) }),
    );
    await ask(page, 'hello');
    const answer = await waitForAnswer(page);
    const text = answer.locator('.answer-text');
    expect(await text.textContent()).toBe(hostile.replace('https://www.metro.tokyo.lg.jp/', 'https://www.metro.tokyo.lg.jp/(opens in a new tab)'));
    expect(await text.locator('img, b').count()).toBe(0);
    expect(await text.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['https://www.metro.tokyo.lg.jp/']);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await context.close();
  });

  it('notes a simplified answer (degraded_fallback) and a clarification question', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    await ask(page, '避難所はどこ？'); // the real server asks where
    const clarification = await waitForAnswer(page, 1);
    expect(await clarification.locator('.answer-note').textContent()).toBe('地域を教えていただくと、より正確にお答えできます。');

    await page.route('**/api/chat', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: sse([{ ...META, lang: 'ja' }, { type: 'delta', text: '大井町駅から近い避難所です。' }, { type: 'sources', sources: [] }, { type: 'done', status: 'degraded_fallback' }]),
      }),
    );
    await ask(page, '大井町駅の近くの避難所は？');
    const degraded = await waitForAnswer(page, 2);
    expect(await degraded.locator('.answer-note').textContent()).toContain('簡易回答です');
    await saveScreenshot(page, 'status-notes-ja');
    await context.close();
  });
});
