import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseHexJson } from '../../src/domain/hexjson';
import { enginesToRun, launchEngine, recorderFiles, type Engine, type EnginePage } from '../support/engines';
import { readPngInPage, hexOfRgb } from '../support/pixels';
import { serveStatic, type StaticServer } from '../support/server';

/**
 * One short reading session, the same in every engine (tests/support/engines has the drivers).
 * Each step asserts what a reader would see, so it fails where an engine shows something else.
 * Downloads are real: each engine saves the CSV to a folder and the test reads that file.
 */

const VIEWPORT = { width: 1280, height: 800 };
const STP_OF_HEXAGON = new Map(Object.entries(parseHexJson(readFileSync('public/geo/ccg-hex.hexjson', 'utf8')).hexes).map(([code, hex]) => [code, hex['stp'] as string]));
const SEA_AND_LAND = ['#dce8ef', '#ffffff'];
// Each legend class covers 2.5–4 % of the default map in all three engines; borders and labels make
// up the 3 % that is neither sea, land nor a class colour (0.08 leaves room for antialiasing).
const MIN_CLASS_SHARE = 0.01;
const MAX_OTHER_SHARE = 0.08;
// Waits are generous: CI shares two cores, and a screenshot poll can take a second there.
const WAIT = { timeout: 10_000 };
const FIRST_PAINT = { timeout: 30_000 };

// The map of each engine's first view is kept for looking at; the folder is git-ignored.
mkdirSync('tests/artifacts', { recursive: true });

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ override: recorderFiles() });
});
afterAll(() => server?.close());

const text = (page: EnginePage, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
// The app writes the URL once the frame has painted, so URL checks poll.
const href = (page: EnginePage) => page.evaluate(() => location.href, undefined);
const area = async (page: EnginePage) => new URL(await href(page)).searchParams.get('area');
/**
 * Opens the URL and waits for its first paint. The page being left is marked first: a driver may
 * return from a navigation (WebKit's, to a page its service worker serves) while the old document
 * still answers, and that document's "ready" is not the new one's.
 */
async function openView(page: EnginePage, url: string): Promise<void> {
  await page.evaluate(() => void ((window as unknown as { left?: boolean }).left = true), undefined);
  await page.goto(url);
  const newReady = () => page.evaluate(() => ((window as unknown as { left?: boolean }).left ? 'the page being left' : document.documentElement.dataset.ready ?? ''), undefined);
  await expect.poll(newReady, FIRST_PAINT).toBe('svg');
}

/** The legend's class colours (not "Not reported"), as "#rrggbb". */
async function legendColours(page: EnginePage): Promise<string[]> {
  const css = await page.evaluate(() => [...document.querySelectorAll('.legend .swatch:not(.swatch-nodata)')].map((el) => getComputedStyle(el).backgroundColor), undefined);
  return css.map(hexOfRgb);
}

interface MapPaint {
  legend: string[];
  /** Share of the map's screenshot (every 4th pixel) that each colour covers. */
  share(colour: string): number;
  /** Legend colours that cover less than MIN_CLASS_SHARE of the map. */
  faint: string[];
  /** Share that is neither sea, land nor a legend colour. */
  other: number;
}

/**
 * Waits until the map is painted in its legend's colours: every class shows, and little else. An
 * engine may take a moment to paint a new page (WebKit's screenshots are of the viewport as composited).
 */
async function paintedInLegendColours(page: EnginePage) {
  const verdict = async () => {
    const paint = await mapPaint(page);
    return { classes: paint.legend.length, faint: paint.faint, otherUnderLimit: paint.other < MAX_OTHER_SHARE };
  };
  await expect.poll(verdict, WAIT).toEqual({ classes: 5, faint: [], otherUnderLimit: true });
  return verdict();
}

/** What the map shows, from a screenshot, measured against its legend. */
async function mapPaint(page: EnginePage): Promise<MapPaint> {
  const legend = await legendColours(page);
  // The legend and the names float over the map; the legend is read above, and the picture measured is the map alone.
  // WebKit's driver screenshots the last frame it composited: wait for two frames after a change.
  const overlays = (visibility: string) =>
    page.evaluate(async (value) => {
      document.querySelectorAll<HTMLElement>('#legend, .map-labels').forEach((el) => el.style.setProperty('visibility', value));
      await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    }, visibility);
  await overlays('hidden');
  const png = await page.screenshot('#map');
  await overlays('');
  const { counts } = await page.evaluate(readPngInPage, { b64: png.toString('base64'), step: 4 });
  const byColour = new Map(counts);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const share = (colour: string) => (byColour.get(colour) ?? 0) / total;
  const explained = [...SEA_AND_LAND, ...legend].reduce((sum, colour) => sum + share(colour), 0);
  return { legend, share, faint: legend.filter((colour) => share(colour) < MIN_CLASS_SHARE), other: 1 - explained };
}

for (const spec of enginesToRun()) {
  describe(`smoke in ${spec.name}`, () => {
    let engine: Engine;
    let page: EnginePage;
    beforeAll(async () => {
      started = performance.now();
      engine = await launchEngine(spec, VIEWPORT);
      page = engine.page;
      console.log(`${engine.version} started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
    // What each step costs in this engine, printed once it is done (the suite must keep CI short).
    let started = 0;
    const stepTimes: string[] = [];
    let stepStart = 0;
    beforeEach(() => void (stepStart = performance.now()));
    afterEach(({ task }) => void stepTimes.push(`${task.name.split(/[,:(]/)[0]!.slice(0, 28)} ${((performance.now() - stepStart) / 1000).toFixed(1)} s`));
    afterAll(async () => {
      await engine?.close();
      console.log(`smoke in ${spec.name}: ${((performance.now() - started) / 1000).toFixed(1)} s in all; ${stepTimes.join('; ')}`);
    });

    it('paints the default view in the legend colours', async () => {
      await openView(page, server.url());
      expect(await text(page, '.legend-title')).toBe('Backlog maintenance, 2015/16');
      expect(await page.evaluate(() => document.querySelectorAll('.svg-map path.area').length, undefined)).toBe(44);
      expect(await paintedInLegendColours(page)).toEqual({ classes: 5, faint: [], otherUnderLimit: true });
      writeFileSync(`tests/artifacts/smoke-${spec.name}.png`, await page.screenshot('#map'));
    });

    it('recolours the map when the Metric select changes', async () => {
      const before = await legendColours(page);
      await page.select('#metric-select', 'population');
      await expect.poll(() => href(page), WAIT).toContain('metric=population');
      await expect.poll(() => text(page, '.legend-title'), WAIT).toMatch(/^Population/);
      await expect.poll(async () => (await mapPaint(page)).faint, WAIT).toEqual([]);
      const paint = await mapPaint(page);
      expect(paint.legend.filter((colour) => before.includes(colour))).toEqual([]);
      expect(before.filter((colour) => paint.share(colour) >= MIN_CLASS_SHARE)).toEqual([]);
      expect(paint.other).toBeLessThan(MAX_OTHER_SHARE);
    });

    it('opens a CCG from its link and names it in the panel', async () => {
      await openView(page, server.url('?level=ccg&metric=population&area=E38000177'));
      await expect.poll(() => text(page, '#panel .panel-title'), WAIT).toBe('Surrey Downs CCG');
      expect(await page.evaluate(() => document.querySelectorAll('.svg-map path.area').length, undefined)).toBe(209);
    });

    it('finds "leeds" by search and selects it with the pointer', async () => {
      await page.type('#area-search', 'leeds');
      await expect.poll(() => text(page, '#area-search-option-0 .search-name'), WAIT).toContain('Leeds');
      const name = await text(page, '#area-search-option-0 .search-name');
      const code = (await text(page, '#area-search-option-0 .search-code'))!.trim().split(' ')[0];
      await page.click('#area-search-option-0');
      await expect.poll(() => text(page, '#panel .panel-title'), WAIT).toBe(name);
      await expect.poll(() => area(page), WAIT).toBe(code);
    });

    it('moves between areas and selects one with the keyboard alone', async () => {
      await page.press('#map', 'Escape');
      await expect.poll(() => text(page, '#panel .panel-title'), WAIT).toBe('England');
      await expect.poll(() => area(page), WAIT).toBeNull();
      await page.press('#map', 'Home', 'ArrowRight');
      await expect.poll(() => text(page, '#announcer'), WAIT).toMatch(/^[^,]+, .*Press Enter to select\.$/);
      const announced = await text(page, '#announcer');
      await page.press('#map', 'Enter');
      await expect.poll(() => text(page, '#panel .panel-title'), WAIT).toBe(announced!.split(',')[0]);
      await expect.poll(() => area(page), WAIT).toMatch(/^E38\d{6}$/);
    });

    it('downloads the CSV of the 209 CCGs shown', async () => {
      const { fileName, text: csv } = await page.download('[data-share="csv"]');
      expect(fileName).toBe('stp-atlas-ccg-population-mid-2015.csv');
      expect(csv.split('\r\n')[0]).toBe('code,name,parent_code,parent_name,metric,period,value,unit,rank,source,note');
      const rows = csvParse(csv);
      expect(rows).toHaveLength(209);
      expect(new Set(rows.map((row) => row.code)).size).toBe(209);
      expect(rows.find((row) => row.code === 'E38000177')?.name).toBe('NHS Surrey Downs CCG');
    });

    it('shows the 209 CCGs as hexagons in the legend colours, each STP\'s group tagged (shape=hex)', async () => {
      await openView(page, server.url('?shape=hex&level=ccg&metric=population'));
      // The hexagons' layout is fetched when first shown: 209 six-cornered paths once it is drawn.
      const hexagons = () => page.evaluate(() => [...document.querySelectorAll('.svg-map path.area')].filter((p) => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length === 6).length, undefined);
      await expect.poll(hexagons, WAIT).toBe(209);
      expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type=radio][value=hex]')?.checked, undefined)).toBe(true);
      expect(new URL(await href(page)).searchParams.get('shape')).toBe('hex');
      writeFileSync(`tests/artifacts/smoke-hex-${spec.name}.png`, await page.screenshot('#map'));
      const tagged = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.map-label.is-group')].map((tag) => tag.dataset.code).sort(), undefined);
      await expect.poll(tagged, WAIT).toEqual([...new Set(STP_OF_HEXAGON.values())].sort());
      expect(await paintedInLegendColours(page)).toEqual({ classes: 5, faint: [], otherUnderLimit: true });
    });

    it('plays backlog 2014/15 → 2016/17 with Play and stops at the last period, the link agreeing', async () => {
      await openView(page, server.url('?metric=backlog&period=2014-15'));
      expect(await text(page, '.legend-title')).toBe('Backlog maintenance, 2014/15');
      const classShares = async () => {
        const paint = await mapPaint(page);
        return paint.legend.map((colour) => paint.share(colour).toFixed(3)).join(' ');
      };
      const first = await classShares();
      await page.click('.timeline-play');
      // One period a second: the middle one shows on the way, then Play stops at the last.
      await expect.poll(() => text(page, '.legend-title'), WAIT).toBe('Backlog maintenance, 2015/16');
      await expect.poll(() => text(page, '.legend-title'), WAIT).toBe('Backlog maintenance, 2016/17');
      await expect.poll(() => text(page, '.timeline-play'), WAIT).toBe('Play');
      await expect.poll(async () => new URL(await href(page)).searchParams.get('period'), WAIT).toBe('2016-17');
      expect(await page.evaluate(() => [document.querySelector('#period-slider')?.getAttribute('aria-valuetext'), document.querySelector<HTMLSelectElement>('#period-select')?.value], undefined)).toEqual(['2016/17', '2016-17']);
      // The same classes over all periods: the areas changed colour, not the legend.
      expect(await classShares()).not.toBe(first);
    });

    it('reloads with the network gone: the service worker serves the page and the map paints', async () => {
      // The worker installed on the first visit (precaching every file); pages opened since are its.
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker?.ready.then((r) => r.active?.state), undefined), FIRST_PAINT).toBe('activated');
      await page.goto(server.url());
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null, undefined)).toBe(true);
      server.setOffline(true);
      try {
        // Reload: the same default view, as the first step saw it.
        await openView(page, server.url());
        expect(await page.evaluate(() => document.querySelectorAll('.svg-map path.area').length, undefined)).toBe(44);
        expect(await text(page, '.legend-title')).toBe('Backlog maintenance, 2015/16');
        writeFileSync(`tests/artifacts/smoke-offline-${spec.name}.png`, await page.screenshot('#map'));
        expect(await paintedInLegendColours(page)).toEqual({ classes: 5, faint: [], otherUnderLimit: true });
        // The server answered nothing: this page came from the worker's cache.
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null, undefined)).toBe(true);
      } finally {
        server.setOffline(false);
      }
    });

    it('logged no error and fetched nothing outside its origin', async () => {
      expect(await page.errors()).toEqual([]);
      const foreign = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => !url.startsWith(location.origin)), undefined);
      expect(foreign).toEqual([]);
    });

    it('would have seen an error: one the page throws shows in the errors checked above', async () => {
      await page.evaluate(() => void setTimeout(() => { throw new Error('smoke probe'); }), undefined);
      await expect.poll(async () => (await page.errors()).join('\n'), WAIT).toContain('smoke probe');
    });
  });
}
