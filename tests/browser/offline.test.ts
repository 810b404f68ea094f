// Offline after the first visit (issue 16, item 2): the service worker precaches the app shell,
// every lazy chunk, the geometry and the metrics; with the network and the server both gone, a
// reload paints the map, and search, events, pan/zoom and exports work.
import { describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, waitForMap, waitForMapLibre } from '../support/browser';
import { serveStatic } from '../support/server';

describe('offline after the first visit', () => {
  it('reloads with the server gone: the map paints, search, events, pan and zoom and CSV export work', async () => {
    // It hung twice in a full run and never alone: a failure names the last step begun and when.
    const started = Date.now();
    let reached = 'start';
    const step = (name: string) => void (reached = `${name}, begun at ${((Date.now() - started) / 1000).toFixed(1)} s`);
    onTestFailed(() => console.error(`offline test: last step: ${reached}`));
    const server = await serveStatic();
    const browser = await launchBrowser();
    try {
      step('first visit');
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const page = await context.newPage();
      const uncaught: string[] = [];
      page.on('pageerror', (error) => uncaught.push(error.message));
      await page.goto(server.url('?level=stp&metric=backlog&period=2015-16&classify=quantile'));
      expect(await waitForMap(page)).toBe('svg');
      // The worker is active once every precached file is in its cache.
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
      });
      // If the worker never activates, say how far it got rather than run into the test's timeout.
      step('waiting for the service worker');
      const ready = await page.evaluate(async () => {
        const settled = await Promise.race([navigator.serviceWorker.ready.then(() => 'active'), new Promise<string>((late) => setTimeout(() => late('late'), 40_000))]);
        const registration = await navigator.serviceWorker.getRegistration();
        return settled === 'active' ? 'active' : `not active after 40 s: ${registration ? `installing ${!!registration.installing}, waiting ${!!registration.waiting}` : 'not registered'}`;
      });
      expect(ready, warnings.join('\n')).toBe('active');
      const precached = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        const keys = (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()))).flat();
        return { scope: registration.scope, urls: keys.map((r) => new URL(r.url).pathname) };
      });
      expect(precached.scope).toBe(server.url());
      for (const file of ['index.html', 'geo/atlas.topo.json', 'data/metrics.json', 'manifest.webmanifest']) {
        expect(precached.urls).toContain(`/atlas/${file}`);
      }
      for (const chunk of ['match', 'overlay', 'embed-dialog', 'run', 'maplibre-map']) {
        expect(precached.urls.some((url) => new RegExp(`/atlas/assets/${chunk}-[\\w-]+\\.js$`).test(url)), chunk).toBe(true);
      }

      step('going offline');
      await context.setOffline(true);
      step('closing the server');
      await server.close();
      step('offline reload');
      await page.goto(server.url('?level=ccg&metric=population&period=mid-2015&classify=quantile'));
      expect(await waitForMap(page)).toBe('svg');
      expect(await page.locator('#map g.areas path').count()).toBe(209);

      step('search');
      const search = page.getByRole('combobox', { name: 'Search areas' });
      await search.fill('surrey downs');
      await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Surrey Downs CCG');
      await search.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('E38000177');

      step('events');
      await page.getByRole('checkbox', { name: 'Show events' }).check();
      await expect.poll(() => page.getByRole('slider', { name: 'Show events up to' }).isVisible()).toBe(true);

      step('CSV export');
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV', exact: true }).click()]);
      expect(file.suggestedFilename()).toBe('stp-atlas-ccg-population-mid-2015.csv');

      step('MapLibre');
      await waitForMapLibre(page);
      expect(await page.locator('#notices').textContent()).not.toContain('could not load');
      expect(uncaught).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
      await server.close().catch(() => undefined);
    }
  });

  it('is installable: a manifest with name, start URL and 192 and 512 px icons', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: 'STP Atlas', start_url: './', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(readFileSync(`dist/${icon.src}`).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync('dist/index.html', 'utf8')).toContain('rel="manifest"');
  });
});
