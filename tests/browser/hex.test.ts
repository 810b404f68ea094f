import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areHexNeighbours, parseHexJson, type HexCell } from '../../src/domain/hexjson';
import { openPage, waitForMap } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { paintedFills } from '../support/fills';
import { GROUP_TAG } from '../../src/export/png';
import { columnRuns, hexOfRgb, pngColours } from '../support/pixels';

mkdirSync('tests/artifacts', { recursive: true });
const atlas = useAtlas();

const layout = parseHexJson(readFileSync('public/geo/ccg-hex.hexjson', 'utf8'));
const LONDON_STPS = ['E54000027', 'E54000028', 'E54000029', 'E54000030', 'E54000031'];
const LONDON_CCGS = Object.entries(layout.hexes).filter(([, hex]) => LONDON_STPS.includes(hex['stp'] as string)).map(([code]) => code);
const STP_OF = new Map(Object.entries(layout.hexes).map(([code, hex]) => [code, hex['stp'] as string]));
const CODE_BY_SHORT_NAME = new Map(Object.entries(layout.hexes).map(([code, hex]) => [(hex['n'] as string).replace(/^NHS\s+/, ''), code]));

/** Vertices of an SVG path drawn by d3-geo ("M…L…Z" rings). */
const vertexCount = (d: string) => (d.match(/[ML]/g) ?? []).length;

async function download(page: Page, name: string): Promise<{ fileName: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { fileName: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

describe('the hexagon map (shape=hex)', () => {
  it('draws the 209 CCGs as hexagons in the choropleth\'s colours, London\'s each at least 20 px across', async () => {
    const { page, context, errors, foreignRequests } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?shape=hex&level=ccg&metric=population'));
    expect(await waitForMap(page)).toBe('svg');
    const areas = page.locator('.svg-map path.area');
    await expect.poll(() => areas.count()).toBe(209);
    const drawn = await areas.evaluateAll((paths) => paths.map((p) => ({ code: p.getAttribute('data-code')!, d: p.getAttribute('d') ?? '' })));
    expect(drawn.every((p) => vertexCount(p.d) === 6)).toBe(true);
    const legend = (await page.locator('.legend .swatch:not(.swatch-nodata)').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor))).map(hexOfRgb);
    expect(legend).toHaveLength(5);
    const painted = await paintedFills(page);
    expect(painted.size).toBe(209);
    const fills = new Set([...painted.values()].map(hexOfRgb));
    expect([...fills].sort()).toEqual([...legend].sort());
    expect(await page.getByRole('group', { name: 'Map shape' }).getByRole('radio', { name: 'Hexagons' }).isChecked()).toBe(true);
    expect(LONDON_CCGS).toHaveLength(32);
    const widths: number[] = [];
    for (const code of LONDON_CCGS) {
      const box = (await page.locator(`.svg-map path.area[data-code="${code}"]`).boundingBox())!;
      widths.push(box.width);
      expect(box.height).toBeGreaterThanOrEqual(20);
    }
    console.log(`London CCG hexagons at 1280×800: ${Math.min(...widths).toFixed(1)}–${Math.max(...widths).toFixed(1)} px across`);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(20);
    expect(new URL(page.url()).searchParams.get('shape')).toBe('hex');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tags each STP\'s group of CCG hexagons, in or beside the group, no tag over another or the legend', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?shape=hex&level=ccg&metric=population'));
    await waitForMap(page);
    const tags = page.locator('.map-label.is-group');
    await expect.poll(() => tags.count()).toBe(44);
    const readTags = () => tags.evaluateAll((els) => els.map((el) => ({ code: (el as HTMLElement).dataset.code!, text: el.textContent!, box: el.getBoundingClientRect().toJSON() as DOMRect })));
    const hexes = await page.locator('.svg-map path.area').evaluateAll((paths) => paths.map((p) => ({ code: p.getAttribute('data-code')!, box: p.getBoundingClientRect().toJSON() as DOMRect })));
    const hexWidth = hexes[0]!.box.width;
    const centre = (box: DOMRect) => [box.x + box.width / 2, box.y + box.height / 2] as const;
    const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    const legend = (await page.locator('.legend').boundingBox())!;
    const legendBox = { left: legend.x, top: legend.y, right: legend.x + legend.width, bottom: legend.y + legend.height } as DOMRect;
    const check = (placed: Awaited<ReturnType<typeof readTags>>) => {
      expect(new Set(placed.map((tag) => tag.code))).toEqual(new Set(STP_OF.values()));
      for (const [i, a] of placed.entries()) {
        for (const b of placed.slice(i + 1)) expect(apart(a.box, b.box), `${a.text} / ${b.text}`).toBe(true);
        expect(apart(a.box, legendBox), `${a.text} / legend`).toBe(true);
        // In or beside its group: the hexagon nearest the tag's middle is one of its STP's, at most 1.5 hexagons away.
        const [x, y] = centre(a.box);
        const distance = (h: (typeof hexes)[number]) => Math.hypot(centre(h.box)[0] - x, centre(h.box)[1] - y);
        const nearest = hexes.reduce((best, h) => (distance(h) < distance(best) ? h : best));
        expect(STP_OF.get(nearest.code), a.text).toBe(a.code);
        expect(distance(nearest)).toBeLessThanOrEqual(1.5 * hexWidth);
      }
    };
    const placed = await readTags();
    check(placed);
    expect(placed.find((tag) => tag.code === 'E54000027')?.text).toBe('NWL');
    const ccgLabels = await page.locator('.map-label:not(.is-group)').count();
    const beside = placed.filter((tag) => !hexes.some((h) => STP_OF.get(h.code) === tag.code && Math.hypot(centre(h.box)[0] - centre(tag.box)[0], centre(h.box)[1] - centre(tag.box)[1]) < hexWidth / 2)).length;
    console.log(`STP tags at 1280×800: 44 (${beside} beside their group, ${44 - beside} on it); CCG hexagons still labelled: ${ccgLabels} of 209`);
    // Hovering a CCG gives its STP's tag the full name, still clear of the others.
    const harrow = (await page.locator('.svg-map path.area[data-code="E38000074"]').boundingBox())!;
    await page.mouse.move(harrow.x + harrow.width / 2, harrow.y + harrow.height / 2);
    await expect.poll(async () => (await readTags()).find((tag) => tag.code === 'E54000027')?.text).toBe('North West London');
    check(await readTags());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the keyboard focus between neighbouring hexagons and selects with Enter', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?shape=hex&level=ccg&metric=population'));
    await waitForMap(page);
    await page.locator('#map').focus();
    // "Airedale, Wharfedale and Craven CCG, 155,000. Press Enter to select.": the name the announcement starts with.
    const focusedCode = async () => {
      const text = (await page.locator('#announcer').textContent()) ?? '';
      return [...CODE_BY_SHORT_NAME].find(([name]) => text.startsWith(`${name},`))?.[1];
    };
    await page.keyboard.press('Home');
    let from = await focusedCode();
    expect(from).toBeDefined();
    let moves = 0;
    for (const key of ['ArrowRight', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      const to = await focusedCode();
      expect(to).toBeDefined();
      if (to === from) continue;
      expect(areHexNeighbours(layout.hexes[from!] as HexCell, layout.hexes[to!] as HexCell, layout.layout), `${key}: ${from} → ${to}`).toBe(true);
      moves++;
      from = to;
    }
    expect(moves).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe(from);
    expect(new URL(page.url()).searchParams.get('shape')).toBe('hex');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects North West London at STP level from a link, its hexagons one area outlined', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?shape=hex&level=stp&area=E54000027'));
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Area details' });
    await expect.poll(() => panel.locator('.panel-title').textContent()).toBe('North West London');
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(44);
    // Eight CCGs' hexagons, drawn as one shape: one outline, more than six corners.
    const d = (await page.locator('.svg-map path.area[data-code="E54000027"]').getAttribute('d'))!;
    expect(d.match(/M/g)).toHaveLength(1);
    expect(vertexCount(d)).toBeGreaterThan(6);
    expect((await page.locator('.highlight-selected').getAttribute('d'))!.length).toBeGreaterThan(10);
    expect(page.url()).toContain('area=E54000027&shape=hex');
    // The selected area's label is its full name.
    await expect.poll(() => page.locator('.map-label.is-selected').textContent()).toBe('North West London');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in the tooltip that NHS Cumbria CCG is split and drawn with the STP holding most of it', async () => {
    const { page, context } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?shape=hex&level=ccg&metric=population'));
    await waitForMap(page);
    const box = (await page.locator('.svg-map path.area[data-code="E38000041"]').boundingBox())!;
    await page.locator('.svg-map path.area[data-code="E38000041"]').dispatchEvent('pointerover', { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 });
    await expect.poll(() => page.locator('.tooltip').textContent()).toContain('Split between two STPs; drawn with the one holding most of it');
    await expect.poll(() => page.locator('.map-label.is-split').count()).toBe(1);
    await context.close();
  });

  it('exports a PNG of the hexagons that carries the legend', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    await page.goto(atlas.server.url('?shape=hex&level=ccg&metric=population'));
    await waitForMap(page);
    const legend = (await page.locator('.legend .swatch:not(.swatch-nodata)').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor))).map(hexOfRgb);
    const { fileName, body } = await download(page, 'Download PNG');
    expect(fileName).toBe('stp-atlas-ccg-population-mid-2015.png');
    writeFileSync('tests/artifacts/export-hex-ccg-population.png', body);
    // Down the legend's swatch column (left of the hexagons): the five classes in the legend's order.
    const runs = await columnRuns(page, body, 2 * (8 + 10 + 8), 16);
    expect(runs.filter((colour) => legend.includes(colour))).toEqual(legend);
    // The 44 STP tags as on screen: as much of their chip colour (at 2×, four times the pixels) as the map shows.
    const onScreen = (await pngColours(page, await page.locator('#map').screenshot())).counts.get(GROUP_TAG) ?? 0;
    const exported = (await pngColours(page, body)).counts.get(GROUP_TAG) ?? 0;
    console.log(`STP tag chips: ${onScreen} px on screen, ${exported} px in the 2× PNG`);
    expect(onScreen).toBeGreaterThan(44 * 100);
    expect(exported / (4 * onScreen)).toBeGreaterThan(0.7);
    expect(exported / (4 * onScreen)).toBeLessThan(1.3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the geographic map as it was, and switches to hexagons with the Map shape switch', async () => {
    const { page, context, errors } = await openPage(atlas.browser, atlas.server.origin);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(atlas.server.url('?level=ccg&metric=population'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(209);
    const geoVertices = await page.locator('.svg-map path.area').evaluateAll((paths) => paths.map((p) => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length));
    expect(geoVertices.filter((n) => n > 6).length).toBeGreaterThan(200);
    expect(new URL(page.url()).searchParams.has('shape')).toBe(false);
    expect(await page.getByRole('radio', { name: 'Geographic' }).isChecked()).toBe(true);
    expect(fetched.some((path) => path.endsWith('ccg-hex.hexjson'))).toBe(false);

    await page.getByRole('radio', { name: 'Hexagons' }).check();
    // The layout is fetched and built on this first use: allow a slow machine its time.
    await expect.poll(() => new URL(page.url()).searchParams.get('shape'), { timeout: 15_000 }).toBe('hex');
    await expect.poll(() => page.locator('.svg-map path.area').evaluateAll((paths) => paths.every((p) => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length === 6)), { timeout: 15_000 }).toBe(true);
    expect(fetched.filter((path) => path.endsWith('ccg-hex.hexjson'))).toHaveLength(1);
    await page.goBack();
    await expect.poll(() => page.getByRole('radio', { name: 'Geographic' }).isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.has('shape')).toBe(false);
    await expect.poll(() => page.locator('.svg-map path.area').evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length > 6).length)).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const damaged = useAtlas({ override: { 'geo/ccg-hex.hexjson': '{"layout":"odd-r","hexes":{"E38000001":' } });

describe('a damaged hex layout file', () => {
  it('leaves the geographic map working, with a notice saying why', async () => {
    const { page, context } = await openPage(damaged.browser, damaged.server.origin);
    await page.goto(damaged.server.url('?shape=hex&level=stp&area=E54000027'));
    expect(await waitForMap(page)).toBe('svg');
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(44);
    const notice = await page.getByRole('status').first().textContent();
    expect(notice).toContain('The hexagon map could not be loaded (ccg-hex.hexjson: is not valid JSON');
    expect(notice).toContain('showing the geographic map');
    expect(await page.getByRole('radio', { name: 'Geographic' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Area details' }).locator('.panel-title').textContent()).toBe('North West London');
    expect(new URL(page.url()).searchParams.has('shape')).toBe(false);
    // Choosing hexagons again tries again, and fails the same polite way.
    await page.getByRole('radio', { name: 'Hexagons' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Geographic' }).isChecked(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.svg-map path.area').count()).toBe(44);
    await context.close();
  });
});
