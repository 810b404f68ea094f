// Phones, measured (issue 16, item 11): what the first paint waits for. The map's data files are
// fetched while the script downloads, not after it has run, and the service worker's 2 MB
// precache waits until the map is on screen rather than sharing a slow line with the map's files.
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';

const atlas = useAtlas({ compressed: true });
const DATA_FILES = ['geo/atlas.topo.json', 'data/metrics.json'];

describe('the first paint', () => {
  it("requests the map's data files before the script has loaded, each once", async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 412, height: 823 });
    const log: string[] = [];
    const name = (url: string) => new URL(url).pathname.replace('/atlas/', '').replace(/^assets\/index-[\w-]+\.js$/, 'main script');
    page.on('request', (request) => log.push(`request ${name(request.url())}`));
    page.on('requestfinished', (request) => log.push(`finished ${name(request.url())}`));
    await page.goto(atlas.server.url());
    expect(await waitForMap(page)).toBe('svg');
    const scriptLoaded = log.indexOf('finished main script');
    expect(scriptLoaded, log.join('\n')).toBeGreaterThan(0);
    for (const file of DATA_FILES) {
      expect(log.filter((entry) => entry === `request ${file}`), `${file} fetched once (a preload the fetch cannot use is fetched twice)`).toHaveLength(1);
      expect(log.indexOf(`request ${file}`), log.join('\n')).toBeLessThan(scriptLoaded);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('registers the service worker once the map is drawn, not at the load event', async () => {
    const context = await atlas.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
        document.documentElement.dataset.swRegisteredWhen = document.documentElement.dataset.ready ?? 'before the map';
        return register(...args);
      };
    });
    await page.goto(atlas.server.url());
    expect(await waitForMap(page)).toBe('svg');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(atlas.server.url());
    expect(await page.evaluate(() => document.documentElement.dataset.swRegisteredWhen)).toBe('svg');
    await context.close();
  });
});
