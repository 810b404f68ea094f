// Links people actually write (issue 16, items 4, 7 and 8): liberal reading, the explicit level,
// search that chooses only what was meant, and an embed that never writes its host's history.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';

/** A bare host page that iframes the atlas in embed mode. */
const HOST = `<!doctype html><html><body style="margin:0">
<iframe id="atlas" title="STP Atlas" style="border:0;width:600px;height:700px" src="./index.html?embed=1"></iframe>
</body></html>`;

const atlas = useAtlas({ override: { 'host-history.html': HOST } });

const panelTitle = (page: Page) => page.getByRole('region', { name: 'Area details' }).locator('.panel-title');
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const noticeText = (page: Page) => page.locator('#notices').textContent().then((t) => t ?? '');

describe("a link's explicit level", () => {
  it('?level=ccg shows CCGs, with population standing in for the STP-only default metric and a notice', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg'));
    expect(await waitForMap(page)).toBe('svg');
    expect(await page.getByRole('radio', { name: 'CCG' }).isChecked()).toBe(true);
    expect(param(page, 'level')).toBe('ccg');
    expect(param(page, 'metric')).toBe('population');
    await expect.poll(() => noticeText(page)).toContain('showing population for CCGs');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?level=ccg&area=E38000177 shows Surrey Downs CCG', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&area=E38000177'));
    await waitForMap(page);
    await expect.poll(() => panelTitle(page).textContent()).toBe('Surrey Downs CCG');
    expect(param(page, 'level')).toBe('ccg');
    expect(param(page, 'area')).toBe('E38000177');
    await context.close();
  });
});

describe('links read liberally, written canonically', () => {
  it('takes codes and values in any case, trimmed, and the period as the page writes it', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=%20e54000027&metric=Backlog&period=2016/17&classify=Jenks'));
    await waitForMap(page);
    await expect.poll(() => panelTitle(page).textContent()).toBe('North West London');
    expect(await page.getByLabel('Period').inputValue()).toBe('2016-17');
    expect(await page.getByLabel('Classification').inputValue()).toBe('jenks');
    expect(await noticeText(page)).toBe('');
    // The canonical form, then the camera fitted to the area.
    expect(new URL(page.url()).search).toMatch(/^\?level=stp&metric=backlog&period=2016-17&classify=jenks&area=E54000027(&view=[\d./-]+)?$/);
    await page.goto(atlas.server.url('?level=CCG'));
    await waitForMap(page);
    expect(await page.getByRole('radio', { name: 'CCG' }).isChecked()).toBe(true);
    await context.close();
  });

  it('rejects impossible months, and junk in events= turns nothing on', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?asof=2016-13&events=zzz'));
    await waitForMap(page);
    await expect.poll(() => noticeText(page)).toContain('The date "2016-13" is outside 2015-01 to 2026-04');
    expect(await noticeText(page)).toContain('Unknown event categories — events are off');
    expect(await page.getByRole('checkbox', { name: 'Show events' }).isChecked()).toBe(false);
    expect(param(page, 'events')).toBeNull();
    expect(param(page, 'asof')).toBeNull();
    await page.goto(atlas.server.url('?asof=2016-00'));
    await waitForMap(page);
    await expect.poll(() => noticeText(page)).toContain('The date "2016-00" is outside');
    await context.close();
  });
});

describe('search chooses what was meant', () => {
  it('Enter on "<b>" selects nothing; "manchester" puts Greater Manchester first', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const search = page.getByRole('combobox', { name: 'Search areas' });
    await search.fill('<b>');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent !== '');
    await search.press('Enter');
    await page.waitForTimeout(200);
    expect(param(page, 'area')).toBeNull();
    expect(await panelTitle(page).textContent()).toBe('England');
    await search.fill('manchester');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Greater Manchester · STP');
    await search.press('Enter');
    await expect.poll(() => param(page, 'area')).toBe('E54000007');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an embed in a host page', () => {
  it("never adds to the host's history, and a CCG sent by the host shows the CCG", async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, { width: 800, height: 900 });
    await page.goto(atlas.server.url('host-history.html'));
    const frame = page.frameLocator('#atlas');
    await frame.locator('html[data-ready="svg"]').waitFor({ timeout: 30_000 });
    // The embed chunk listens for the host's messages once it has mounted its bar.
    await frame.getByRole('link', { name: 'Open full map' }).waitFor({ timeout: 30_000 });
    const before = await page.evaluate(() => history.length);
    const send = (area: string) =>
      page.evaluate((code) => (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'stp-atlas:select', area: code }, '*'), area);
    const title = frame.locator('.panel-title');
    await send('E54000007');
    await expect.poll(() => title.textContent()).toBe('Greater Manchester');
    await send('E38000177');
    await expect.poll(() => title.textContent()).toBe('Surrey Downs CCG');
    const frameUrl = () => page.evaluate(() => (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.location.search);
    await expect.poll(frameUrl).toContain('area=E38000177');
    expect(new URLSearchParams(await frameUrl()).get('level')).toBe('ccg');
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
