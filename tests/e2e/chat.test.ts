import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOBILE, openPage, saveScreenshot } from '../helpers/browser.ts';
import { startPacedProxy } from './paced-proxy.ts';
import { answers, ask, composer, recordChatRequests, startServerAndBrowser, waitForAnswer, waitForChat } from './chat-page.ts';

const env = startServerAndBrowser();

describe('asking on the web page', () => {
  it('streams a Japanese answer in, then shows its sources as cards', async () => {
    // events handed over 40 ms apart (paced-proxy.ts), and what the page shows meanwhile recorded
    const proxy = await startPacedProxy(env.server.baseUrl, 40);
    const { page, context, errors, requests } = await openPage(env.browser, proxy.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('東京都 AIコンシェルジュ');
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seenWhileStreaming: number[] }).seenWhileStreaming = seen;
      new MutationObserver(() => {
        const streaming = document.querySelector('.message--answer[aria-busy="true"] .answer-text');
        const length = streaming?.textContent?.length ?? 0;
        if (streaming && !streaming.querySelector('.typing') && length !== seen.at(-1)) seen.push(length);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    await ask(page, '大井町駅の近くの避難所はどこですか？');
    const answer = await waitForAnswer(page);
    const seen = await page.evaluate(() => (window as unknown as { seenWhileStreaming: number[] }).seenWhileStreaming);
    expect(seen.length, `partial lengths seen: ${seen.join(',')}`).toBeGreaterThan(2);

    const text = (await answer.locator('.answer-text').textContent()) ?? '';
    expect(text).toContain('大井町駅から一番近い避難所は');
    expect(text.length).toBeGreaterThan(seen.at(0) ?? 0);
    expect(await page.locator('.message--user').last().textContent()).toContain('大井町駅の近くの避難所はどこですか？');
    // no raw links in the text: each place's details and map link are on its card (issue 11)
    await expect(answer.locator('.answer-text a[href^="https://www.openstreetmap.org/"]').count()).resolves.toBe(0);

    const cards = answer.locator('.source-card');
    await expect(cards.count()).resolves.toBe(3);
    const first = cards.first();
    expect(await answer.locator('.place-number').allTextContents()).toEqual(['1', '2', '3']);
    expect(await first.locator('.place-name').textContent()).toBeTruthy();
    expect(await first.locator('.place-summary').textContent()).toMatch(/(^| · )約\d+\s?m( · |$)/);
    expect(await first.locator('dt').first().textContent()).toBe('住所');
    expect(await first.locator('dd').first().textContent()).toMatch(/^東京都品川区/);
    // the address opens the place on OpenStreetMap
    expect(await first.locator('dd a.source-map').getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=35\.\d+&mlon=139\.\d+/);
    expect(await first.locator('dd a.source-map').textContent()).toMatch(/^東京都品川区.+ OpenStreetMap で開く （新しいタブで開きます）$/);
    // each card names its datasets; under the cards, each dataset's publisher, licence and credit line
    expect(await first.locator('.place-sources').textContent()).toMatch(/^出典: .+/);
    const credits = await answer.locator('.source-credits .source-attribution').allTextContents();
    expect(credits.length).toBeGreaterThan(0);
    for (const credit of credits) expect(credit).toMatch(/.+ \/ 提供: .+ \/ ライセンス: .+ \/ .+/);
    // a card with a phone number links it for a tap to call
    const tel = answer.locator('.source-card a[href^="tel:"]');
    await expect(tel.count()).resolves.toBeGreaterThan(0);
    expect(await tel.first().getAttribute('href')).toMatch(/^tel:[\d+]+$/);

    await expect(answer.locator('.feedback button').count()).resolves.toBe(2);
    expect(await page.getAttribute('html', 'lang')).toBe('ja-JP');
    await saveScreenshot(page, 'chat-ja-answer');
    // the README's picture: the question at the top of a phone screen, the answer and its first card below;
    // written into docs/ only when asked (UPDATE_DOC_IMAGES=1), so that a test run leaves the tree clean
    await page.locator('.message--user').last().evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const readmeImage = path.resolve(import.meta.dirname, '../../docs/images/chat-ja.png');
    await saveScreenshot(page, 'chat-ja', process.env.UPDATE_DOC_IMAGES === '1' ? readmeImage : undefined);
    expect(requests.every((url) => url.startsWith(proxy.baseUrl)), requests.join('\n')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
    await proxy.close();
  });

  it('answers in English with English labels on the cards', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-GB' });
    await waitForChat(page);
    expect(await page.locator('h1').textContent()).toBe('Tokyo AI Concierge');
    const sent = recordChatRequests(page);
    await ask(page, 'Shelters near Shinagawa station');
    const answer = await waitForAnswer(page);
    expect(sent[0]).toMatchObject({ message: 'Shelters near Shinagawa station', lang: 'en' });
    expect(await answer.locator('.answer-text').textContent()).toContain('Shinagawa Station');
    expect(await answer.getAttribute('aria-busy')).toBe('false');
    const card = answer.locator('.source-card').first();
    expect(await card.locator('dt').first().textContent()).toBe('Address');
    expect(await card.locator('.place-summary').textContent()).toMatch(/(^| · )about (\d+ m|\d\.\d km)( · |$)/);
    expect(await card.locator('a.source-map').textContent()).toMatch(/ Open in OpenStreetMap \(opens in a new tab\)$/);
    expect(await card.locator('.place-sources').textContent()).toMatch(/^Source: .+/);
    expect(await answer.locator('.source-credits .source-attribution').first().textContent()).toMatch(/.+ \/ Publisher: .+ \/ Licence: .+ \/ .+/);
    await saveScreenshot(page, 'chat-en-answer');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the session for a follow-up, and starts afresh on "new conversation"', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    const sent = recordChatRequests(page);
    await ask(page, '品川区の避難所を教えて');
    await waitForAnswer(page, 1);
    const sessionId = await page.evaluate(() => sessionStorage.getItem('tokyo-ai-chat:sessionId'));
    expect(sessionId).toMatch(/^[\w-]{8,64}$/);
    expect(sent[0]?.sessionId).toBeUndefined();

    await ask(page, 'What about near Oimachi station?');
    const followUp = await waitForAnswer(page, 2);
    expect(sent[1]?.sessionId).toBe(sessionId);
    // the topic (shelters) carried over from the first turn
    const text = (await followUp.locator('.answer-text').textContent()) ?? '';
    // asked in English: answered in English (the question's language wins, issue 11)
    expect(text).toContain('Oimachi Station');
    expect(text).toContain('evacuation shelter');
    const session = await env.server.deps.sessions.get(sessionId as string);
    expect(session?.turns).toHaveLength(2);
    await saveScreenshot(page, 'chat-follow-up');

    // the session survives a reload of the tab
    await page.reload();
    await waitForChat(page);
    await ask(page, '大井町駅の近くの避難所は？');
    await waitForAnswer(page, 1);
    expect(sent[2]?.sessionId).toBe(sessionId);

    await page.getByRole('button', { name: '新しい会話' }).click();
    await expect(answers(page).count()).resolves.toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('tokyo-ai-chat:sessionId'))).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await ask(page, '品川区の避難所を教えて');
    await waitForAnswer(page, 1);
    expect(sent[3]?.sessionId).toBeUndefined();
    expect(await composer(page).inputValue()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});
