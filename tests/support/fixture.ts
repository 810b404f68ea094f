import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveStatic, type ServeOptions, type StaticServer } from './server';

export interface AtlasFixture {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * One static server for dist/ and one headless Chromium for a test file: started before its
 * tests, closed after them. Read `browser` and `server` inside tests, once they have started.
 */
export function useAtlas(options: ServeOptions = {}): AtlasFixture {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll: use it inside a test');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server starts in beforeAll: use it inside a test');
      return server;
    },
  };
}
