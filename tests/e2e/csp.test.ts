import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { ask, startServerAndBrowser, waitForAnswer, waitForChat } from './chat-page.ts';

const env = startServerAndBrowser();

/** The voice worklet as the build emitted it (src/components/voice/capture-worklet.js). */
function workletPath(): string {
  const name = readdirSync('out/_next/static/media').find((file) => file.startsWith('capture-worklet'));
  if (!name) throw new Error('no capture-worklet in out/_next/static/media');
  return `/_next/static/media/${name}`;
}

describe('the page under its Content-Security-Policy (inline scripts by hash)', () => {
  it('hydrates, answers and loads the voice worklet with no violation, and runs no injected script', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.baseUrl, { locale: 'en-US' });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await waitForChat(page);
    await ask(page, 'Where is the nearest shelter to Shinagawa Station?');
    await waitForAnswer(page);
    const worklet = await page.evaluate(async (url) => {
      const audio = new AudioContext();
      await audio.audioWorklet.addModule(url);
      await audio.close();
      return 'loaded';
    }, workletPath());
    expect(worklet).toBe('loaded');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);

    const injected = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ran: (window as unknown as { injected?: boolean }).injected === true, violations: (window as unknown as { violations: string[] }).violations };
    });
    expect(injected.ran).toBe(false);
    expect(injected.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await context.close();
  });
});
