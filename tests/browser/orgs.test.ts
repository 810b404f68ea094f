import { describe, expect, it } from 'vitest';
import { openPage, waitForMap, waitForMapLibre } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { distinctColours } from '../support/pixels';

const atlas = useAtlas();

describe('organisations over time (orgs=)', () => {
  it('shows the 195 CCGs of April 2018 in the map, the legend and the ranking table', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?orgs=2018&level=ccg'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(195);
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('195 CCGs, April 2018');
    await expect.poll(() => page.locator('.ranking-table tbody tr').count()).toBe(195);
    expect(await page.getByLabel('Organisations in').inputValue()).toBe('2018');
    // No metric asked for: the count of merged CCGs, without a message.
    expect(new URL(page.url()).search).toBe('?orgs=2018&level=ccg&metric=predecessors&period=since-2016&classify=quantile');
    expect(await page.locator('#notices').textContent()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the 42 integrated care boards of July 2022, with the 2016 CCG borders faint inside', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?orgs=2022'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(42);
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('42 ICBs, July 2022');
    const lines = () => page.locator('.map-canvas').getAttribute('data-lines');
    expect(await lines()).toBe('areas faint outline');
    await page.getByLabel('Organisations in').selectOption('2016');
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(44);
    await expect.poll(lines).toBe('areas outline');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("tells what became of Aylesbury Vale CCG: the Feb 2017 application and the April 2018 merger into Buckinghamshire CCG", async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=population&area=E38000003'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('What became of it');
    const text = (await panel.textContent())!;
    expect(text).toContain('1 Apr 2018: merged into Buckinghamshire CCG (ODS 14Y, ONS E38000223)');
    expect(text).toContain('1 Jul 2022: became part of Buckinghamshire, Oxfordshire and Berkshire West ICB');
    expect(text).toContain('Aylesbury Vale and Chiltern CCGs applied to NHS England to merge');
    // The successor is a link to it, among the organisations of April 2018.
    await panel.getByRole('link', { name: 'Buckinghamshire CCG' }).click();
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(195);
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('14Y');
    await expect.poll(() => panel.textContent()).toContain('2 CCGs of April 2016');
    await context.close();
  });

  it('leaves April 2016 as it was: orgs=2016 is the default map and is not written in links', async () => {
    const { page, context, foreignRequests } = await openPage(atlas.browser, atlas.server.origin);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(atlas.server.url('?orgs=2016'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(44);
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('Backlog maintenance, 2015/16');
    expect(new URL(page.url()).search).toBe('?level=stp&metric=backlog&period=2015-16&classify=quantile');
    // orgs.json is fetched only when a later year or a story is asked for.
    expect(requests.some((url) => url.includes('orgs.json'))).toBe(false);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('falls back to April 2016 with a polite message on an unknown year, and on a 2016/17 metric at a later year', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?orgs=2031'));
    await waitForMap(page);
    await expect.poll(() => page.locator('#notices').textContent()).toContain('No organisations for "2031" — showing April 2016');
    expect(await page.locator('.svg-map path.area').count()).toBe(44);
    await page.goto(atlas.server.url('?orgs=2020&metric=backlog'));
    await waitForMap(page);
    await expect.poll(() => page.locator('#notices').textContent()).toContain('Backlog maintenance is shown for the organisations of April 2016 only');
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('44 STP footprints, April 2020');
    expect(await page.locator('.legend').textContent()).toContain('STP footprints are drawn as agreed in 2016');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws a later year with MapLibre too, and steps through the years with the select', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?orgs=2020&level=ccg'));
    await waitForMap(page);
    await waitForMapLibre(page);
    const colours = await distinctColours(page, '#map', ['#dce8ef', '#ffffff']);
    expect([...colours.values()].filter((n) => n > 100).length).toBeGreaterThanOrEqual(3);
    for (const [year, title] of [['2019', '191 CCGs, April 2019'], ['2021', '106 CCGs, April 2021'], ['2022', '106 sub-ICB locations, July 2022']] as const) {
      await page.getByLabel('Organisations in').selectOption(year);
      await expect.poll(() => page.locator('.legend-title').textContent()).toBe(title);
      await expect.poll(() => page.locator('.ranking-table tbody tr').count()).toBe(Number(title.split(' ')[0]));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Play walks the organisation years 2016 → 2022 at CCG level: 209 … 106 CCGs, the legend, the announcements and the URL follow; one history entry', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=population'));
    await waitForMap(page);
    const slider = page.getByRole('slider', { name: 'Timeline' });
    expect(await slider.getAttribute('max')).toBe('6');
    expect(await slider.getAttribute('aria-valuetext')).toBe('209 CCGs, April 2016');
    expect(await page.locator('.svg-map path.area').count()).toBe(209);
    const before = await page.evaluate(() => history.length);
    // Record what the reader hears, what the legend says and the orgs= of the link while it plays.
    await page.evaluate(() => {
      const seen = { announced: [] as string[], legends: [] as string[], urls: [] as string[] };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const live = document.querySelector('.period-timeline [aria-live="polite"]')!;
      new MutationObserver(() => live.textContent && seen.announced.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
      const legend = document.querySelector('.legend-title')!;
      new MutationObserver(() => seen.legends.push(legend.textContent ?? '')).observe(legend, { childList: true, characterData: true, subtree: true });
      setInterval(() => {
        const orgs = new URLSearchParams(location.search).get('orgs') ?? '2016';
        if (seen.urls.at(-1) !== orgs) seen.urls.push(orgs);
      }, 50);
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.timeline-play').textContent()).toBe('Pause');
    await expect.poll(() => page.locator('.timeline-play').textContent(), { timeout: 20_000 }).toBe('Play');
    type Seen = { announced: string[]; legends: string[]; urls: string[] };
    // The link is written in a task after the last step: wait for the sampler to see it.
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: Seen }).seen.urls.at(-1))).toBe('2022');
    const seen = await page.evaluate(() => (window as unknown as { seen: Seen }).seen);
    const titles = ['207 CCGs, April 2017', '195 CCGs, April 2018', '191 CCGs, April 2019', '135 CCGs, April 2020', '106 CCGs, April 2021', '106 sub-ICB locations, July 2022'];
    // The start is announced when Play is pressed, then each step once.
    expect(seen.announced).toEqual(['209 CCGs, April 2016', ...titles]);
    expect(seen.legends.filter((t) => titles.includes(t))).toEqual(titles);
    expect(seen.urls).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    expect(await page.locator('.svg-map path.area').count()).toBe(106);
    expect(await page.getByLabel('Organisations in').inputValue()).toBe('2022');
    expect(await slider.getAttribute('aria-valuetext')).toBe('106 sub-ICB locations, July 2022');
    expect(new URL(page.url()).search).toBe('?orgs=2022&level=ccg&metric=population&period=mid-2015&classify=quantile');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    // The 42 integrated care boards are the same year at the STP level.
    await page.getByRole('radio', { name: 'STP' }).check();
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('42 ICBs, July 2022');
    expect(await page.locator('.svg-map path.area').count()).toBe(42);
    // The link is written in a task after the change: going back before it would skip an entry.
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('stp');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('ccg');
    expect(new URL(page.url()).searchParams.get('orgs')).toBe('2022');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('orgs')).toBeNull();
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('209 CCGs, April 2016');
    expect(await page.locator('.svg-map path.area').count()).toBe(209);
    expect(errors).toEqual([]);
    await context.close();
  }, 40_000);

  it('the timeline steps the years of the count of merged CCGs (2017–2022) by keyboard; a 2016/17 metric steps its own periods', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?orgs=2018&level=ccg'));
    await waitForMap(page);
    const slider = page.getByRole('slider', { name: 'Timeline' });
    expect(await slider.getAttribute('max')).toBe('5');
    expect(await slider.getAttribute('aria-valuetext')).toBe('195 CCGs, April 2018');
    expect(await page.locator('.timeline-current').textContent()).toBe('April 2018');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('orgs')).toBe('2019');
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('191 CCGs, April 2019');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('207 CCGs, April 2017');
    expect(new URL(page.url()).searchParams.get('metric')).toBe('predecessors');
    // Back at April 2016 with backlog: the timeline is the periods' again.
    await page.getByLabel('Organisations in').selectOption('2016');
    await page.getByLabel('Metric').selectOption('backlog');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('2015/16');
    expect(await slider.getAttribute('max')).toBe('2');
    // The hexagons are the 2016 CCGs only: no years to step through there.
    await page.goto(atlas.server.url('?shape=hex&level=ccg&metric=population'));
    await waitForMap(page);
    expect(await page.locator('#period-timeline').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
