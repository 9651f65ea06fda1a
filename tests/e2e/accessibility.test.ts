import { describe, expect, it } from 'vitest';
import { MOBILE, openPage, saveScreenshot } from '../helpers/browser.ts';
import { ask, composer, seriousViolations, startServerAndBrowser, waitForAnswer, waitForChat } from './chat-page.ts';

const env = startServerAndBrowser();

describe('accessibility (axe-core, WCAG 2.1 A and AA): no serious or critical violation', () => {
  for (const [locale, question] of [
    ['ja-JP', '大井町駅の近くの避難所はどこですか？'],
    ['en-US', 'Shelters near Shinagawa station'],
    ['ko-KR', '品川구 대피소 어디예요?'],
  ] as const) {
    it(`on the empty page and after an answer (${locale})`, async () => {
      const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale });
      await waitForChat(page);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `empty-${locale}`);
      await ask(page, question);
      await waitForAnswer(page);
      await page.locator('.feedback button').first().click();
      await page.locator('.feedback [role="status"]:not(:empty)').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('after an error and a location refusal, at desktop size', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await waitForChat(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.locator('#location-status:not(:empty)').waitFor();
    await ask(page, 'x'.repeat(1001));
    await page.locator('.message--error').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('announces the answer once, when it is complete', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    const live = page.locator('[aria-live="polite"][aria-atomic="true"]');
    expect(await live.textContent()).toBe('');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { announced: string[] }).announced = seen;
      const region = document.querySelector('[aria-live="polite"][aria-atomic="true"]') as Element;
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { subtree: true, childList: true, characterData: true });
    });
    await ask(page, 'Shelters near Shinagawa station');
    const answer = await waitForAnswer(page);
    const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
    const shown = (await answer.locator('.answer-text').textContent()) ?? '';
    const final = `Answer: ${shown.replaceAll('(opens in a new tab)', '')}`;
    expect(final).toContain('The nearest evacuation shelter to Shinagawa Station is');
    // "writing…" at most once, then the whole answer: never a half-written answer
    expect(announced.filter((text) => text !== 'Writing the answer…')).toEqual([final]);
    expect(await live.textContent()).toBe(final);
    await context.close();
  });

  it('stops the animation when the user prefers reduced motion', async () => {
    for (const [reducedMotion, expected] of [
      ['reduce', 'none'],
      ['no-preference', 'pulse'],
    ] as const) {
      const { page, context } = await openPage(env.browser, env.server.baseUrl, { reducedMotion });
      await waitForChat(page);
      const animation = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.className = 'typing';
        document.body.append(probe);
        return getComputedStyle(probe, '::after').animationName;
      });
      expect(animation, reducedMotion).toBe(expected);
      await context.close();
    }
  });

  it('shows what it knows per municipality, and the view passes axe (en and ja)', async () => {
    for (const [locale, title, kind, koto] of [
      ['en-US', 'What I know (data by municipality)', 'Kind', 'Koto City'],
      ['ja-JP', '対応しているデータ（区市町村ごと）', '種類', '江東区'],
    ] as const) {
      const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale });
      await waitForChat(page);
      await page.getByText(title).click();
      await page.getByLabel(kind, { exact: true }).selectOption('aed');
      const row = page.locator('.coverage-table tbody tr').filter({ has: page.getByRole('rowheader', { name: koto, exact: true }) });
      await expect.poll(() => row.getByRole('cell').first().textContent()).toBe('246');
      expect(await page.locator('.coverage-table tbody tr').count()).toBe(62);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `coverage-${locale}`);
      await context.close();
    }
  });

  it('labels every control', async () => {
    const { page, context } = await openPage(env.browser, env.server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    expect(await page.getByLabel('質問', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('言語 / Language').count()).toBe(1);
    expect(await composer(page).getAttribute('aria-describedby')).toBeTruthy();
    await context.close();
  });
});
