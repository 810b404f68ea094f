// The map's fills and lines are painted on a canvas under the SVG (src/map/map-canvas.ts): what the reader
// sees there must be what the legend says, and a Play step must repaint only what changed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { paintedFills } from '../support/fills';

const atlas = useAtlas();
const GREATER_MANCHESTER = 'E54000007';

async function legendSwatches(page: Page): Promise<string[]> {
  return page.$$eval('.legend-items li .swatch:not(.swatch-nodata)', (s) => s.map((e) => getComputedStyle(e).backgroundColor));
}

const notReportedCount = async (page: Page) => Number((await page.locator('.legend-items li', { has: page.locator('.swatch-nodata') }).locator('.legend-count').textContent())?.replace(/\D/g, ''));
const channels = (rgb: string) => rgb.match(/\d+/g)!.map(Number);

/** Opaque pixels of the map's canvas in the STP lines' dark grey (#2b2b2b), wherever a line covers most of one. */
const darkGreyPixels = (page: Page) => page.evaluate(async () => {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas')!;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255 && Math.max(data[i]!, data[i + 1]!, data[i + 2]!) < 90 && Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) < 12) n++;
  return n;
});

describe('the map canvas', () => {
  it('draws the lines too, so the SVG over it paints nothing: the STPs\' borders over the CCGs, none at STP level', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=population'));
    await waitForMap(page);
    expect(await darkGreyPixels(page)).toBeGreaterThan(1000);
    expect(await page.locator('.map-canvas').getAttribute('data-lines')).toBe('areas overlay outline');
    const area = page.locator('.svg-map path.area').first();
    expect(await area.evaluate((path) => [getComputedStyle(path).fill, getComputedStyle(path).stroke])).toEqual(['none', 'none']);
    await page.getByRole('radio', { name: 'STP' }).check();
    await expect.poll(() => page.locator('.map-canvas').getAttribute('data-lines')).toBe('areas outline');
    expect(await darkGreyPixels(page)).toBeLessThan(50);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('paints every CCG in a legend colour or, as many as the legend counts, hatched "Not reported"', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=interim_spend'));
    await waitForMap(page);
    const painted = await paintedFills(page);
    const swatches = new Set(await legendSwatches(page));
    const notReported = new Set(await page.$$eval('.svg-map path.area[data-fill="hatch"]', (paths) => paths.map((p) => (p as SVGPathElement).dataset.code!)));
    expect(notReported.size).toBe(await notReportedCount(page));
    // Every area with a clear point inside reads as the renderer says it drew it; only thin London CCGs have none.
    expect(painted.size).toBeGreaterThan(180);
    expect([...painted].filter(([code, colour]) => (colour === 'hatch') !== notReported.has(code))).toEqual([]);
    expect([...painted.values()].filter((c) => c !== 'hatch' && !swatches.has(c))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('paints the CCGs outside a selected STP faint and its own in full colour', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url(`?level=ccg&metric=population&area=${GREATER_MANCHESTER}`));
    await waitForMap(page);
    const painted = await paintedFills(page);
    const swatches = new Set(await legendSwatches(page));
    const dimmed = new Set(await page.$$eval('.svg-map path.area.dimmed', (paths) => paths.map((p) => (p as SVGPathElement).dataset.code!)));
    expect(dimmed.size).toBeGreaterThan(150);
    const [inside, outside] = [[...painted].filter(([code]) => !dimmed.has(code)), [...painted].filter(([code]) => dimmed.has(code))];
    expect(inside.length).toBeGreaterThan(5);
    expect(inside.every(([, colour]) => swatches.has(colour))).toBe(true);
    // 30% of the colour over white land: every channel at least 0.7 × 255.
    expect(outside.filter(([, colour]) => !channels(colour).every((v) => v >= 178))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a period step keeps the SVG\'s paths and the panel\'s unchanged lines, and its new links select what they name', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2014-15'));
    await waitForMap(page);
    const mark = () => page.evaluate(() => {
      for (const selector of ['.svg-map path.area', '.panel-title', '.panel .hint', '.panel .metric-source']) (document.querySelector(selector) as unknown as { kept?: boolean }).kept = true;
    });
    const kept = () => page.evaluate(() => ['.svg-map path.area', '.panel-title', '.panel .hint', '.panel .metric-source'].map((s) => (document.querySelector(s) as unknown as { kept?: boolean } | null)?.kept === true));
    await mark();
    await page.getByRole('slider', { name: 'Timeline' }).fill('2');
    await expect.poll(() => page.locator('.panel h3').textContent()).toContain('2016/17');
    expect(await kept()).toEqual([true, true, true, true]);
    const first = page.locator('.panel ol.link-list a.area-link').first();
    const name = await first.textContent();
    const code = new URL((await first.getAttribute('href'))!, atlas.server.origin).searchParams.get('area');
    expect(new URL((await first.getAttribute('href'))!, atlas.server.origin).searchParams.get('period')).toBe('2016-17');
    await first.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe(code);
    await expect.poll(() => page.locator('.panel-title').textContent()).toBe(name);
    expect(errors).toEqual([]);
    await context.close();
  });
});
