import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/place.ts';
import { haversineMeters } from '../../src/geo/geo.ts';
import { placeName } from '../../src/i18n/place-names.ts';
import { MOBILE, openPage, saveScreenshot } from '../helpers/browser.ts';
import { ask, composer, recordChatRequests, startServerAndBrowser, waitForAnswer, waitForChat } from './chat-page.ts';

const env = startServerAndBrowser();

describe('the page with the keyboard alone', () => {
  it('reaches every control in order, sends with Enter, and gives focus back to the composer', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { locale: 'en-US', viewport: { width: 1024, height: 800 } });
    await waitForChat(page);
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { id: element?.id ?? '', text: (element?.textContent ?? '').trim(), tag: element?.tagName ?? '', outline: element ? getComputedStyle(element).outlineStyle : '' };
    });
    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      order.push(now.id || now.text);
      expect(now.outline, `focus visible on ${now.id || now.text}`).not.toBe('none');
      if (now.id === 'question') break;
    }
    expect(order).toEqual(['language', 'New conversation', 'What I know (data by municipality)', 'Shelters near Oimachi station', 'Evacuation shelters in Shinagawa', 'Where is the nearest evacuation site to Tokyo Station?', 'Use my location', 'question']);

    // Shift+Enter makes a new line, Enter sends
    await page.keyboard.type('Shelters near');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Oimachi station');
    expect(await composer(page).inputValue()).toBe('Shelters near\nOimachi station');
    await page.keyboard.press('Enter');
    const answer = await waitForAnswer(page);
    expect(await answer.locator('.answer-text').textContent()).toContain('Oimachi Station');
    expect((await focused()).id).toBe('question');
    expect(await composer(page).inputValue()).toBe('');

    // onwards from the composer: the send button; backwards: location, then the answer's feedback and links
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Send');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).text).toBe('Use my location');
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).text).toBe('Not helpful');
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).text).toBe('Helpful');
    await page.keyboard.press('Space');
    await answer.locator('.feedback [role="status"]', { hasText: 'Thank you for your feedback.' }).waitFor();
    expect(await answer.locator('.feedback button[aria-pressed="true"]').textContent()).toBe('Helpful');
    const turn = (await env.server.deps.sessions.get((await page.evaluate(() => sessionStorage.getItem('tokyo-ai-chat:sessionId'))) ?? ''))?.turns[0];
    expect(turn?.feedback?.rating).toBe('up');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.source-card') !== null && document.activeElement?.tagName === 'A')).toBe(true);
    await saveScreenshot(page, 'keyboard-focus');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends an example question with Enter and keeps focus for the next question', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    await page.getByRole('button', { name: '品川区の避難所を教えて' }).focus();
    await page.keyboard.press('Enter');
    await waitForAnswer(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await context.close();
  });
});

describe('"use my location"', () => {
  it('sends the device location with the next questions and lists the nearest places first', async () => {
    const tokyoStation = { latitude: 35.6812, longitude: 139.7671 };
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-US', permissions: ['geolocation'], geolocation: tokyoStation });
    await waitForChat(page);
    const sent = recordChatRequests(page);
    const button = page.getByRole('button', { name: 'Use my location' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await page.locator('#location-status', { hasText: 'Using your location' }).waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('true');

    await ask(page, 'Where is the nearest evacuation shelter?');
    const answer = await waitForAnswer(page);
    expect(sent[0]?.location).toEqual({ lat: 35.6812, lon: 139.7671 });
    expect(await answer.locator('.answer-text').textContent()).toContain('The nearest evacuation shelter is');
    const nearest = env.server.deps.index.corpus.places
      .filter((p) => p.category === 'shelter' && p.lat !== undefined && p.lon !== undefined)
      .map((p) => ({ p, d: haversineMeters(tokyoStation.latitude, tokyoStation.longitude, p.lat as number, p.lon as number) }))
      .sort((a, b) => a.d - b.d)[0];
    // The card names the place in English and keeps its official Japanese name for a person on site.
    expect(await answer.locator('.place-name').first().textContent()).toBe(placeName(nearest?.p as Place, 'en'));
    expect(await answer.locator('.place-official [lang="ja"]').first().textContent()).toBe(nearest?.p.name.ja);
    expect(await answer.locator('.place-summary').first().textContent()).toMatch(/(^| · )about \d+ m( · |$)/);
    await saveScreenshot(page, 'location-answer');

    // pressed again: the location is forgotten and no longer sent
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#location-status').textContent()).toBe('');
    await ask(page, 'Shelters near Oimachi station');
    await waitForAnswer(page, 2);
    expect(sent[1]?.location).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says politely, in the user language, when location is not allowed', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    await context.clearPermissions();
    await page.getByRole('button', { name: '現在地を使う' }).click();
    const status = page.locator('#location-status');
    await status.locator('text=位置情報の利用が許可されませんでした').waitFor();
    expect(await status.getAttribute('role')).toBe('status');
    expect(await page.getByRole('button', { name: '現在地を使う' }).getAttribute('aria-pressed')).toBe('false');
    // a question still works, without a location
    const sent = recordChatRequests(page);
    await ask(page, '品川区の避難所を教えて');
    await waitForAnswer(page);
    expect(sent[0]?.location).toBeUndefined();
    await saveScreenshot(page, 'location-denied-ja');
    await context.close();
  });
});

describe('switching language', () => {
  it('changes the UI text and <html lang>, sends the language, and remembers it', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    expect(await page.getAttribute('html', 'lang')).toBe('ja-JP');
    const cases: Array<[string, string, string, string]> = [
      ['en', 'en', 'Tokyo AI Concierge', 'Send'],
      ['ko', 'ko-KR', '도쿄도 AI 컨시어지', '보내기'],
      ['zh-Hans', 'zh-Hans', '东京都 AI 咨询助手', '发送'],
      ['zh-Hant', 'zh-Hant', '東京都 AI 諮詢助理', '傳送'],
      ['ja-easy', 'ja-JP', 'とうきょうと AIコンシェルジュ', 'おくる'],
    ];
    for (const [value, tag, title, send] of cases) {
      await page.selectOption('#language', value);
      await page.waitForFunction((expected) => document.documentElement.lang === expected && document.querySelector('h1')?.textContent !== '東京都 AIコンシェルジュ', tag);
      expect(await page.locator('h1').textContent(), value).toBe(title);
      expect(await page.locator('.send-label').textContent(), value).toBe(send);
      expect(await page.title()).toBe(title);
    }
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('label[for="language"]').textContent()).toBe('Language');
    expect(await composer(page).getAttribute('placeholder')).toBe('e.g. Shelters near Oimachi station');

    const sent = recordChatRequests(page);
    await ask(page, 'Where are the shelters near Oimachi station?');
    const answer = await waitForAnswer(page);
    expect(sent[0]?.lang).toBe('en');
    expect(await answer.locator('.answer-body').getAttribute('lang')).toBe('en');
    expect(await answer.locator('.answer-text').textContent()).toContain('The nearest evacuation shelter to Oimachi Station is');
    // a question in another of the six languages is answered in it, whatever the page's language (issue 11)
    await ask(page, '大井町駅の近くの避難所はどこですか？');
    const japanese = await waitForAnswer(page, 2);
    expect(await japanese.locator('.answer-body').getAttribute('lang')).toMatch(/^ja/);

    await page.reload();
    await waitForChat(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Tokyo AI Concierge');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the languages answered through machine translation (issue 17)', () => {
  it('lists them after the six, in a group of their own, and shows the page in them', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    const values = await page.locator('#language > option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(values).toEqual(['ja', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'ja-easy']);
    const group = page.locator('#language > optgroup');
    expect(await group.getAttribute('label')).toBe('その他の言語（機械翻訳）');
    expect(await group.locator('option').evaluateAll((options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent]))).toEqual([
      ['vi', 'Tiếng Việt'],
      ['ne', 'नेपाली'],
      ['tl', 'Tagalog'],
      ['th', 'ไทย'],
      ['id', 'Bahasa Indonesia'],
      ['pt', 'Português'],
      ['es', 'Español'],
      ['fr', 'Français'],
    ]);
    await page.selectOption('#language', 'vi');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    expect(await page.locator('label[for="language"]').textContent()).toBe('Ngôn ngữ / Language');
    expect(await page.locator('.machine-note').textContent()).toBe('Bản dịch máy');
    expect(await page.evaluate(() => localStorage.getItem('tokyo-ai-chat:lang'))).toBe('vi');

    // without Cloud Translation (this server), a Vietnamese question gets the six languages, said in Vietnamese
    const sent = recordChatRequests(page);
    await ask(page, 'Nơi trú ẩn gần nhất ga Oimachi ở đâu?');
    const answer = await waitForAnswer(page);
    expect(sent[0]?.lang).toBe('vi');
    expect(await answer.locator('.answer-text').textContent()).toContain('Xin lỗi, dịch vụ này chỉ trả lời bằng các ngôn ngữ sau:');
    expect(errors).toEqual([]);
    await context.close();
  });
});
