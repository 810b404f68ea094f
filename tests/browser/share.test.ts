import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap, waitForMapLibre } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { hexOfRgb, pngColours } from '../support/pixels';

/** A bare host page (no CSP) that iframes the embed at a given width and records every height message. */
function hostPage(width: number, query = '?embed=1'): string {
  return `<!doctype html><html><body style="margin:0">
<iframe id="atlas" title="STP Atlas" style="border:0;width:${width}px;height:600px" src="./index.html${query}"></iframe>
<script>
window.heights = [];
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'stp-atlas:height') window.heights.push(event.data.height);
});
</script></body></html>`;
}

// Exported pictures are kept for looking at; the folder is git-ignored, so a fresh clone lacks it.
mkdirSync('tests/artifacts', { recursive: true });
const atlas = useAtlas({ override: { 'host-360.html': hostPage(360), 'host-960.html': hostPage(960) } });

async function frameReady(page: Page, selector = '#atlas') {
  const frame = page.frameLocator(selector);
  await frame.locator('html[data-ready="svg"]').waitFor({ timeout: 30_000 });
  return frame;
}

async function download(page: Page, name: string): Promise<{ fileName: string; body: Buffer }> {
  // On a phone the downloads are behind the one "Download" menu.
  const menu = page.getByRole('button', { name: 'Download', exact: true });
  if (await menu.isVisible()) await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), body: readFileSync(path) };
}

describe('embed mode in a host page', () => {
  for (const width of [360, 960]) {
    it(`posts a numeric height to the host at ${width} px and shows only the map, legend, panel and an "Open full map" link`, async () => {
      const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 1280, height: 900 });
      await page.goto(atlas.server.url(`host-${width}.html`));
      const frame = await frameReady(page);
      await expect.poll(() => page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.length)).toBeGreaterThan(0);
      const heights = await page.evaluate(() => (window as unknown as { heights: unknown[] }).heights);
      for (const h of heights) expect(typeof h).toBe('number');
      const last = heights.at(-1) as number;
      expect(last).toBeGreaterThan(300);
      expect(last).toBeLessThan(1400);
      expect(await frame.locator('.site-header').isHidden()).toBe(true);
      expect(await frame.locator('.controls').isHidden()).toBe(true);
      expect(await frame.locator('.legend').isVisible()).toBe(true);
      expect(await frame.getByRole('region', { name: 'Area details' }).isVisible()).toBe(true);
      const open = frame.getByRole('link', { name: 'Open full map' });
      const href = (await open.getAttribute('href'))!;
      expect(href).toContain('level=stp&metric=backlog');
      expect(href).not.toContain('embed');
      // Fills the iframe: the map is as wide as the frame, less its small padding.
      const mapWidth = await frame.locator('#map').evaluate((el) => el.clientWidth);
      expect(mapWidth).toBeGreaterThan(width - 20);
      expect(await frame.locator('body').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('selects an area on a documented message and silently ignores anything else', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('host-960.html'));
    const frame = await frameReady(page);
    await page.evaluate(() => {
      const target = (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!;
      const junk: unknown[] = [
        'E54000007',
        null,
        42,
        ['stp-atlas:select', 'E54000007'],
        { type: 'stp-atlas:select', area: 'E54999999' },
        { type: 'stp-atlas:select', area: '<img src=x onerror=alert(1)>' },
        { type: 'stp-atlas:select', area: 'E54000007', extra: true },
        { type: 'stp-atlas:zoom', area: 'E54000007' },
        { type: 'stp-atlas:select', area: 'E54000007'.repeat(200_000) },
        { type: 'stp-atlas:select', area: { toString: 'E54000007' } },
      ];
      for (const message of junk) target.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    const title = frame.locator('.panel-title');
    expect(await title.textContent()).toBe('England');
    const before = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.length);
    await page.evaluate(() => (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'stp-atlas:select', area: 'E54000007' }, '*'));
    await expect.poll(() => title.textContent()).toBe('Greater Manchester');
    // A narrower iframe makes a shorter map; the ResizeObserver tells the host.
    await page.evaluate(() => (document.getElementById('atlas') as HTMLIFrameElement).style.setProperty('width', '600px'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(before);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(heights.at(-1)).toBeLessThan(heights[before - 1]!);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resizes the iframe of the example page in public/ to the height the atlas asks for', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 800, height: 900 });
    await page.goto(atlas.server.url('embed-example.html'));
    await frameReady(page, 'iframe[data-stp-atlas]');
    await expect.poll(() => page.locator('#height-log').textContent()).toMatch(/asked for \d+ px/);
    const asked = Number((await page.locator('#height-log').textContent())!.match(/(\d+) px/)![1]);
    await expect.poll(() => page.locator('iframe[data-stp-atlas]').evaluate((el) => (el as HTMLElement).getBoundingClientRect().height)).toBe(asked);
    await page.getByRole('button', { name: 'Greater Manchester' }).click();
    await expect.poll(() => page.frameLocator('iframe[data-stp-atlas]').locator('.panel-title').textContent()).toBe('Greater Manchester');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the Embed dialog', () => {
  it('opens with a snippet for the current view, keeps focus inside, and Escape closes it', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=E54000007'));
    await waitForMap(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/atlas\/\?level=stp&amp;metric=backlog&amp;period=2015-16&amp;classify=quantile&amp;area=E54000007(&amp;view=[^"]*)?&amp;embed=1" title="STP Atlas: Backlog maintenance, 2015\/16, by STP"/);
    expect(code).toContain("data.type !== 'stp-atlas:height'");
    await page.getByRole('button', { name: 'Copy' }).click();
    // Copied with the Clipboard API, or (where it is refused) selected for Ctrl+C.
    await expect.poll(() => page.locator('.embed-copied').textContent()).toMatch(/Copied to the clipboard|is selected/);
    await page.getByLabel('Width').selectOption('640');
    expect(await page.getByLabel('Embed code').inputValue()).toContain('width="640"');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('exports', () => {
  it('downloads a 2× PNG of the current view with the legend colours, in under a second', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=E54000007'));
    await waitForMap(page);
    const mapWidth = await page.locator('#map').evaluate((el) => el.clientWidth);
    const legendColours = await page.locator('.legend .swatch:not(.swatch-nodata)').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(legendColours.length).toBe(5);
    const { fileName, body } = await download(page, 'Download PNG');
    expect(fileName).toBe('stp-atlas-stp-backlog-2015-16.png');
    expect(body.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync('tests/artifacts/export-stp-backlog.png', body);
    const legendHex = legendColours.map(hexOfRgb);
    const size = await pngColours(page, body);
    const seen = [...size.counts].filter(([colour]) => legendHex.includes(colour));
    expect(size.width).toBe(mapWidth * 2);
    expect(seen.map(([colour]) => colour).sort()).toEqual([...legendHex].sort());
    for (const [, count] of seen) expect(count).toBeGreaterThan(200);
    const ms = await page.evaluate(() => performance.getEntriesByName('atlas:png-export').map((e) => e.duration));
    const draw = await page.evaluate(() => performance.getEntriesByName('atlas:png-draw').map((e) => e.duration));
    console.log(`PNG export: ${ms.map((m) => m.toFixed(0)).join(', ')} ms, of which drawing ${draw.map((m) => m.toFixed(0)).join(', ')} ms (${size.width}×${size.height} px)`);
    expect(ms[0]).toBeLessThan(1000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the same 2× picture when MapLibre is the renderer on screen', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 390, height: 844 });
    await page.goto(atlas.server.url('?level=ccg&metric=population'));
    await waitForMap(page);
    await waitForMapLibre(page);
    const mapWidth = await page.locator('#map').evaluate((el) => el.clientWidth);
    const { fileName, body } = await download(page, 'Download PNG');
    expect(fileName).toBe('stp-atlas-ccg-population-mid-2015.png');
    writeFileSync('tests/artifacts/export-ccg-population-phone.png', body);
    // PNG IHDR: width is the big-endian uint32 at byte 16.
    expect(body.readUInt32BE(16)).toBe(mapWidth * 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads a CCG-level PNG with hatched "Not reported" areas', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=interim_spend&area=E38000177'));
    await waitForMap(page);
    const { fileName, body } = await download(page, 'Download PNG');
    expect(fileName).toBe('stp-atlas-ccg-interim_spend-2015-16.png');
    writeFileSync('tests/artifacts/export-ccg-interim.png', body);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the STP CSV: 44 rows, the documented header, Greater Manchester as in the panel', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=E54000007'));
    await waitForMap(page);
    const panelValue = await page.getByRole('region', { name: 'Area details' }).locator('.headline-value').textContent();
    const { fileName, body } = await download(page, 'Download CSV');
    expect(fileName).toBe('stp-atlas-stp-backlog-2015-16.csv');
    const text = body.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('code,name,parent_code,parent_name,metric,period,value,unit,rank,source,note');
    const rows = csvParse(text);
    expect(rows).toHaveLength(44);
    // The STP whose sum lacks Oxleas's all-zero 2015/16 return says so, naming the trust.
    expect(rows.filter((r) => r.note!.includes('(RPG)')).map((r) => r.code)).toEqual(['E54000030']);
    const gm = rows.find((r) => r.code === 'E54000007')!;
    expect(gm.name).toBe('Greater Manchester');
    expect(`£${Number(gm.value).toFixed(1)}m`).toBe(panelValue!.trim());
    expect(gm.unit).toBe('£ million');
    expect(gm.source).toContain('2015/16');
    expect(gm.source).not.toContain('2014/15');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads all 209 CCGs in well under 50 ms, and every metric in wide format', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=interim_spend'));
    await waitForMap(page);
    const { fileName, body } = await download(page, 'Download CSV');
    expect(fileName).toBe('stp-atlas-ccg-interim_spend-2015-16.csv');
    const rows = csvParse(body.toString('utf8'));
    expect(rows).toHaveLength(209);
    expect(rows.find((r) => r.code === 'E38000177')!.value).toBe('195000');
    // Not reported is empty, never 0.
    expect(rows.filter((r) => r.value === '').length).toBeGreaterThan(150);
    expect(rows.some((r) => r.value === '0')).toBe(false);
    expect(rows.find((r) => r.code === 'E38000041')!.parent_code).toBe('E54000047;E54000048');
    for (let i = 0; i < 4; i++) await download(page, 'Download CSV');
    const ms = await page.evaluate(() => performance.getEntriesByName('atlas:csv-export').map((e) => e.duration));
    console.log(`CSV export, 209 CCGs: ${ms.map((m) => m.toFixed(1)).join(', ')} ms`);
    expect(Math.min(...ms)).toBeLessThan(50);
    const wide = await download(page, 'Download CSV (all metrics)');
    expect(wide.fileName).toBe('stp-atlas-ccg-all-metrics.csv');
    const wideRows = csvParse(wide.body.toString('utf8'));
    expect(wideRows).toHaveLength(209);
    expect(wideRows.columns).toContain('interim_spend_2015-16_gbp');
    expect(wideRows.columns).toContain('population_mid-2015_people');
    expect(errors).toEqual([]);
    await context.close();
  });
});
