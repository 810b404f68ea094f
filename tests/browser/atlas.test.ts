import { describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForMap, waitForMapLibre } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { distinctColours } from '../support/pixels';
import { serveStatic } from '../support/server';

const atlas = useAtlas();

const SEA_AND_LAND = ['#dce8ef', '#ffffff'];

describe('the atlas in a browser', () => {
  it('paints a coloured STP choropleth on first load, with no foreign request and no console error', async () => {
    const { page, foreignRequests, errors, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    expect(await waitForMap(page)).toBe('svg');
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(44);
    const colours = await distinctColours(page, '#map', SEA_AND_LAND);
    // The five OrRd classes of backlog should each cover a visible share of the map.
    const substantial = [...colours.values()].filter((n) => n > 150);
    expect(substantial.length).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('Backlog maintenance, 2015/16');
    expect(new URL(page.url()).search).toBe('?level=stp&metric=backlog&period=2015-16&classify=quantile');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects Greater Manchester from a link and says it is a pathfinder', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?area=E54000007'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('Greater Manchester');
    expect((await panel.textContent())!.toLowerCase()).toContain('pathfinder');
    expect(await panel.textContent()).toMatch(/\d+(st|nd|rd|th) of 44 STPs/);
    await context.close();
  });

  it('opens a CCG-level link with the interim spend of Surrey Downs', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=interim_spend&area=E38000177'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.textContent()).toContain('Surrey Downs');
    expect(await panel.textContent()).toContain('£195,000');
    expect(await page.locator('.svg-map path.area').count()).toBe(209);
    await expect.poll(() => page.locator('.legend').textContent()).toContain('Not reported');
    await context.close();
  });

  it('switches level and metric with the named controls, and back/forward restore each view', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    await page.getByLabel('Metric').selectOption('deficit_loans');
    await expect.poll(() => page.url()).toContain('metric=deficit_loans');
    await expect.poll(() => page.locator('.legend-title').textContent()).toBe('Emergency loans drawn to cover deficits, 2016/17');
    await page.getByRole('radio', { name: 'CCG' }).check();
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(209);
    // The URL is written once the frame has painted.
    await expect.poll(() => page.url()).toContain('level=ccg');
    // Loans are an STP measure: at CCG level the atlas shows population and says so.
    expect(page.url()).toContain('metric=population');
    expect(await page.getByRole('status').first().textContent()).toContain('reported for STPs only — showing population for CCGs');
    await page.getByLabel('Classification').selectOption('jenks');
    await expect.poll(() => page.url()).toContain('classify=jenks');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('classify=quantile');
    expect(await page.getByLabel('Classification').inputValue()).toBe('quantile');
    await page.goBack();
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(44);
    expect(await page.getByRole('radio', { name: 'STP' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Metric').inputValue()).toBe('deficit_loans');
    await page.goBack();
    await expect.poll(() => page.getByLabel('Metric').inputValue()).toBe('backlog');
    await page.goForward();
    await expect.poll(() => page.getByLabel('Metric').inputValue()).toBe('deficit_loans');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to CCGs when a CCG-only metric is chosen at STP level, and says why', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    await page.getByLabel('Metric').selectOption('interim_spend');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('reported for CCGs only');
    expect(await page.getByRole('radio', { name: 'CCG' }).isChecked()).toBe(true);
    await context.close();
  });

  it('falls back politely on a tampered link and never echoes its markup', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(atlas.server.url('?level=zzz&metric=<script>alert(1)</script>&area=E99999999'));
    expect(await waitForMap(page)).toBe('svg');
    const notices = page.getByRole('status').first();
    await expect.poll(() => notices.textContent()).toContain('Unknown area code "E99999999" — showing England');
    expect(await page.locator('script:not([src]):not([type="module"])').count()).toBe(0);
    expect(await page.content()).not.toContain('<script>alert(1)');
    expect(new URL(page.url()).search).toBe('?level=stp&metric=backlog&period=2015-16&classify=quantile');
    expect(await page.locator('.svg-map path.area').count()).toBe(44);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const viewport of [{ width: 1350, height: 940 }, { width: 390, height: 844 }]) {
    it(`moves nothing the reader has seen while the data arrive, and fits map and sources on the first screen, at ${viewport.width}×${viewport.height}`, async () => {
      const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin, viewport);
      // Slow data make the page paint its shell well before the map, as on a real network. The data
      // are requested as the page is parsed (preloaded), so the delay runs from then.
      await page.route('**/*.json', async (route) => {
        await new Promise((done) => setTimeout(done, 1000));
        await route.continue();
      });
      await page.goto(atlas.server.url(), { waitUntil: 'commit' });
      await expect.poll(() => page.locator('#map-status').isVisible()).toBe(true);
      expect(await waitForMap(page)).toBe('svg');
      await page.waitForTimeout(400);
      const shifts = await page.evaluate(
        () =>
          new Promise<{ value: number; sources: string[] }[]>((resolve) => {
            const found: { value: number; sources: string[] }[] = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
                if (!entry.hadRecentInput) found.push({ value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.getAttribute('class') ?? ''}` : String(s.node?.nodeName))) });
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(found), 200);
          }),
      );
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
      // The first screen holds header, map and the source line, whatever the header's height; on a
      // phone the line stays clear of the collapsed bottom sheet.
      const { source, panelTop } = await page.evaluate(() => ({ source: document.getElementById('map-source')!.getBoundingClientRect().bottom, panelTop: document.getElementById('panel')!.getBoundingClientRect().top }));
      expect(source).toBeLessThanOrEqual(viewport.height);
      if (viewport.width < 720) expect(source).toBeLessThanOrEqual(panelTop);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('redraws the SVG map to the new size when the window is resized', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const drawn = () => page.evaluate(() => ({ svg: Number(document.querySelector('.svg-map')!.getAttribute('width')), map: document.getElementById('map')!.clientWidth, d: document.querySelector('.svg-map path.area')!.getAttribute('d') }));
    const before = await drawn();
    expect(before.svg).toBe(before.map);
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(async () => { const now = await drawn(); return now.svg === now.map && now.map !== before.map; }).toBe(true);
    expect((await drawn()).d).not.toBe(before.d);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects by click and by keyboard, and Escape clears', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const panelTitle = page.getByRole('region', { name: 'Area details' }).locator('.panel-title');
    await page.locator('.svg-map path.area[data-code="E54000027"]').dispatchEvent('click');
    await expect.poll(() => panelTitle.textContent()).toBe('North West London');
    await expect.poll(() => page.url()).toContain('area=E54000027');

    await page.keyboard.press('Escape');
    await page.locator('#map').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panelTitle.textContent()).toBe('England');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const announced = await page.locator('#announcer').textContent();
    expect(announced).toMatch(/Press Enter to select/);
    const focused = await page.evaluate(() => document.querySelector<SVGPathElement>('.highlight-focus')?.getAttribute('d') ?? '');
    expect(focused.length).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle.textContent()).toBe(announced!.split(',')[0]);
    await expect.poll(() => page.url()).toMatch(/area=E54\d{6}/);
    await context.close();
  });

  it('hands over to MapLibre, which paints the same choropleth on its canvas', async () => {
    const { page, context, errors, foreignRequests } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?level=ccg&metric=population&period=mid-2015'));
    await waitForMap(page);
    await waitForMapLibre(page);
    expect(await page.locator('.svg-map').isHidden()).toBe(true);
    const colours = await distinctColours(page, '#map', SEA_AND_LAND);
    expect([...colours.values()].filter((n) => n > 100).length).toBeGreaterThanOrEqual(5);
    await page.getByRole('radio', { name: 'STP' }).check();
    await expect.poll(() => page.url()).toContain('level=stp');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('keeps a wheel zoom on MapLibre: it becomes the URL\'s view, exactly as drawn, and hovering afterwards does not undo it', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=population&period=mid-2015'));
    await waitForMap(page);
    await waitForMapLibre(page);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.73, box.y + box.height * 0.48);
    await page.mouse.wheel(0, -400);
    const viewParam = () => new URL(page.url()).searchParams.get('view');
    await expect.poll(viewParam, { timeout: 4000 }).toMatch(/^\d+\.\d\d\//);
    const zoomed = viewParam();
    // Crossing areas changes the hover in the store; the map stays where the reader put it.
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.7, { steps: 8 });
    await page.waitForTimeout(800);
    expect(viewParam()).toBe(zoomed);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an in-page error naming the file when metrics.json is damaged', async () => {
    const broken = await serveStatic({ override: { 'data/metrics.json': '{"version": 1, "metrics": [' } });
    try {
      const { page, context } = await openPage(atlas.browser, broken.origin);
      await page.goto(broken.url());
      expect(await waitForMap(page)).toBe('error');
      expect(await page.getByRole('alert').textContent()).toContain('metrics.json: is not valid JSON');
      await context.close();
    } finally {
      await broken.close();
    }
  });

  it('shows an in-page error when the topology lacks an object', async () => {
    const broken = await serveStatic({ override: { 'geo/atlas.topo.json': JSON.stringify({ type: 'Topology', arcs: [], objects: {} }) } });
    try {
      const { page, context } = await openPage(atlas.browser, broken.origin);
      await page.goto(broken.url());
      expect(await waitForMap(page)).toBe('error');
      expect(await page.getByRole('alert').textContent()).toContain('atlas.topo.json: has no "ccg" object');
      await context.close();
    } finally {
      await broken.close();
    }
  });

  it('puts the panel in a bottom sheet on a phone, opened by selecting an area', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin, { width: 390, height: 844 });
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    const closed = await panel.boundingBox();
    expect(closed!.height).toBeLessThan(80);
    expect(closed!.y + closed!.height).toBeCloseTo(844, 0);
    await page.locator('.svg-map path.area[data-code="E54000007"]').dispatchEvent('click');
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(300);
    await page.getByRole('button', { name: 'Hide details' }).click();
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeLessThan(80);
    await context.close();
  });

  it('keeps the SVG map, with hover, selection and panel, where WebGL is unavailable', async () => {
    const noWebGL = await launchBrowser(['--disable-3d-apis']);
    try {
      const { page, context, foreignRequests } = await openPage(noWebGL, atlas.server.origin);
      await page.goto(atlas.server.url('?level=ccg&metric=interim_spend'));
      expect(await waitForMap(page)).toBe('svg');
      expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')))).toBe(false);
      const surreyDowns = page.locator('.svg-map path.area[data-code="E38000177"]');
      await surreyDowns.hover({ force: true });
      await expect.poll(() => page.locator('#map-tooltip').textContent()).toContain('£195,000');
      // The reader reached for the map: MapLibre was asked for, found no WebGL, and the SVG map stays.
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe('svg');
      expect(await page.locator('.svg-map').isVisible()).toBe(true);
      await surreyDowns.dispatchEvent('click');
      await expect.poll(() => page.getByRole('region', { name: 'Area details' }).locator('.panel-title').textContent()).toBe('Surrey Downs CCG');
      expect(foreignRequests).toEqual([]);
      await context.close();
    } finally {
      await noWebGL.close();
    }
  });
});
