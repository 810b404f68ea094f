import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';

const atlas = useAtlas();

const bodyRows = (page: Page) => page.locator('table.ranking-table tbody tr');
const firstRowName = (page: Page) => page.locator('table.ranking-table tbody tr').first().locator('th').textContent();
const panelTitle = (page: Page) => page.getByRole('region', { name: 'Area details' }).locator('.panel-title');

describe('search', () => {
  it('finds Surrey Downs from "surey" and Enter selects it, switching to CCGs and writing area= in the URL', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const search = page.getByRole('combobox', { name: 'Search areas' });
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await search.fill('surey');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    expect(await options.first().textContent()).toContain('Surrey Downs CCG · in Surrey Heartlands');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await search.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('E38000177');
    expect(new URL(page.url()).searchParams.get('level')).toBe('ccg');
    await expect.poll(() => panelTitle(page).textContent()).toBe('Surrey Downs CCG');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves with the arrow keys, matches ODS codes, says when nothing matches, and "/" focuses it', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search areas' });
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('zzqx');
    await expect.poll(() => page.locator('.search-status').textContent()).toContain('No match');
    expect(await page.locator('.search-status').isVisible()).toBe(true);
    await search.fill('99H');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Surrey Downs CCG');
    await search.fill('north west');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(1);
    await search.press('ArrowDown');
    const second = page.getByRole('option').nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    const chosen = (await second.locator('.search-name').textContent())!;
    await search.press('Enter');
    await expect.poll(() => panelTitle(page).textContent()).toBe(chosen);
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    await context.close();
  });
  it('is hidden in an embed unless search=1 asks for it', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin, { width: 800, height: 600 });
    await page.goto(atlas.server.url('?embed=1'));
    await waitForMap(page);
    expect(await page.getByRole('combobox', { name: 'Search areas' }).isVisible()).toBe(false);
    expect(await page.locator('#ranking').isVisible()).toBe(false);
    await page.goto(atlas.server.url('?embed=1&search=1'));
    await waitForMap(page);
    const search = page.getByRole('combobox', { name: 'Search areas' });
    // The embed's search box mounts after the first paint; on a loaded machine that can be a moment later.
    await search.waitFor({ state: 'visible', timeout: 10_000 });
    await search.fill('99h');
    await search.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('E38000177');
    await context.close();
  });
});

describe('ranking table', () => {
  it('lists 44 STPs and 209 CCGs, and sorting by value puts North West London first', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const table = page.locator('table.ranking-table');
    expect(await table.locator('caption').textContent()).toMatch(/Ranking of 44 STPs: Backlog maintenance, 2015\/16/);
    await expect.poll(() => bodyRows(page).count()).toBe(44);
    const valueHeader = table.locator('thead th.col-value');
    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await firstRowName(page)).toBe('North West London');
    expect(await table.locator('tbody tr').first().locator('.col-value').textContent()).toMatch(/^£[\d,.]+m$/);
    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstRowName(page)).not.toBe('North West London');

    await page.getByRole('radio', { name: 'CCG' }).check();
    await expect.poll(() => bodyRows(page).count()).toBe(209);
    expect(await table.locator('caption').textContent()).toContain('CCGs');
    expect(await table.locator('thead th.col-parent').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps "Not reported" rows last in both directions', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=interim_spend'));
    await waitForMap(page);
    await expect.poll(() => bodyRows(page).count()).toBe(209);
    const value = page.locator('table.ranking-table thead th.col-value').getByRole('button');
    for (const direction of ['descending', 'ascending']) {
      await value.click();
      expect(await page.locator('table.ranking-table thead th.col-value').getAttribute('aria-sort')).toBe(direction);
      const texts = await page.locator('table.ranking-table tbody .col-value').allTextContents();
      const firstMissing = texts.indexOf('Not reported');
      expect(firstMissing).toBeGreaterThan(0);
      expect(texts.slice(firstMissing).every((t) => t === 'Not reported')).toBe(true);
    }
    await context.close();
  });

  it('works from the keyboard alone: Tab to the table, sort, select a row, and the panel updates', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to ranking table');
    await page.keyboard.press('Enter');
    // Rank, Name, Code, Value: the fourth stop is the value column's sort button.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.classList.contains('col-value'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('table.ranking-table thead th.col-value').getAttribute('aria-sort')).toBe('descending');
    // Then the Trend column's sort button (issue 14), then the first row.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.classList.contains('col-trend'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('North West London');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page).textContent()).toBe('North West London');
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('E54000027');
    expect(await page.locator('table.ranking-table tbody tr.is-selected th').textContent()).toBe('North West London');
    await context.close();
  });

  it('highlights the map area of a hovered row, and the row of a hovered map area', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    await page.locator('table.ranking-table tbody tr').filter({ hasText: 'Greater Manchester' }).hover();
    await expect.poll(() => page.evaluate(() => document.querySelector('.highlight-hover')?.getAttribute('d')?.length ?? 0)).toBeGreaterThan(10);
    expect(await page.locator('table.ranking-table tbody tr.is-hover th').textContent()).toBe('Greater Manchester');
    await page.locator('.svg-map path.area[data-code="E54000027"]').dispatchEvent('pointerover', { clientX: 10, clientY: 10 });
    await expect.poll(() => page.locator('table.ranking-table tbody tr.is-hover th').textContent()).toBe('North West London');
    expect(await page.locator('table.ranking-table tbody tr.is-hover').count()).toBe(1);
    await context.close();
  });

  it('re-renders 209 rows quickly after a metric switch (measured; the 16 ms goal is tracked by npm run bench)', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=population'));
    await waitForMap(page);
    const metrics = ['interim_spend', 'new_care_models', 'population'];
    // Script time of the table's render (a performance measure it writes), 12 switches per attempt.
    // Timings are for the bench; this bound only catches a render that has become an order of magnitude slower.
    const medians: number[] = [];
    for (let attempt = 0; attempt < 3 && !(medians.length > 0 && Math.min(...medians) < 80); attempt++) {
      await page.evaluate(() => performance.clearMeasures('atlas:ranking-render'));
      for (let round = 0; round < 4; round++) {
        for (const metric of metrics) {
          await page.getByLabel('Metric').selectOption(metric);
          await expect.poll(() => page.url()).toContain(`metric=${metric}`);
        }
      }
      const switches = (await page.evaluate(() => performance.getEntriesByName('atlas:ranking-render').map((e) => e.duration))).sort((a, b) => a - b);
      expect(switches.length).toBeGreaterThanOrEqual(12);
      const median = switches[Math.floor(switches.length / 2)]!;
      medians.push(median);
      console.log(`ranking table render after a metric switch (209 rows, ${switches.length} switches): min ${switches[0]!.toFixed(1)} ms, median ${median.toFixed(1)} ms, max ${switches.at(-1)!.toFixed(1)} ms`);
    }
    expect(Math.min(...medians)).toBeLessThan(80);
    expect(await bodyRows(page).count()).toBe(209);
    await context.close();
  });
});

describe('drill-down', () => {
  it('shows an STP’s CCGs on the map with the others dimmed, lists Cumbria CCG under both STPs, and steps back up', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=E54000048'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panelTitle(page).textContent()).toBe('Lancashire and South Cumbria');
    const cumbria = panel.locator('.children li').filter({ hasText: 'Cumbria CCG' });
    expect(await cumbria.textContent()).toContain('shared with West, North and East Cumbria');
    // Backlog is an STP measure: the drill-down still works and shows population for the CCGs.
    await panel.getByRole('button', { name: 'Show these CCGs on the map' }).click();
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(209);
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('ccg');
    expect(new URL(page.url()).searchParams.get('area')).toBe('E54000048');
    const children = await panel.locator('.children li').count();
    expect(await page.locator('.svg-map path.area.dimmed').count()).toBe(209 - children);
    expect(await panel.locator('.children li').first().locator('.num').textContent()).toMatch(/^[\d,]+$/);

    await page.goto(atlas.server.url('?area=E54000047'));
    await waitForMap(page);
    await expect.poll(() => panel.locator('.children li').filter({ hasText: 'Cumbria CCG' }).textContent()).toContain('shared with Lancashire and South Cumbria');
    await panel.locator('.children li').filter({ hasText: 'Cumbria CCG' }).getByRole('link').click();
    await expect.poll(() => panelTitle(page).textContent()).toBe('Cumbria CCG');
    expect(await panel.textContent()).toContain('Split between two STPs');
    await panel.getByRole('link', { name: 'Lancashire and South Cumbria' }).first().click();
    await expect.poll(() => panelTitle(page).textContent()).toBe('Lancashire and South Cumbria');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('compare', () => {
  it('pins up to three areas into the URL and shows them side by side', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=E54000007'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    const pin = panel.getByRole('button', { name: 'Pin to compare' });
    await pin.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('E54000007');
    expect(await panel.getByRole('button', { name: 'Pin to compare' }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('table.ranking-table tbody tr').filter({ hasText: 'Kent and Medway' }).getByRole('link').click();
    await expect.poll(() => panelTitle(page).textContent()).toBe('Kent and Medway');
    await panel.getByRole('button', { name: 'Pin to compare' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('E54000007,E54000032');
    const table = panel.locator('table.compare-table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Metric', expect.stringContaining('Greater Manchester'), expect.stringContaining('Kent and Medway')]);
    const backlog = table.locator('tbody tr').first();
    expect(await backlog.locator('th').textContent()).toContain('Backlog maintenance');
    expect(await backlog.locator('td').first().textContent()).toMatch(/£[\d,.]+m\d+(st|nd|rd|th) of 44 STPs/);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    await panel.getByRole('button', { name: 'Remove Greater Manchester from compare' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('E54000032');

    // A shared link restores the pins.
    await page.goto(atlas.server.url('?compare=E54000007,E38000177,E54000032'));
    await waitForMap(page);
    await expect.poll(() => panel.locator('table.compare-table thead th').count()).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  });
});
