import { describe, expect, it } from 'vitest';
import { openPage, waitForMap, waitForMapLibre } from '../support/browser';
import { useAtlas } from '../support/fixture';

const atlas = useAtlas();

describe('a scripted reading session', () => {
  it('makes no request outside the origin and logs no console error or uncaught exception', async () => {
    const { page, context, errors, foreignRequests } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    expect(await waitForMap(page)).toBe('svg');

    // Level and metric.
    await page.getByLabel('Metric').selectOption('deficit_loans');
    await page.getByRole('radio', { name: 'CCG' }).check();
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(209);
    await page.getByLabel('Metric').selectOption('interim_spend');
    await page.getByLabel('Classification').selectOption('jenks');
    await page.getByRole('radio', { name: 'STP' }).check();
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(44);

    // Select by click, then by keyboard, then clear.
    await page.locator('.svg-map path.area[data-code="E54000007"]').dispatchEvent('click');
    await expect.poll(() => page.url()).toContain('area=E54000007');
    await page.locator('#map').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/area=E54\d{6}/);

    // Hover hands the map to MapLibre; then pan, zoom and switch on the WebGL map.
    await waitForMapLibre(page);
    await page.mouse.move(600, 420);
    await page.mouse.move(640, 440);
    await page.mouse.wheel(0, -240);
    await page.mouse.down();
    await page.mouse.move(560, 400, { steps: 4 });
    await page.mouse.up();
    await page.getByLabel('Metric').selectOption('population');
    await page.getByRole('radio', { name: 'CCG' }).check();
    await expect.poll(() => page.url()).toContain('level=ccg');

    // Search and export, when this build has them (other branches add them).
    const search = page.getByRole('combobox', { name: /search/i }).or(page.getByRole('searchbox'));
    if ((await search.count()) > 0) {
      await search.first().fill('Manchester');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    for (const name of ['Download PNG', 'Download CSV']) {
      const button = page.getByRole('button', { name });
      if ((await button.count()) === 0) continue;
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await button.first().click();
      await download;
    }

    await page.goBack();
    await page.goForward();
    await page.waitForTimeout(300);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
