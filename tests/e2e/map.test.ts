import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, MOBILE, openPage, saveScreenshot } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { ask, seriousViolations, waitForAnswer, waitForChat } from './chat-page.ts';
import { startTileStub, type TileStub } from './tile-stub.ts';

const GSI_TILES_PAGE = 'https://maps.gsi.go.jp/development/ichiran.html';
const DESKTOP = { viewport: { width: 1024, height: 800 } };

let stub: TileStub;
let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  stub = await startTileStub();
  server = await startTestServer({ env: { MAP_TILE_URL: stub.tileUrl } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await stub?.close();
});

const pins = (answer: Locator) => answer.locator('.map-pin');
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const card = element?.closest('.source-card');
    return {
      label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      card: card ? [...document.querySelectorAll('.source-card')].indexOf(card) + 1 : 0,
      outline: element ? getComputedStyle(element).outlineStyle : '',
    };
  });

/** Asks about shelters near Oimachi Station (three places) and opens the answer's map if it is closed. */
async function answerWithMap(page: Page): Promise<Locator> {
  await ask(page, 'Shelters near Oimachi station');
  const answer = await waitForAnswer(page);
  const toggle = answer.locator('.map-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await pins(answer).nth(2).waitFor();
  return answer;
}

describe('the map of an answer with places', () => {
  it('is not part of the first load: its code comes with the first answer that has places', async () => {
    const { page, context, errors } = await openPage(browser, server.baseUrl, { ...MOBILE, locale: 'en-US' });
    /** The page's scripts and style sheets loaded so far that hold Leaflet (its class names), read from the server. */
    const mapAssets = async () => {
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
      const assets = loaded.filter((file) => file.startsWith('/_next/static/') && /\.(js|css)$/.test(file));
      const bodies = await Promise.all(assets.map(async (file) => [file, await (await fetch(`${server.baseUrl}${file}`)).text()] as const));
      return bodies.filter(([, body]) => body.includes('leaflet-')).map(([file]) => file);
    };
    const configRequests = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/client-config')).length);
    await waitForChat(page);
    await ask(page, 'Hello');
    await waitForAnswer(page, 1);
    expect(await page.locator('.map-toggle').count()).toBe(0);
    expect(await mapAssets()).toEqual([]);
    expect(await configRequests()).toBe(0);

    await ask(page, 'Shelters near Oimachi station');
    const answer = await waitForAnswer(page, 2);
    // closed on a phone; its code and the tiles' URL are fetched meanwhile, the tiles only once it is open
    expect(await answer.locator('.map-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await answer.locator('.map-figure').isHidden()).toBe(true);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/api/client-config')));
    await page.waitForFunction(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.leaflet-pane'))));
    const loaded = await mapAssets();
    expect(loaded.filter((file) => file.endsWith('.js')).length, loaded.join(', ')).toBeGreaterThan(0);
    expect(loaded.filter((file) => file.endsWith('.css')).length, loaded.join(', ')).toBeGreaterThan(0);
    expect(stub.requested).toEqual([]);
    expect(await configRequests()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws pins numbered as the cards, the anchor and a scale on GSI tiles from the configured server, credited 「地理院タイル」', async () => {
    const { page, context, errors, requests } = await openPage(browser, server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    const answer = await answerWithMap(page);
    const titles = await answer.locator('.place-name').allTextContents();
    expect(titles).toHaveLength(3);
    expect(await pins(answer).evaluateAll((elements) => elements.map((pin) => [pin.getAttribute('role'), pin.getAttribute('tabindex'), pin.textContent]))).toEqual([
      ['button', '0', '1'],
      ['button', '0', '2'],
      ['button', '0', '3'],
    ]);
    expect(await pins(answer).evaluateAll((elements) => elements.map((pin) => pin.getAttribute('aria-label')))).toEqual(titles.map((title, i) => `${i + 1}. ${title}`));
    expect(await answer.locator('.map-figure').getAttribute('aria-label')).toBe('Map of 3 places');
    expect(await answer.locator('.map-anchor-label').textContent()).toBe('Oimachi Station');
    expect(await answer.locator('.leaflet-control-scale-line').textContent()).toMatch(/^\d+ (m|km)$/);
    const credit = answer.locator('.leaflet-control-attribution a');
    expect(await credit.getAttribute('href')).toBe(GSI_TILES_PAGE);
    expect(await credit.textContent()).toBe('地理院タイル (GSI Tiles)(opens in a new tab)');

    // every pin and the anchor lie inside the map, and the tiles come from the stub (MAP_TILE_URL)
    const canvas = await answer.locator('.map-canvas').boundingBox();
    for (const marker of await answer.locator('.map-pin, .map-anchor').all()) {
      const box = await marker.boundingBox();
      expect(box && canvas && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height).toBe(true);
    }
    await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length >= 4);
    const tiles = await answer.locator('img.leaflet-tile-loaded').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
    expect(tiles.every((src) => src.startsWith(`${stub.origin}/tiles/`))).toBe(true);
    expect(stub.requested.length).toBeGreaterThanOrEqual(4);
    expect(stub.requested.every((tile) => Number(tile.split('/')[0]) >= 5 && Number(tile.split('/')[0]) <= 18)).toBe(true);
    expect(requests.filter((url) => !url.startsWith(server.baseUrl) && !url.startsWith(stub.origin))).toEqual([]);
    await answer.locator('.map-figure').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'map-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still draws the pins, the anchor and a scale on a blank ground without tiles (offline)', async () => {
    const { page, context } = await openPage(browser, server.baseUrl, { ...MOBILE, locale: 'ja-JP' });
    await waitForChat(page);
    await page.route('**/api/client-config', (route) => route.abort('internetdisconnected'));
    const before = stub.requested.length;
    await ask(page, '大井町駅の近くの避難所は？');
    const answer = await waitForAnswer(page);
    await answer.getByRole('button', { name: '地図で見る' }).click();
    await pins(answer).nth(2).waitFor();
    expect(await answer.locator('.map-anchor-label').textContent()).toBe('大井町駅');
    expect(await answer.locator('.leaflet-control-scale-line').textContent()).toMatch(/^\d+ (m|km)$/);
    expect(await answer.locator('img.leaflet-tile').count()).toBe(0);
    expect(await answer.locator('.leaflet-control-attribution').count()).toBe(0);
    expect(await answer.locator('.map-figure figcaption').textContent()).toBe('番号は下の一覧と同じです。ピンを押すと、その場所の説明に移ります。');
    expect(stub.requested.length).toBe(before);
    await saveScreenshot(page, 'map-without-tiles-ja');
    await context.close();
  });

  it('opens the card of a pin when the pin is tapped', async () => {
    const { page, context } = await openPage(browser, server.baseUrl, { ...MOBILE, locale: 'en-US' });
    await waitForChat(page);
    const answer = await answerWithMap(page);
    await pins(answer).nth(2).tap();
    const third = answer.locator('.source-card').nth(2);
    await page.waitForFunction(() => document.activeElement?.matches('.source-card') === true);
    expect((await focused(page)).card).toBe(3);
    expect(await third.getAttribute('data-selected')).toBe('true');
    expect(await third.isVisible()).toBe(true);
    const box = await third.boundingBox();
    expect(box && box.y >= 0 && box.y < 844).toBe(true);
    await context.close();
  });

  it('works with the keyboard alone: open and close, each pin in order, Enter or Space opens its card, zoom', async () => {
    const { page, context, errors } = await openPage(browser, server.baseUrl, { ...DESKTOP, locale: 'en-US' });
    await waitForChat(page);
    await ask(page, 'Shelters near Oimachi station');
    const answer = await waitForAnswer(page);
    const toggle = answer.locator('.map-toggle');
    // a wide screen has room: the map starts open there
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await pins(answer).nth(2).waitFor();
    const titles = await answer.locator('.place-name').allTextContents();

    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toBe('Show on a map');
    expect(await answer.locator('.map-figure').isHidden()).toBe(true);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await pins(answer).nth(2).waitFor();

    // Tab: the pins in their numbers' order, then the zoom buttons
    for (const [i, title] of titles.entries()) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now.label).toBe(`${i + 1}. ${title}`);
      expect(now.outline, `focus visible on pin ${i + 1}`).not.toBe('none');
    }
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Zoom in');
    const scale = answer.locator('.leaflet-control-scale-line');
    const wide = await scale.textContent();
    await page.keyboard.press('Enter');
    await page.waitForFunction((before) => document.querySelector('.leaflet-control-scale-line')?.textContent !== before, wide);
    expect(await scale.textContent()).not.toBe(wide);
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Zoom out');

    // Enter on pin 2 opens card 2; Space on pin 3 opens card 3
    await pins(answer).nth(1).focus();
    await page.keyboard.press('Enter');
    expect((await focused(page)).card).toBe(2);
    expect(await answer.locator('.source-card').nth(1).getAttribute('data-selected')).toBe('true');
    await pins(answer).nth(2).focus();
    await page.keyboard.press('Space');
    expect((await focused(page)).card).toBe(3);
    expect(await answer.locator('.source-card[data-selected]').count()).toBe(1);
    await saveScreenshot(page, 'map-keyboard');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [name, options, locale] of [
    ['a phone', MOBILE, 'ko-KR'],
    ['a desktop', DESKTOP, 'ja-JP'],
  ] as const) {
    it(`has no serious or critical accessibility violation with the map open, on ${name} (axe)`, async () => {
      const { page, context } = await openPage(browser, server.baseUrl, { ...options, locale });
      await waitForChat(page);
      await ask(page, locale === 'ko-KR' ? '大井町역 근처 대피소는 어디예요?' : '大井町駅の近くの避難所は？');
      const answer = await waitForAnswer(page);
      const toggle = answer.locator('.map-toggle');
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      await pins(answer).first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length > 0);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
