import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

/** Helpers that drive the chat page the way a user does (by label, role and text), shared by the e2e files. */

/** The real server (in this process, on a free port) and Chromium, started before a test file and stopped after it. */
export function startServerAndBrowser(): { readonly server: TestServer; readonly browser: Browser } {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startTestServer();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export const composer = (page: Page): Locator => page.locator('textarea#question');
export const answers = (page: Page): Locator => page.locator('.message--answer');

/**
 * Waits until the page has hydrated: the static HTML says `lang="ja"`, and the client replaces it with the tag
 * of the chosen language (ja-JP, en, ko-KR, ...). Before that, Enter in the text box would only add a line.
 */
export async function waitForChat(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.lang !== 'ja', undefined, { timeout: 15_000 });
}

/** Types a question in the composer and sends it with Enter. */
export async function ask(page: Page, question: string): Promise<void> {
  await composer(page).fill(question);
  await composer(page).press('Enter');
}

/** Waits until `count` answers have finished streaming, and returns the last one. */
export async function waitForAnswer(page: Page, count = 1): Promise<Locator> {
  await page.waitForFunction((n) => document.querySelectorAll('.message--answer[aria-busy="false"]').length >= n, count, { timeout: 20_000 });
  return answers(page).nth(count - 1);
}

/** The JSON body of every POST /api/chat the page sent. */
export function recordChatRequests(page: Page): Array<Record<string, unknown>> {
  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/chat') bodies.push(request.postDataJSON() as Record<string, unknown>);
  });
  return bodies;
}

/** A body of server-sent events in the API's wire format (docs/api.md), for `route.fulfill`. */
export function sseBody(events: Array<Record<string, unknown>>): string {
  return events.map((event) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`).join('');
}

/** axe-core over WCAG 2.0/2.1 A and AA: the violations of impact serious or critical, summarised. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
