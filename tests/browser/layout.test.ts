// Phones and narrow embeds (issue 16, items 5 and 6): the legend never hides the map, and the
// header's downloads fit behind one "Download" menu.
import { mkdirSync, readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3-geo';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';

const host = (width: number) => `<!doctype html><html><body style="margin:0">
<iframe id="atlas" title="STP Atlas" style="border:0;width:${width}px;height:640px" src="./index.html?embed=1"></iframe>
</body></html>`;
const atlas = useAtlas({ override: { 'host-legend-360.html': host(360), 'host-legend-600.html': host(600) } });
mkdirSync('tests/artifacts', { recursive: true });

type Box = { x: number; y: number; width: number; height: number };
const box = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Screen positions of every STP's label point as the map draws them. Web Mercator at any camera is
 * a scale and a shift of the unit projection, so England on screen (the box of the areas' paths,
 * which tile it) against its projected bounds gives the mapping for each label point.
 */
async function stpLabelPoints(root: Page | FrameLocator): Promise<{ code: string; x: number; y: number }[]> {
  const topology = JSON.parse(readFileSync('dist/geo/atlas.topo.json', 'utf8')) as Topology;
  const england = feature(topology, topology.objects['england'] as GeometryCollection);
  const unit = geoMercator();
  const [[x0, y0], [x1]] = geoPath(unit).bounds(england);
  const land = await box(root.locator('#map svg g.areas'));
  const k = land.width / (x1 - x0);
  const stps = (topology.objects['stp'] as GeometryCollection).geometries as unknown as { properties: { code: string; lp: [number, number] } }[];
  return stps.map(({ properties }) => {
    const [px, py] = unit(properties.lp)!;
    return { code: properties.code, x: land.x + k * (px - x0), y: land.y + k * (py - y0) };
  });
}

const inside = (p: { x: number; y: number }, b: Box) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

describe('the legend never hides the map', () => {
  it('on a 390×844 phone: collapsed to one line below the map, no STP under it; "Legend" opens it', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin, { width: 390, height: 844 });
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const legend = page.locator('#legend');
    const toggle = page.getByRole('button', { name: 'Legend Backlog maintenance, 2015/16', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await box(legend)).height).toBeLessThanOrEqual(32);
    const mapBox = await box(page.locator('#map'));
    expect(overlaps(await box(legend), mapBox)).toBe(false);
    const points = await stpLabelPoints(page);
    expect(points).toHaveLength(44);
    expect(points.every((p) => inside(p, mapBox)), 'label points are on the map').toBe(true);
    const collapsed = await box(legend);
    expect(points.filter((p) => inside(p, collapsed))).toEqual([]);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('.legend-items li').first().isVisible()).toBe(true);
    expect(overlaps(await box(legend), await box(page.locator('#map')))).toBe(false);
    await context.close();
  });

  it('on a desktop: open by default, and the toggle collapses it', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const toggle = page.getByRole('button', { name: /^Legend/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.legend-items li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.legend-items').isVisible()).toBe(true);
    await toggle.click();
    expect(await page.locator('.legend-items').isVisible()).toBe(false);
    await context.close();
  });

  it.each([360, 600])('in a %i px iframe: below the map, no STP under it', async (width) => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin, { width: 800, height: 900 });
    await page.goto(atlas.server.url(`host-legend-${width}.html`));
    const frame = page.frameLocator('#atlas');
    await frame.locator('html[data-ready="svg"]').waitFor({ timeout: 30_000 });
    // The frame settles its layout once the embed bar has mounted.
    await expect.poll(async () => overlaps(await box(frame.locator('#legend')), await box(frame.locator('#map')))).toBe(false);
    const legend = await box(frame.locator('#legend'));
    const mapBox = await box(frame.locator('#map'));
    const points = await stpLabelPoints(frame);
    expect(points.every((p) => inside(p, mapBox)), 'label points are on the map').toBe(true);
    expect(points.filter((p) => inside(p, legend))).toEqual([]);
    await context.close();
  });
});

describe('the phone header fits', () => {
  it('at 390 px: Embed and one "Download" menu with PNG, CSV and CSV (all metrics), all on screen', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin, { width: 390, height: 844 });
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const actions = page.locator('#header-actions');
    expect(await actions.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.getByRole('button', { name: 'Download PNG' }).isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Download', exact: true });
    const png = page.getByRole('button', { name: 'Download PNG', exact: true });
    await menu.click();
    for (const name of ['Download PNG', 'Download CSV', 'Download CSV (all metrics)']) {
      const item = page.getByRole('button', { name, exact: true });
      expect(await item.isVisible(), name).toBe(true);
      const b = await box(item);
      expect(b.x >= 0 && b.x + b.width <= 390 && b.y > (await box(menu)).y, name).toBe(true);
    }
    await page.screenshot({ path: 'tests/artifacts/download-menu-390x844.png' });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV', exact: true }).click()]);
    expect(file.suggestedFilename()).toBe('stp-atlas-stp-backlog-2015-16.csv');
    expect(await png.isVisible()).toBe(false);
    await menu.click();
    expect(await png.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await png.isVisible()).toBe(false);
    await context.close();
  });

  it('on a desktop: the three download buttons in the header, no menu', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    expect(await page.getByRole('button', { name: 'Download', exact: true }).isVisible()).toBe(false);
    for (const name of ['Download PNG', 'Download CSV', 'Download CSV (all metrics)']) expect(await page.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    await context.close();
  });
});
