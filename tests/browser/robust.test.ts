// Robust in the wild (issue 16): a chunk that fails to load once, MapLibre's own warnings.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap, waitForMapLibre } from '../support/browser';
import { useAtlas } from '../support/fixture';

const atlas = useAtlas();

const noticeText = (page: Page) => page.locator('#notices').textContent().then((t) => t ?? '');
const uncaught = (errors: string[]) => errors.filter((e) => e.startsWith('uncaught'));

/** Fails every fetch of one lazy chunk until `restore()`: a reader who went offline for a moment. */
async function dropChunk(page: Page, name: string): Promise<{ restore(): void; dropped(): number }> {
  let offline = true;
  let dropped = 0;
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.(js|css)$`), (route) => {
    if (!offline) return route.continue();
    dropped++;
    return route.abort('internetdisconnected');
  });
  return { restore: () => (offline = false), dropped: () => dropped };
}

describe('a lazy chunk that fails once', () => {
  it('search says it could not load, and works on the next use', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const net = await dropChunk(page, 'match');
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const search = page.getByRole('combobox', { name: 'Search areas' });
    await search.fill('surrey');
    await expect.poll(() => noticeText(page)).toContain('Search could not load — check your connection and try again');
    expect(net.dropped()).toBeGreaterThan(0);
    net.restore();
    await search.fill('surrey downs');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Surrey Downs CCG');
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });

  it('"Show events" unticks itself and leaves events= out of the link, then works on the next try', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const net = await dropChunk(page, 'overlay');
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const toggle = page.getByRole('checkbox', { name: 'Show events' });
    // click(), not check(): the switch is meant to untick itself as soon as the fetch fails.
    await toggle.click();
    await expect.poll(() => noticeText(page)).toContain('Events could not load — check your connection and try again');
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(() => page.url()).not.toContain('events=');
    net.restore();
    await toggle.check();
    await expect.poll(() => page.getByRole('slider', { name: 'Show events up to' }).isVisible()).toBe(true);
    await expect.poll(() => page.url()).toContain('events=all');
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });

  it('the Embed dialog says it could not load, and opens on the next click', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const net = await dropChunk(page, 'embed-dialog');
    await page.goto(atlas.server.url());
    await waitForMap(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect.poll(() => noticeText(page)).toContain('The embed dialog could not load — check your connection and try again');
    net.restore();
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Embed this map' }).isVisible()).toBe(true);
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });

  it('pan and zoom say they could not load, keep the map, and load on the next reach for the map', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const net = await dropChunk(page, 'maplibre-map');
    await page.goto(atlas.server.url());
    await waitForMap(page);
    await page.hover('#map');
    await expect.poll(() => noticeText(page)).toContain('Pan and zoom could not load — check your connection and try again');
    expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe('svg');
    net.restore();
    await page.mouse.move(1, 1);
    await waitForMapLibre(page);
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });

  it('the area details say they could not load, keep the headline, and draw at the next selection', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const net = await dropChunk(page, 'area-sections');
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await page.locator('.svg-map path.area[data-code="E54000007"]').dispatchEvent('click');
    await expect.poll(() => noticeText(page)).toContain('The area details could not load — check your connection and try again');
    expect(await panel.locator('.panel-title').textContent()).toBe('Greater Manchester');
    expect(await panel.locator('.panel-part-metrics').textContent()).toBe('');
    const dropped = net.dropped();
    expect(dropped).toBeGreaterThan(0);
    net.restore();
    await page.locator('.svg-map path.area[data-code="E54000027"]').dispatchEvent('click');
    await expect.poll(() => panel.locator('.panel-part-metrics').textContent()).toContain('Every metric for North West London');
    expect(net.dropped()).toBe(dropped);
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });
});

describe('MapLibre', () => {
  it('takes over without warning that the "Not reported" hatch could not be loaded', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await page.goto(atlas.server.url('?metric=deficit_loans'));
    await waitForMap(page);
    await waitForMapLibre(page);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(warnings.filter((w) => /could not be loaded/.test(w))).toEqual([]);
    await context.close();
  });
});
