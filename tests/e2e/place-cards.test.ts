import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type Lang, LANG_TAGS, LANGS } from '../../src/core/languages.ts';
import { MOBILE, openPage, saveScreenshot, TEST_RESULTS } from '../helpers/browser.ts';
import { ask, recordChatRequests, seriousViolations, sseBody, startServerAndBrowser, waitForAnswer, waitForChat } from './chat-page.ts';
import { threePlaceAnswer } from './three-place-answers.ts';

const env = startServerAndBrowser();

/** Plays issue 11's three-place answer in `lang` (three-place-answers.ts) as the server streams it: meta, text, sources, done. */
async function answerWithThreePlaces(page: Page, lang: Lang): Promise<void> {
  const answer = threePlaceAnswer(lang);
  const events = [
    { type: 'meta', sessionId: 'e2e-session-0011', messageId: `e2e-message-${lang}`, lang },
    { type: 'delta', text: answer.text },
    { type: 'sources', sources: answer.sources, anchor: answer.anchor },
    { type: 'done', status: 'answered' },
  ];
  await page.route('**/api/chat', (route) => route.fulfill({ status: 200, contentType: 'text/event-stream', body: sseBody(events) }));
  await ask(page, answer.question);
}

describe('a three-place answer on a phone (390 × 844): the text answers, the cards list', () => {
  const SCREEN_HEIGHT = 844;
  const heights: Record<string, { answer: number; textAndCards: number; screens: number }> = {};
  afterAll(async () => {
    await mkdir(TEST_RESULTS, { recursive: true });
    await writeFile(path.join(TEST_RESULTS, 'phone-fit.json'), `${JSON.stringify(heights, null, 2)}\n`);
    console.log('three-place answer on a 390 × 844 screen, map closed (px):', heights);
  });

  for (const lang of LANGS) {
    it(`fits in one and a half screens, text and cards, with the map closed (${lang})`, async () => {
      const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
      await waitForChat(page);
      await page.selectOption('#language', lang);
      await page.waitForFunction((tag) => document.documentElement.lang === tag, LANG_TAGS[lang]);
      await answerWithThreePlaces(page, lang);
      const answer = await waitForAnswer(page);
      expect(await answer.locator('.source-card').count()).toBe(3);
      expect(await answer.locator('.map-toggle').getAttribute('aria-expanded')).toBe('false');
      const box = await answer.evaluate((element) => {
        const top = element.querySelector('.answer-text')?.getBoundingClientRect().top ?? 0;
        const bottom = element.querySelector('.sources')?.getBoundingClientRect().bottom ?? 0;
        return { answer: element.getBoundingClientRect().height, textAndCards: bottom - top };
      });
      heights[lang] = { answer: Math.round(box.answer), textAndCards: Math.round(box.textAndCards), screens: Number((box.answer / SCREEN_HEIGHT).toFixed(2)) };
      await answer.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await saveScreenshot(page, `three-places-${lang}`);
      // the whole answer (author line and feedback included) is within 1.5 screens
      expect(box.answer).toBeLessThanOrEqual(1.5 * SCREEN_HEIGHT);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('place cards', () => {
  it('show the fields the server fills: translated name beside the official one, kind, distance and direction, facts, every dataset and its licence', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    await answerWithThreePlaces(page, 'en');
    const answer = await waitForAnswer(page);
    // the text answers, with no address in it: the details are on the cards
    expect(await answer.locator('.answer-text a').count()).toBe(0);
    const cards = answer.locator('.source-card');
    expect(await answer.locator('.place-number').allTextContents()).toEqual(['1', '2', '3']);
    const first = cards.first();
    expect(await first.locator('.place-name').textContent()).toBe('Tokyo Metropolitan Shinagawa Special Needs School');
    expect(await first.locator('.place-official').textContent()).toBe('Official name: 都立品川特別支援学校');
    expect(await first.locator('.place-official [lang="ja"]').textContent()).toBe('都立品川特別支援学校');
    expect(await first.locator('.place-summary').textContent()).toBe('Evacuation shelter · about 380 m · north-east');
    expect(await first.locator('dt').allTextContents()).toEqual(['Address', 'Hazards', 'Capacity', 'Wheelchair']);
    expect(await first.locator('dd').allTextContents()).toEqual([
      '東京都品川区南品川6-15-20 Open in OpenStreetMap (opens in a new tab)',
      'Flood, earthquake, large fire',
      'about 850 people',
      'accessible (ramp)',
    ]);
    // the address opens the place on OpenStreetMap
    expect(await first.locator('dd a.source-map').getAttribute('href')).toBe('https://www.openstreetmap.org/?mlat=35.609718&mlon=139.738189#map=18/35.609718/139.738189');
    // the merged card cites both datasets, each with its publisher, licence and credit line
    const merged = cards.nth(1);
    expect(await merged.locator('dt').last().textContent()).toBe('Phone');
    expect(await merged.locator('a[href="tel:0334742727"]').textContent()).toBe('03-3474-2727');
    expect(await merged.locator('.place-sources').textContent()).toBe(
      'Source: Shinagawa City evacuation shelters and wide-area evacuation sites(opens in a new tab), Designated evacuation shelters(opens in a new tab)',
    );
    expect(await merged.locator('.place-sources a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'https://catalog.data.metro.tokyo.lg.jp/dataset/t131091d0000000138',
      'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
    ]);
    // under the cards, once per dataset: what its licence asks to show
    expect(await answer.locator('.source-credits .source-attribution').allTextContents()).toEqual([
      'Designated evacuation shelters / Publisher: Geospatial Information Authority of Japan (from each municipality) / Licence: 国土地理院コンテンツ利用規約 (CC BY 4.0 compatible) / 国土地理院「指定緊急避難場所・指定避難所データ」を加工して作成',
      'Shinagawa City evacuation shelters and wide-area evacuation sites / Publisher: Shinagawa City / Licence: CC BY 4.0 / 「災害時等の避難所・広域避難場所」（品川区）を加工して作成',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an answer in another language than the page', () => {
  it('offers to switch the page to it, in that language, and the next question is sent in it', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    const sent = recordChatRequests(page);
    // a Korean question typed on an English page: the server answers in Korean (docs/api.md, `meta.lang`)
    await answerWithThreePlaces(page, 'ko');
    const answer = await waitForAnswer(page);
    expect(sent[0]?.lang).toBe('en');
    const offer = answer.locator('.language-offer');
    expect(await offer.getAttribute('lang')).toBe('ko-KR');
    expect(await offer.locator('span').textContent()).toBe('이 답변은 한국어입니다. 페이지도 한국어로 볼까요?');
    // the answer's own labels follow the answer, the page's controls stay English until the switch
    expect(await answer.locator('.source-card dt').first().textContent()).toBe('주소');
    expect(await answer.locator('.feedback').textContent()).toContain('Was this answer helpful?');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'language-offer-ko');

    await offer.getByRole('button', { name: '한국어로 바꾸기' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ko-KR');
    expect(await page.locator('h1').textContent()).toBe('도쿄도 AI 컨시어지');
    expect(await page.locator('#language').inputValue()).toBe('ko');
    expect(await answer.locator('.language-offer').count()).toBe(0);
    await page.unroute('**/api/chat');
    await ask(page, '品川구 대피소 어디예요?');
    await waitForAnswer(page, 2);
    expect(sent[1]?.lang).toBe('ko');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers nothing when the answer is in the language asked, even after the page changes language', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    await ask(page, 'Shelters near Oimachi station');
    const answer = await waitForAnswer(page);
    expect(await answer.locator('.answer-body').getAttribute('lang')).toBe('en');
    expect(await answer.locator('.language-offer').count()).toBe(0);
    await page.selectOption('#language', 'ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja-JP');
    expect(await answer.locator('.language-offer').count()).toBe(0);
    await context.close();
  });
});
