import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';

const atlas = useAtlas();

const CCG_VIEW = '?level=ccg&metric=population&events=all&asof=2017-02';

describe('events on the map and the timeline', () => {
  it('lists the Aylesbury Vale merger application as of Feb 2017, and hides it when the date moves to Jun 2016', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url(`${CCG_VIEW}&area=E38000003`));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('Aylesbury Vale');
    const text = (await panel.textContent())!;
    expect(text).toContain('Events and new care models, as of Feb 2017');
    expect(text).toContain('CCG merger application');
    expect(text).toContain('13 Feb 2017');
    expect(text).toContain('Source: Healthcare Leader');
    expect(text).not.toContain('CCG merger anticipated'); // April 2018, after the chosen date
    // The merging partner is named as a link.
    expect(await panel.getByRole('link', { name: 'Chiltern CCG' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.event-badge[data-areas~="E38000003"]').count()).toBe(1);
    expect(await page.locator('.timeline-mark[data-id="F030"]').getAttribute('class')).not.toContain('is-later');

    const slider = page.getByRole('slider', { name: 'Show events up to' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('Up to Feb 2017');
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toContain('asof=2016-06');
    expect(await slider.getAttribute('aria-valuetext')).toBe('Up to Jun 2016');
    await expect.poll(() => panel.textContent()).toContain('as of Jun 2016');
    expect(await panel.textContent()).not.toContain('CCG merger application');
    expect(await panel.textContent()).toContain('later events not shown');
    await expect.poll(() => page.locator('.event-badge[data-areas~="E38000003"]').count()).toBe(0);
    expect(await page.locator('.timeline-mark[data-id="F030"]').getAttribute('class')).toContain('is-later');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows Dudley CCG\'s multispecialty community provider with £78m of services in scope', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url(`${CCG_VIEW}&area=E38000046`));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('Dudley');
    const text = (await panel.textContent())!;
    expect(text).toContain('Dudley MCP');
    expect(text).toContain('£78m');
    expect(text).toContain('HSJ, July 2016');
    expect(text).toContain('vanguard: Dudley Multispecialty Community Provider');
    // In date order: the vanguard (March 2015) before the MCP contract story (July 2016).
    expect(text.indexOf('Mar 2015')).toBeLessThan(text.indexOf('Jul 2016'));
    await expect.poll(() => page.locator('.event-badge[data-areas~="E38000046"]').count()).toBe(1);
    await context.close();
  });

  it('reaches the badges with Tab and selects an area with Enter', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?events=all'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.event-badge').count()).toBeGreaterThan(10);
    await page.locator('#map').focus();
    let label = '';
    for (let i = 0; i < 80 && !label; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('event-badge') && !el.classList.contains('is-cluster') ? el.getAttribute('aria-label') ?? '' : '';
      });
    }
    expect(label).toMatch(/^\d+ events?: .+/);
    const code = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.areas!);
    const name = label.replace(/^\d+ events?: /, '');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`area=${code}`);
    await expect.poll(() => page.getByRole('region', { name: 'Area details' }).locator('.panel-title').textContent()).toBe(name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('turns the overlay on with "Show events", filters categories into the URL, and turns it off', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    expect(await page.locator('#event-timeline').isVisible()).toBe(false);
    expect(await page.locator('.event-badge').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Show events' }).check();
    await expect.poll(() => page.url()).toContain('events=all');
    await expect.poll(() => page.locator('.event-badge').count()).toBeGreaterThan(10);
    expect(await page.locator('#event-timeline').isVisible()).toBe(true);

    await page.goto(atlas.server.url('?events=merger,vanguard'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.event-badge').count()).toBeGreaterThan(0);
    const categories = await page.locator('.event-badge').evaluateAll((els) => [...new Set(els.flatMap((el) => (el.getAttribute('data-categories') ?? '').split(' ')))]);
    expect(categories.every((c) => c === 'merger' || c === 'vanguard')).toBe(true);
    expect(await page.getByRole('checkbox', { name: /CCG merger/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Accountable care/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /Accountable care/ }).check();
    await expect.poll(() => page.url()).toContain('events=merger,accountable,vanguard');

    await page.getByRole('checkbox', { name: 'Show events' }).uncheck();
    await expect.poll(() => page.url()).not.toContain('events=');
    expect(await page.locator('.event-badge').count()).toBe(0);
    expect(await page.locator('#event-timeline').isVisible()).toBe(false);
    await context.close();
  });

  it('zooms into a cluster badge, and a timeline mark highlights and selects its area', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url(CCG_VIEW));
    await waitForMap(page);
    const cluster = page.locator('.event-badge.is-cluster').first();
    await expect.poll(() => cluster.count()).toBeGreaterThan(0);
    expect(await cluster.getAttribute('aria-label')).toMatch(/^\d+ events? in \d+ areas: .+\. Zoom in$/);
    await cluster.click();
    await expect.poll(() => page.url()).toContain('view=');

    await page.goto(atlas.server.url(CCG_VIEW));
    await waitForMap(page);
    const mark = page.locator('.timeline-mark[data-id="F030"]');
    await mark.hover();
    await expect.poll(() => page.locator('.highlight-hover').getAttribute('d')).not.toBe('');
    await mark.click();
    await expect.poll(() => page.url()).toContain('area=E38000003');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reaches the timeline marks with one Tab stop, moves along them with the arrow keys and selects with Enter', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url(CCG_VIEW));
    await waitForMap(page);
    const marks = page.locator('.timeline-mark');
    // The strip mounts once its code and the events (details.json) have arrived.
    await marks.first().waitFor();
    const count = await marks.count();
    expect(count).toBeGreaterThan(10);
    await expect.poll(() => page.locator('.timeline-mark[tabindex="0"]').count()).toBe(1);
    // Tab from the last category box lands on the strip's one tab stop: the earliest mark.
    await page.locator('input[name="event-category"]').last().focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.id ?? null);
    expect(await focused()).toBe(await marks.first().getAttribute('data-id'));
    await page.keyboard.press('End');
    expect(await focused()).toBe(await marks.last().getAttribute('data-id'));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(await marks.nth(1).getAttribute('data-id'));
    expect(await page.locator('.timeline-mark[tabindex="0"]').count()).toBe(1);
    // Move to the first mark that is on the map; its area lights up and Enter selects it.
    let label = '';
    for (let i = 0; i < count; i++) {
      const active = page.locator(':focus');
      if ((await active.getAttribute('aria-disabled')) !== 'true') {
        label = (await active.getAttribute('aria-label')) ?? '';
        break;
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(label).toMatch(/^(\d{1,2} )?\w+ \d{4}: .*\(.+\)\. Source: /);
    await expect.poll(() => page.locator('.highlight-hover').getAttribute('d')).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/area=E(38|54)\d{6}/);
    const areaName = label.match(/\(([^)]+)\)\. Source:/)![1]!.split(', ')[0]!;
    await expect.poll(() => page.getByRole('region', { name: 'Area details' }).locator('.panel-title').textContent()).toContain(areaName.replace(/ CCG$/, ''));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?events=trust-merger shows the ODS trust mergers as dated events: Manchester University FT, 1 Oct 2017, on Greater Manchester', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?events=trust-merger&asof=2017-10'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.event-badge').count()).toBeGreaterThan(0);
    const categories = await page.locator('.event-badge').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-categories')))]);
    expect(categories).toEqual(['trust-merger']);
    const chip = page.getByRole('checkbox', { name: /Trust merger/ });
    expect(await chip.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /CCG merger/ }).isChecked()).toBe(false);
    // On the timeline, a mark dated to the day, before the as-of cursor.
    const mark = page.locator('.timeline-mark[aria-label*="merged into Manchester University NHS Foundation Trust"]');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.getAttribute('aria-label')).toMatch(/^1 Oct 2017: University Hospital of South Manchester NHS Foundation Trust and Central Manchester University Hospitals NHS Foundation Trust merged into Manchester University NHS Foundation Trust \(Greater Manchester\)\. Source: NHS Digital, Organisation Data Service/);
    expect(await mark.getAttribute('class')).not.toContain('is-later');
    // Pennine Acute's split (Oct 2021) is after the chosen month.
    expect(await page.locator('.timeline-mark[aria-label*="Pennine Acute Hospitals NHS Trust split between"]').getAttribute('class')).toContain('is-later');
    // Greater Manchester has a badge; its panel dates the merger and cites ODS.
    expect(await page.locator('.event-badge[data-areas~="E54000007"]').count()).toBe(1);
    await page.goto(atlas.server.url('?events=trust-merger&asof=2017-10&area=E54000007'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('merged into Manchester University NHS Foundation Trust');
    const item = panel.locator('li.event-trust_merger', { hasText: 'merged into Manchester University NHS Foundation Trust' }).first();
    expect(await item.locator('time').getAttribute('datetime')).toBe('2017-10-01');
    expect(await item.locator('time').textContent()).toBe('1 Oct 2017');
    expect(await item.textContent()).toContain('Source: NHS Digital, Organisation Data Service: trust successions');
    // The slider reaches the last merger in the ODS extract (April 2026).
    const slider = page.getByRole('slider', { name: 'Show events up to' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('All (to Apr 2026)');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2026-04');
    expect(new URL(page.url()).searchParams.get('events')).toBe('trust-merger');
    expect(errors).toEqual([]);
    await context.close();
  });
});
