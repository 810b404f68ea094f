import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but the page's own origin. */
  foreignRequests: string[];
  /** console.error messages and uncaught exceptions. */
  errors: string[];
}

/**
 * A page that records every request outside `origin` (and blocks it) and every console error.
 * Its service worker is blocked, so every request reaches the test's server (and its overrides);
 * tests/browser/offline.test.ts is the one that runs the worker.
 */
export async function openPage(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { page, context, foreignRequests, errors };
}

/** Waits until the first choropleth is painted (or the page has shown a data error). */
export async function waitForMap(page: Page): Promise<string> {
  await page.waitForFunction(() => ['svg', 'error'].includes(document.documentElement.dataset.ready ?? ''), null, { timeout: 30_000 });
  return page.evaluate(() => document.documentElement.dataset.ready ?? '');
}

/** Hands the map to MapLibre (it loads when the reader reaches for the map) and waits for its first idle. */
export async function waitForMapLibre(page: Page): Promise<void> {
  await page.hover('#map');
  await page.waitForFunction(() => document.documentElement.dataset.renderer === 'maplibre', null, { timeout: 45_000 });
}
