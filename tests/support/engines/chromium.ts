import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH, launchBrowser } from '../browser';
import type { EngineSpec } from './engine';
import { withRecorder } from './recorder';

/** Debian's Chromium through playwright-core, as every other browser test drives it. */
export const chromiumEngine: EngineSpec = {
  name: 'chromium',
  packages: ['chromium'],
  missing: () => (existsSync(CHROMIUM_PATH) ? [] : [CHROMIUM_PATH]),
  async launch(viewport) {
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
    const page = await context.newPage();
    const nativeErrors: string[] = [];
    page.on('pageerror', (error) => nativeErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') nativeErrors.push(message.text());
    });
    const driverPage = withRecorder(
      {
        goto: async (url) => void (await page.goto(url)),
        // Arguments are plain JSON here, never handles, so the driver's unboxing types do not apply.
        evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
        click: (selector) => page.locator(selector).click(),
        select: async (selector, value) => void (await page.locator(selector).selectOption(value)),
        type: (selector, text) => page.locator(selector).pressSequentially(text),
        async press(selector, ...keys) {
          for (const key of keys) await page.locator(selector).press(key);
        },
        screenshot: (selector) => page.locator(selector).screenshot(),
        async download(selector) {
          const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
          return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
        },
      },
      nativeErrors,
    );
    return { version: `Chromium ${browser.version()}`, page: driverPage, close: () => browser.close() };
  },
};
