import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { savedDownload } from './downloads';
import type { EngineSpec } from './engine';
import { withRecorder } from './recorder';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's Firefox ESR, headless, through puppeteer-core over WebDriver BiDi. */
export const firefoxEngine: EngineSpec = {
  name: 'firefox',
  packages: ['firefox-esr'],
  missing: () => (existsSync(FIREFOX_PATH) ? [] : [FIREFOX_PATH]),
  async launch(viewport) {
    const downloads = mkdtempSync(join(tmpdir(), 'smoke-firefox-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Save downloads to our folder without asking, so the test reads the file Firefox wrote.
      extraPrefsFirefox: { 'browser.download.dir': downloads, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false },
    });
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const nativeErrors: string[] = [];
    page.on('pageerror', (error) => nativeErrors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') nativeErrors.push(message.text());
    });
    const element = async (selector: string) => {
      const found = await page.$(selector);
      if (!found) throw new Error(`no element matches ${selector}`);
      return found;
    };
    const driverPage = withRecorder(
      {
        goto: async (url) => void (await page.goto(url)),
        // Arguments are plain JSON here, never handles, so the driver's unboxing types do not apply.
        evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => Awaited<R>, arg as unknown),
        click: (selector) => page.click(selector),
        select: async (selector, value) => void (await page.select(selector, value)),
        type: (selector, text) => page.type(selector, text),
        async press(selector, ...keys) {
          await page.focus(selector);
          for (const key of keys) await page.keyboard.press(key);
        },
        screenshot: async (selector) => Buffer.from(await (await element(selector)).screenshot()),
        download: (selector) => savedDownload(downloads, () => page.click(selector)),
      },
      nativeErrors,
    );
    const version = (await browser.version()).replace(/^firefox\//i, 'Firefox ');
    return {
      version,
      page: driverPage,
      async close() {
        try {
          await browser.close();
        } finally {
          rmSync(downloads, { recursive: true, force: true });
        }
      },
    };
  },
};
