import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (scripts/setup-machine.sh installs it); CHROMIUM_PATH overrides it elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless Chromium: nothing phones home while the tests run. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** A phone-sized page (iPhone 12-15 class): the page is mobile first, so most tests look at it this size. */
export const MOBILE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const root = path.resolve(import.meta.dirname, '../..');
export const TEST_RESULTS = path.join(root, 'test-results');

/**
 * Launches Chromium with CHROMIUM_FLAGS plus `extraArgs`, e.g. for voice tests
 * `['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--use-file-for-fake-audio-capture=/abs/question.wav']`.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

/**
 * Flags for a fake microphone that says `wavPath` (16-bit mono WAV, looped from the start each time the page opens
 * the microphone), granted without a prompt, and sound that plays without a user gesture.
 */
export function fakeMicrophoneFlags(wavPath: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wavPath}`, '--autoplay-policy=no-user-gesture-required'];
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console errors of the page (a failed request's own log line excluded). */
  errors: string[];
  /** Every URL the page requested: the tests check none leaves our server. */
  requests: string[];
}

/** A new context and page, watched for errors and for requests. Close it with `context.close()`. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx/5xx response as a console error; the tests that provoke one check the page instead
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, context, errors, requests };
}

/** Saves a full-page screenshot as test-results/<name>.png (or to `file` when given) and returns its path. */
export async function saveScreenshot(page: Page, name: string, file?: string): Promise<string> {
  const target = file ?? path.join(TEST_RESULTS, `${name}.png`);
  await mkdir(path.dirname(target), { recursive: true });
  await page.screenshot({ path: target, fullPage: !file });
  return target;
}
