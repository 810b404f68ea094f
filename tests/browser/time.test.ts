// Issue 14 in the browser: the period timeline (Play, slider, keyboard, URL) and classes shared by all periods.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMap, waitForMapLibre } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { paintedFills } from '../support/fills';
import { canvasColours } from '../support/pixels';

const atlas = useAtlas();
const metrics = JSON.parse(readFileSync('public/data/metrics.json', 'utf8')) as { values: Record<string, Record<string, Record<string, Record<string, number | null>>>> };

/** Backlog's % change 2014/15 → 2016/17 per STP from the committed data, largest rise first. */
function backlogChanges(): (readonly [string, number])[] {
  const v = metrics.values.backlog!.stp!;
  const [base, now] = [v['2014-15']!, v['2016-17']!];
  return Object.keys(now).filter((c) => typeof base[c] === 'number' && base[c]! > 0 && typeof now[c] === 'number').map((c) => [c, (now[c]! / base[c]! - 1) * 100] as const).sort((a, b) => b[1] - a[1]);
}

const periodOf = (page: Page) => new URL(page.url()).searchParams.get('period');


/** The fill colours the 2D map last painted, with how many pixels each has there and on MapLibre's canvas. */
async function fillsOnBothCanvases(page: Page): Promise<{ colour: string; canvas: number; maplibre: number }[]> {
  const fills = new Set(await page.$$eval('.svg-map path.area', (paths) => paths.map((p) => (p as SVGPathElement).dataset.fill ?? '')));
  const [canvas, maplibre] = [await canvasColours(page, '.map-canvas'), await canvasColours(page, '.maplibregl-canvas')];
  return [...fills].filter((colour) => colour.startsWith('#')).map((colour) => ({ colour, canvas: canvas.get(colour) ?? 0, maplibre: maplibre.get(colour) ?? 0 }));
}

/** Pixel counts of two drawings of one fill agree: within 15%, or 40 pixels for a small one. */
const countsAgree = (a: number, b: number) => Math.abs(a - b) <= Math.max(40, b * 0.15);

/** Both canvases drew at least `atLeast` fill colours, each over about as many pixels. */
async function expectCanvasesAgree(page: Page, atLeast: number): Promise<{ colour: string; canvas: number; maplibre: number }[]> {
  const fills = await fillsOnBothCanvases(page);
  expect(fills.length).toBeGreaterThanOrEqual(atLeast);
  for (const { colour, canvas, maplibre } of fills) expect(countsAgree(maplibre, canvas), `${colour}: ${maplibre} on MapLibre, ${canvas} on the 2D map`).toBe(true);
  return fills;
}

/** A&E months on MapLibre, Play pressed and one step taken. */
async function playAeOnMapLibre() {
  const opened = await openPage(atlas.browser, atlas.server.origin);
  await opened.page.goto(atlas.server.url('?metric=ae_4h&period=2016-04'));
  await waitForMap(opened.page);
  await waitForMapLibre(opened.page);
  await opened.page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => periodOf(opened.page), { timeout: 4000 }).toBe('2016-05');
  return opened;
}

/** The legend's classes as [low, high] in £m with their swatch colour. */
async function legendClasses(page: Page): Promise<{ low: number; high: number; colour: string }[]> {
  const items = await page.$$eval('.legend-items li', (lis) => lis.filter((li) => !li.querySelector('.swatch-nodata')).map((li) => [li.querySelector('.legend-label')!.textContent ?? '', getComputedStyle(li.querySelector('.swatch')!).backgroundColor] as const));
  return items.map(([label, colour]) => {
    const [low, high] = (label.match(/[\d,]+\.\d/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
    return { low: low!, high: high ?? low!, colour };
  });
}

describe('issue 14: change over time', () => {
  it('Play walks backlog 2014/15 → 2016/17 one step a second and stops; URL and slider agree; one history entry', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2014-15'));
    await waitForMap(page);
    const slider = page.getByRole('slider', { name: 'Timeline' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('2014/15');
    const before = await page.evaluate(() => history.length);
    // Every history write, in order, so the test sees the URL follow each step and not only the last.
    await page.evaluate(`(() => {
      window.writes = [];
      for (const kind of ['pushState', 'replaceState']) {
        const write = history[kind].bind(history);
        history[kind] = (data, unused, url) => { window.writes.push(kind + ' ' + new URL(url, location.href).searchParams.get('period')); write(data, unused, url); };
      }
    })()`);
    const started = Date.now();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.timeline-play').textContent()).toBe('Pause');
    await expect.poll(() => page.locator('.timeline-play').textContent(), { timeout: 10_000 }).toBe('Play');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(await slider.getAttribute('aria-valuetext')).toBe('2016/17');
    expect(await slider.inputValue()).toBe('2');
    expect(await page.locator('#period-select').inputValue()).toBe('2016-17');
    await expect.poll(() => periodOf(page)).toBe('2016-17');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(await page.evaluate('window.writes')).toEqual(['pushState 2015-16', 'replaceState 2016-17']);
    await page.goBack();
    await expect.poll(() => periodOf(page)).toBe('2014-15');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('2014/15');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('while Play runs, the ranking table below the screen waits and catches up when Play stops; on screen it follows every step', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2014-15'));
    await waitForMap(page);
    const renders = () => page.evaluate(() => performance.getEntriesByName('atlas:ranking-render').length);
    const caption = page.locator('#ranking caption');
    expect(await page.evaluate(() => document.getElementById('ranking')!.getBoundingClientRect().top >= innerHeight)).toBe(true);
    const before = await renders();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.timeline-play').textContent(), { timeout: 10_000 }).toBe('Play');
    expect(await renders()).toBe(before + 1);
    await expect.poll(() => caption.textContent()).toContain('2016/17');
    const largest = Math.max(...Object.values(metrics.values.backlog!.stp!['2016-17']!).filter((v): v is number => typeof v === 'number'));
    expect(await page.locator('#ranking tbody tr').first().locator('.value-text').textContent()).toBe(`£${largest.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}m`);

    await page.locator('#ranking').scrollIntoViewIfNeeded();
    await page.getByRole('slider', { name: 'Timeline' }).fill('0');
    await expect.poll(() => caption.textContent()).toContain('2014/15');
    const onScreen = await renders();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.timeline-play').textContent(), { timeout: 10_000 }).toBe('Play');
    expect(await renders()).toBe(onScreen + 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the same value has the same colour in two periods: one set of classes over 2014/15–2016/17', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const seen: { classes: Awaited<ReturnType<typeof legendClasses>>; fills: Map<string, string> }[] = [];
    for (const period of ['2014-15', '2016-17']) {
      await page.goto(atlas.server.url(`?metric=backlog&period=${period}`));
      await waitForMap(page);
      expect(await page.locator('.legend-unit').textContent()).toContain('classes over 2014/15–2016/17');
      seen.push({ classes: await legendClasses(page), fills: await paintedFills(page) });
    }
    expect(seen[0]!.classes).toEqual(seen[1]!.classes);
    const classes = seen[0]!.classes;
    ['2014-15', '2016-17'].forEach((period, i) => {
      for (const [code, value] of Object.entries(metrics.values.backlog!.stp![period]!)) {
        if (typeof value !== 'number') continue;
        const shown = Math.round(value * 10) / 10;
        // A value at a class edge is printed with both neighbours' rounded ends: either is right.
        const colours = classes.filter((c) => shown >= c.low && shown <= c.high).map((c) => c.colour);
        expect(colours.length, `${code} ${period} ${shown}`).toBeGreaterThan(0);
        expect(colours).toContain(seen[i]!.fills.get(code));
      }
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keyboard only: Tab to Play, Space plays and pauses, arrows and End move the slider and the URL', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2014-15'));
    await waitForMap(page);
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.classList.contains('timeline-play'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Play');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.timeline-play').textContent()).toBe('Pause');
    await page.keyboard.press('Space');
    expect(await page.locator('.timeline-play').textContent()).toBe('Play');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('period-slider');
    await page.keyboard.press('Home');
    await expect.poll(() => periodOf(page)).toBe('2014-15');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => periodOf(page), { timeout: 4000 }).toBe('2015-16');
    expect(await page.locator('#period-select').inputValue()).toBe('2015-16');
    await page.keyboard.press('End');
    await expect.poll(() => periodOf(page)).toBe('2016-17');
    expect(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuetext')).toBe('2016/17');
    // Space on the slider plays too: from the last period it starts again at the first.
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.timeline-play').textContent()).toBe('Pause');
    expect(await page.locator('.timeline-current').textContent()).toBe('2014/15');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.timeline-play').textContent()).toBe('Play');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('A&E months: Play walks all 36 months, Apr 2016 to Mar 2019, announcing each politely', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=ae_4h&period=2016-04'));
    await waitForMap(page);
    expect(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('max')).toBe('35');
    expect(await page.locator('.legend-unit').textContent()).toContain('classes over Apr 2016–Mar 2019');
    await page.evaluate(() => {
      const announced: string[] = [];
      (window as unknown as { announced: string[] }).announced = announced;
      const live = document.querySelector('.period-timeline [aria-live="polite"]')!;
      new MutationObserver(() => live.textContent && announced.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.timeline-play').textContent(), { timeout: 50_000, interval: 500 }).toBe('Play');
    const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(announced).toHaveLength(36);
    expect(new Set(announced).size).toBe(36);
    expect(announced[0]).toBe('Apr 2016');
    expect(announced[1]).toBe('May 2016');
    expect(announced.at(-1)).toBe('Mar 2019');
    expect(periodOf(page)).toBe('2019-03');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('issue 14: Play over MapLibre', () => {
  it('the 2D map draws the steps over MapLibre, letting the pointer through; MapLibre draws the last step when Play stops', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2014-15'));
    await waitForMap(page);
    await waitForMapLibre(page);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    const before = await canvasColours(page, '.maplibregl-canvas');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => periodOf(page), { timeout: 4000 }).toBe('2015-16');
    expect(await page.locator('.map-canvas').isVisible()).toBe(true);
    expect(await page.$eval('.svg-map', (svg) => getComputedStyle(svg).pointerEvents)).toBe('none');
    expect(await page.$eval('.maplibregl-canvas', (canvas) => getComputedStyle(canvas).visibility)).toBe('hidden');
    expect(await canvasColours(page, '.maplibregl-canvas')).toEqual(before);
    // The pointer reaches MapLibre through the 2D map, on the hidden canvas's container: hovering the
    // Midlands still names the area, with the pointer cursor.
    const box = (await page.locator('#map').boundingBox())!;
    const midlands = { x: box.x + box.width * 0.73, y: box.y + box.height * 0.48 };
    await page.mouse.move(midlands.x, midlands.y);
    await expect.poll(() => page.locator('#map-tooltip').isVisible()).toBe(true);
    const underPointer = await page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y)!;
      return { className: element.getAttribute('class'), cursor: getComputedStyle(element).cursor };
    }, midlands);
    expect(underPointer).toEqual({ className: expect.stringContaining('maplibregl-canvas-container'), cursor: 'pointer' });
    await page.mouse.move(0, 0);
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => periodOf(page)).toBe('2016-17');
    await expect.poll(() => page.locator('.map-canvas').isHidden()).toBe(true);
    expect(await page.$eval('.maplibregl-canvas', (canvas) => getComputedStyle(canvas).visibility)).toBe('visible');
    const fills = await expectCanvasesAgree(page, 4);
    expect(fills.some(({ colour, maplibre }) => !countsAgree(before.get(colour) ?? 0, maplibre))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a zoom of the reader\'s own during Play shows MapLibre and moves the view; the 2D map covers it again, at the new view, when it ends', async () => {
    const { page, context, errors } = await playAeOnMapLibre();
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.73, box.y + box.height * 0.48);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 4000 }).not.toBeNull();
    await expect.poll(() => page.locator('.map-canvas').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.locator('.map-canvas').isHidden()).toBe(true);
    // Both canvases drew the zoomed view alike.
    await expectCanvasesAgree(page, 3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selecting an area during Play shows MapLibre while it eases to the area (the names follow its camera), then the 2D map again', async () => {
    const { page, context, errors } = await playAeOnMapLibre();
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas')!;
      const seen: string[] = [];
      (window as unknown as { canvasDisplays: string[] }).canvasDisplays = seen;
      new MutationObserver(() => seen.push(canvas.style.display)).observe(canvas, { attributes: true, attributeFilter: ['style'] });
    });
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.73, box.y + box.height * 0.48);
    await expect.poll(() => new URL(page.url()).searchParams.get('area'), { timeout: 4000 }).toMatch(/^E54\d{6}$/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { canvasDisplays: string[] }).canvasDisplays.join(',')), { timeout: 5000 }).toMatch(/none.*,$/);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issue 14: the change view', () => {
  it('?metric=backlog&period=2016-17&change=2014-15 ranks by change with a diverging legend and England\'s change in the panel', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2016-17&change=2014-15'));
    await waitForMap(page);
    expect(await page.locator('.legend-title').textContent()).toBe('Backlog maintenance, change from 2014/15 to 2016/17');
    expect(await page.locator('.legend-direction').textContent()).toBe('A rise is worse: red = worse, blue = better');
    const labels = await page.$$eval('.legend-items .legend-label', (s) => s.map((e) => e.textContent ?? ''));
    // A total cannot fall by more than 100%: no class reaches below that.
    expect(labels[0]).toMatch(/^−\d+% to under −/);
    expect(Math.max(...labels.flatMap((l) => [...l.matchAll(/−(\d+)%/g)].map((m) => Number(m[1]))))).toBeLessThanOrEqual(100);
    expect(labels).toContain(labels.find((l) => l.startsWith('0% to under +')));
    expect(await page.getByLabel('Change since').inputValue()).toBe('2014-15');
    // Change from the committed data: the ranking's first row is the largest rise.
    const v = metrics.values.backlog!.stp!;
    const changes = backlogChanges();
    const ranking = page.locator('#ranking');
    await expect.poll(() => ranking.locator('caption').textContent()).toContain('change from 2014/15 to 2016/17');
    const firstRow = await ranking.locator('tbody tr').first().textContent();
    expect(firstRow).toContain(`+${changes[0]![1].toFixed(1)}%`);
    const total = (p: string) => Object.values(v[p]!).reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0);
    const panel = page.getByRole('region', { name: 'Area details' });
    expect(await panel.textContent()).toContain(`up ${((total('2016-17') / total('2014-15') - 1) * 100).toFixed(1)}%`);
    expect(await panel.textContent()).toContain('Largest rise:');
    // A base not earlier than the period falls back politely.
    await page.goto(atlas.server.url('?metric=backlog&period=2014-15&change=2016-17'));
    await waitForMap(page);
    expect(await page.locator('#notices').textContent()).toContain('No earlier period "2016-17" — showing backlog maintenance itself');
    expect(await page.locator('.legend-title').textContent()).toBe('Backlog maintenance, 2014/15');
    expect(new URL(page.url()).searchParams.has('change')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issue 14: Play in the change view', () => {
  it('walks only the periods after the base, so the change view stays on', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2016-17&change=2014-15'));
    await waitForMap(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('.timeline-current').textContent()).toBe('2015/16');
    await expect.poll(() => page.locator('.timeline-play').textContent(), { timeout: 10_000 }).toBe('Play');
    await expect.poll(() => periodOf(page)).toBe('2016-17');
    expect(new URL(page.url()).searchParams.get('change')).toBe('2014-15');
    expect(await page.locator('#notices').textContent()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issue 14: exports and the trend', () => {
  it('Download CSV (all periods) of backlog has 44 × 3 rows, one per STP and year; the change view\'s CSV names its change', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2016-17&change=2014-15'));
    await waitForMap(page);
    const save = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      return { fileName: file.suggestedFilename(), body: readFileSync(await file.path()).toString('utf8') };
    };
    const all = await save('Download CSV (all periods)');
    const rows = csvParse(all.body);
    expect(rows).toHaveLength(44 * 3);
    expect(new Set(rows.map((r) => r.code)).size).toBe(44);
    expect(rows.filter((r) => r.period === '2014-15')).toHaveLength(44);
    expect(rows.filter((r) => r.period === '2016-17')).toHaveLength(44);
    expect(all.fileName).toBe('stp-atlas-stp-backlog-2014-15-to-2016-17.csv');
    const gm = rows.find((r) => r.code === 'E54000007' && r.period === '2016-17')!;
    expect(Number(gm.value)).toBe(metrics.values.backlog!.stp!['2016-17']!.E54000007);
    const current = csvParse((await save('Download CSV')).body);
    expect(current).toHaveLength(44);
    expect(current[0]).toMatchObject({ period: '2014-15 to 2016-17', unit: '% change' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the panel\'s trend sentence for a selected area, with England for reference', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2016-17&change=2014-15&area=E54000007'));
    await waitForMap(page);
    const summary = page.locator('.trend-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^Greater Manchester: £[\d,.]+m in 2016\/17, (up|down) [\d.]+% since 2014\/15; England (up|down) [\d.]+%$/);
    const v = metrics.values.backlog!.stp!;
    expect(await summary.textContent()).toContain(`${((v['2016-17']!.E54000007! / v['2014-15']!.E54000007! - 1) * 100).toFixed(1)}%`);
    expect(await page.locator('.trend-chart polyline.trend-area').getAttribute('points')).toMatch(/^[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    expect(await page.locator('.trend-chart').getAttribute('aria-hidden')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issue 14: the ranking table\'s Trend column', () => {
  it('shows a sparkline and the change per area, and sorts by change', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?metric=backlog&period=2016-17'));
    await waitForMap(page);
    const table = page.locator('.ranking-table');
    await table.getByRole('button', { name: 'Trend' }).click();
    await expect.poll(() => table.locator('th.col-trend').getAttribute('aria-sort')).toBe('descending');
    const best = backlogChanges()[0]!;
    const first = table.locator('tbody tr').first();
    expect(await first.locator('.col-code').textContent()).toBe(best[0]);
    expect(await first.locator('.trend-text').textContent()).toBe(`+${best[1].toFixed(1)}%`);
    expect(await first.locator('.sparkline polyline').getAttribute('points')).toMatch(/^\S+ \S+ \S+$/);
    expect(await first.locator('.trend-words').textContent()).toMatch(/^: 2014\/15 £[\d,.]+m, 2015\/16 £[\d,.]+m, 2016\/17 £[\d,.]+m$/);
    // A metric of one period has no Trend column.
    await page.getByLabel('Metric').selectOption('deficit_loans');
    await expect.poll(() => table.locator('th.col-trend').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
