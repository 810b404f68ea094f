// The panel's area sections (trend, family, succession, shares, facts, trusts, metrics) are a lazy
// chunk: not in the first load of England, fetched at the first selection or the reader's first move.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';

const atlas = useAtlas();

const PARTS = ['headline', 'trend', 'family', 'succession', 'trust-shares', 'events', 'facts', 'trusts', 'metrics', 'attribution'];

/** Every request for the area sections' chunk, as it is made. */
function chunkRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/area-sections-[\w-]+\.js$/.test(request.url())) requests.push(request.url());
  });
  return requests;
}

const partText = (page: Page, name: string) => page.locator(`#panel .panel-part-${name}`).textContent().then((t) => t ?? '');

describe('the area sections chunk', () => {
  it('is not fetched for the first view of England, and draws its sections once an area is selected', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const requests = chunkRequests(page);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    expect(requests).toEqual([]);
    expect(await page.locator('#panel .panel-part').evaluateAll((parts) => parts.map((p) => p.className.replace('panel-part panel-part-', '')))).toEqual(PARTS);
    expect(await partText(page, 'metrics')).toBe('');
    await page.locator('.svg-map path.area[data-code="E54000007"]').dispatchEvent('click');
    await expect.poll(() => partText(page, 'metrics')).toContain('Every metric for Greater Manchester');
    await expect.poll(() => partText(page, 'family')).toContain('in this STP');
    expect(requests).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes before the first paint of a link to an area', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=E54000007'));
    await waitForMap(page);
    expect(await partText(page, 'metrics')).toContain('Every metric for Greater Manchester');
    expect(await partText(page, 'trusts')).toContain('NHS trusts are counted in this STP');
    await context.close();
  });

  it('is prefetched at the reader\'s first move, before any selection', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    const requests = chunkRequests(page);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    expect(requests).toEqual([]);
    await page.mouse.move(20, 20);
    await expect.poll(() => requests.length).toBe(1);
    expect(await page.locator('#panel .panel-title').textContent()).toBe('England');
    await context.close();
  });
});
