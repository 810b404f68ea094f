// Issue 13 in the browser: A&E with the worst darkest, a month from the lazy file, CCG deprivation,
// and the loan balance with no STP wrongly at £0.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { paintedFills } from '../support/fills';

const atlas = useAtlas();


/** The legend's class swatches, lowest class first, and the class holding the lowest values. */
async function legendSwatches(page: Page): Promise<string[]> {
  return page.$$eval('.legend-items li .swatch:not(.swatch-nodata)', (s) => s.map((e) => getComputedStyle(e).backgroundColor));
}

const luminance = (rgb: string): number => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('issue 13: the analyst\'s metrics in a browser', () => {
  it('?metric=ae_4h_type1&period=2016-17: Leicester, Leicestershire and Rutland is worst and darkest; the legend says higher is better', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=ae_4h_type1&period=2016-17'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('A&E: seen within 4 hours, major departments (by hospital location), 2016/17');
    expect(await page.locator('.legend-direction').textContent()).toBe('Higher is better: darkest = worst');
    expect(await page.locator('.legend-source').textContent()).toMatch(/^Source: NHS England, A&E Attendances/);
    const swatches = await legendSwatches(page);
    // Lowest (worst) class first in the legend, and darkest.
    expect(luminance(swatches[0]!)).toBeLessThan(luminance(swatches.at(-1)!));
    const colour = await paintedFills(page);
    expect(colour.get('E54000015')).toBe(swatches[0]);
    await page.goto(atlas.server.url('?metric=ae_4h_type1&period=2016-17&area=E54000015'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('67.8%');
    expect(await panel.textContent()).toContain('44th of 44 STPs');
    expect(await panel.textContent()).toContain('Counted where the hospital is');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a month: ?metric=ae_4h&period=2017-01 fetches the monthly file and labels the month', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(atlas.server.url('?metric=ae_4h&period=2017-01'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('A&E: seen within 4 hours, all departments (by hospital location), Jan 2017');
    expect(requested.some((p) => p.endsWith('/data/metrics-monthly.json'))).toBe(true);
    expect(await page.getByLabel('Period').inputValue()).toBe('2017-01');
    expect(new URL(page.url()).searchParams.get('period')).toBe('2017-01');
    // Every STP has a value that month: nothing drawn as "Not reported".
    expect(await page.locator('.legend').textContent()).not.toContain('Not reported');
    // Picking another month from the control keeps working once the file is in.
    await page.getByLabel('Period').selectOption('2018-12');
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('A&E: seen within 4 hours, all departments (by hospital location), Dec 2018');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a first visit loads no monthly file until a month is picked', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(atlas.server.url('?metric=ae_4h'));
    await waitForMap(page);
    expect(requested.some((p) => p.endsWith('metrics-monthly.json'))).toBe(false);
    await page.getByLabel('Period').selectOption('2016-12');
    await expect.poll(() => page.locator('.legend-title').textContent()).toContain('Dec 2016');
    expect(requested.some((p) => p.endsWith('metrics-monthly.json'))).toBe(true);
    await context.close();
  });

  it('?level=ccg&metric=deprivation: Bradford City is the most deprived, with its rank of 209', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=deprivation'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('Deprivation (average IMD score), IMD 2015');
    const panel = page.getByRole('region', { name: 'Area details' });
    // The national panel lists the largest first.
    await expect.poll(() => panel.locator('ol.link-list li').first().textContent()).toContain('Bradford City');
    await page.goto(atlas.server.url('?level=ccg&metric=deprivation&area=E38000018'));
    await waitForMap(page);
    await expect.poll(() => panel.textContent()).toContain('ranked 1 of 209 CCGs (1 = most deprived)');
    expect(await panel.textContent()).toContain('51.5');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?metric=deficit_loans_balance: no STP whose trusts owe revenue loans is at £0, and trust shares show who dominates', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=deficit_loans_balance'));
    await waitForMap(page);
    const metrics = await page.evaluate(async () => (await fetch('data/details.json')).json() as Promise<{ stp_detail: Record<string, { loan_trusts: unknown[] }> }>);
    const owing = Object.entries(metrics.stp_detail).filter(([, d]) => d.loan_trusts.length > 0).map(([c]) => c);
    expect(owing.length).toBeGreaterThan(40);
    // The ranking table holds every STP's value as shown.
    const rows = await page.$$eval('#ranking tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(44);
    expect(rows.filter((r) => r.includes('£0.0m')).length).toBe(44 - owing.length);
    await page.goto(atlas.server.url('?metric=backlog&period=2015-16&area=E54000027'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('of the STP\'s backlog');
    await context.close();
  });
});
