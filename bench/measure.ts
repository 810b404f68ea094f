import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { summarize } from './stats';

export type ByteType = 'HTML' | 'JS' | 'CSS' | 'geometry' | 'metrics' | 'other';

export function byteType(url: string): ByteType {
  const path = new URL(url).pathname;
  if (path.endsWith('/') || path.endsWith('.html')) return 'HTML';
  if (path.endsWith('.js')) return 'JS';
  if (path.endsWith('.css')) return 'CSS';
  if (path.endsWith('.topo.json') || path.endsWith('.geojson')) return 'geometry';
  if (path.endsWith('metrics.json')) return 'metrics';
  return 'other';
}

/** Records every response the page receives and sizes each body gzipped (zlib default level). */
export function recordBytes(page: Page): { bytes: (only?: RegExp) => Promise<Record<ByteType, number>> } {
  const pending: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('http')) return;
    pending.push(response.body().then((body) => [url, gzipSync(body).length] as [string, number], () => [url, 0] as [string, number]));
  });
  return {
    /** Gzipped bytes by type, of every response so far or of those whose URL matches `only`. */
    async bytes(only?: RegExp) {
      const totals: Record<ByteType, number> = { HTML: 0, JS: 0, CSS: 0, geometry: 0, metrics: 0, other: 0 };
      for (const [url, size] of await Promise.all(pending)) if (!only || only.test(url)) totals[byteType(url)] += size;
      return totals;
    },
  };
}

const markTime = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? NaN, name);

async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Median over `times` of an in-page action: synchronous handler time, and time to the next animation frame. */
async function inPageTimings(page: Page, action: 'hover' | 'metric' | 'period' | 'nothing', times: number): Promise<{ sync: number; frame: number }> {
  const result = await page.evaluate(
    async ({ action, times }) => {
      const sync: number[] = [];
      const frame: number[] = [];
      const paths = [...document.querySelectorAll<SVGPathElement>('.svg-map path.area')];
      const select = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Metric')?.control as HTMLSelectElement | undefined
        ?? document.querySelector<HTMLSelectElement>('select');
      const slider = document.querySelector<HTMLInputElement>('#period-slider');
      const metrics = ['backlog', 'deficit_loans', 'backlog_high_risk', 'pathfinder'].filter((m) => [...(select?.options ?? [])].some((o) => o.value === m));
      for (let i = 0; i < times; i++) {
        await new Promise((ok) => setTimeout(ok, 5));
        const t0 = performance.now();
        if (action === 'hover') {
          const path = paths[(i * 7) % paths.length]!;
          const box = path.getBoundingClientRect();
          path.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerType: 'mouse' }));
        } else if (action === 'period' && slider) {
          slider.value = String((i + 1) % (Number(slider.max) + 1));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (action === 'metric' && select) {
          select.value = metrics[(i + 1) % metrics.length]!;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const t1 = performance.now();
        await new Promise((ok) => requestAnimationFrame(() => ok(null)));
        const t2 = performance.now();
        sync.push(t1 - t0);
        frame.push(t2 - t0);
      }
      return { sync, frame };
    },
    { action, times },
  );
  // (No named functions inside page.evaluate: tsx's keep-names helper does not exist in the page.)
  return { sync: summarize(result.sync).median, frame: summarize(result.frame).median };
}

export interface DownloadTime {
  /** From the click event to the file handed to the browser, measured in the page (includes the first click's chunk fetch). */
  inPage: number;
  /** From playwright's click call to its download event: adds the driver's actionability checks and the browser's download bookkeeping. */
  driver: number;
}

/** Clicks a button by its accessible name if the build has it and times it to the download. */
async function downloadTime(page: Page, name: string, measure: string): Promise<DownloadTime | null> {
  const button = page.getByRole('button', { name });
  if ((await button.count()) === 0) return null;
  const before = await page.evaluate((m) => performance.getEntriesByName(m).length, measure);
  const t0 = performance.now();
  const download = page.waitForEvent('download', { timeout: 20_000 });
  await button.first().click();
  await download;
  const driver = performance.now() - t0;
  await page.waitForFunction(({ m, n }) => performance.getEntriesByName(m).length > n, { m: measure, n: before });
  const inPage = await page.evaluate((m) => performance.getEntriesByName(m).at(-1)!.duration, measure);
  return { inPage, driver };
}

export interface AppRun {
  bytes: Record<ByteType, number>;
  firstChoropleth: number;
  heap: number;
  /** Time to the next animation frame when nothing happened: what the "to next frame" figures include anyway. */
  emptyFrame: number;
  /** Gzipped bytes fetched by the MapLibre handover (its chunk and CSS). */
  maplibreBytes: number;
  hoverSync: number;
  hoverFrame: number;
  metricSync: number;
  metricFrame: number;
  periodSync: number;
  periodFrame: number;
  maplibreReady: number;
  png: DownloadTime | null;
  csv: DownloadTime | null;
}

export async function measureApp(browser: Browser, url: string, samples: number): Promise<AppRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const recorder = recordBytes(page);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'svg', null, { timeout: 30_000 });
  const firstChoropleth = await markTime(page, 'atlas:first-choropleth');
  await page.waitForLoadState('networkidle');
  const bytes = await recorder.bytes();
  const heap = await heapBytes(page);
  const empty = await inPageTimings(page, 'nothing', samples);
  const hover = await inPageTimings(page, 'hover', samples);
  const period = await inPageTimings(page, 'period', samples);
  const metric = await inPageTimings(page, 'metric', samples);
  const before = await page.evaluate(() => performance.now());
  await page.hover('#map');
  await page.waitForFunction(() => document.documentElement.dataset.renderer === 'maplibre', null, { timeout: 60_000 });
  const maplibreReady = (await markTime(page, 'atlas:maplibre-ready')) - before;
  await page.waitForLoadState('networkidle');
  // Only MapLibre's chunk and CSS: the details prefetched at the first move are not part of the handover.
  const maplibreBytes = Object.values(await recorder.bytes(/\/maplibre-map-[^/]*\.(js|css)$/)).reduce((a, b) => a + b, 0);
  const png = await downloadTime(page, 'Download PNG', 'atlas:png-export');
  // The CSV figure is for all 209 CCGs.
  await page.getByRole('radio', { name: 'CCG' }).check();
  await page.waitForFunction(() => window.location.search.includes('level=ccg'));
  const csv = await downloadTime(page, 'Download CSV', 'atlas:csv-export');
  await context.close();
  return { bytes, firstChoropleth, heap, emptyFrame: empty.frame, maplibreBytes, hoverSync: hover.sync, hoverFrame: hover.frame, metricSync: metric.sync, metricFrame: metric.frame, periodSync: period.sync, periodFrame: period.frame, maplibreReady, png, csv };
}

export interface ReferenceRun {
  bytes: Record<ByteType, number>;
  firstChoropleth: number;
  heap: number;
}

export async function measureReference(browser: Browser, url: string): Promise<ReferenceRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const recorder = recordBytes(page);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'reference', null, { timeout: 60_000 });
  const firstChoropleth = await markTime(page, 'reference:first-choropleth');
  const bytes = await recorder.bytes();
  const heap = await heapBytes(page);
  await context.close();
  return { bytes, firstChoropleth, heap };
}

export { summarize };

/** A frame later than 1.5 × 16.7 ms: at least one display refresh missed. */
const LATE_FRAME_MS = 25;

export interface PlayRun {
  /** Late frames (LATE_FRAME_MS) while Play walks the 36 A&E months. */
  dropped: number;
  /** The same count over the same time with the page idle: the machine's baseline. */
  baseline: number;
  /** The same count for bench/play-floor.html stepping 36 times: a canvas of the map's size recoloured and the URL written, nothing else (SVG runs only). */
  floor: number | null;
  steps: number;
}

/**
 * Counts late animation frames while the timeline plays A&E's 36 months, and over as long idle. On
 * the SVG map (the first paint, before the reader reaches for the map) or on MapLibre, which takes
 * over at the first pointer over the map (and has the 2D map draw the steps over it while Play runs).
 */
export async function measurePlay(browser: Browser, url: string, renderer: 'svg' | 'maplibre' = 'svg'): Promise<PlayRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${url}?metric=ae_4h&period=2016-04`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'svg', null, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  if (renderer === 'maplibre') {
    await page.locator('#map').dispatchEvent('pointerenter');
    await page.waitForFunction(() => document.documentElement.dataset.renderer === 'maplibre', null, { timeout: 30_000 });
    await page.waitForTimeout(1000);
  }
  // (No named functions inside page.evaluate: tsx's keep-names helper does not exist in the page.)
  const result = await page.evaluate(async (lateMs) => {
    const button = document.querySelector<HTMLButtonElement>('.timeline-play')!;
    let steps = 0;
    new MutationObserver(() => steps++).observe(document.querySelector('.timeline-current')!, { childList: true, characterData: true, subtree: true });
    button.click();
    const t0 = performance.now();
    let last = t0;
    let dropped = 0;
    while (button.textContent !== 'Play' && performance.now() - t0 < 60_000) {
      const now = await new Promise<number>((ok) => requestAnimationFrame(ok));
      if (now - last > lateMs) dropped++;
      last = now;
    }
    const played = performance.now() - t0;
    const t1 = performance.now();
    last = t1;
    let baseline = 0;
    while (performance.now() - t1 < played) {
      const now = await new Promise<number>((ok) => requestAnimationFrame(ok));
      if (now - last > lateMs) baseline++;
      last = now;
    }
    return { dropped, baseline, steps };
  }, LATE_FRAME_MS);
  const map = await page.evaluate(() => ({ width: document.querySelector('#map')!.clientWidth, height: document.querySelector('#map')!.clientHeight }));
  await context.close();
  return { ...result, floor: renderer === 'svg' ? await measurePlayFloor(browser, url, map, result.steps) : null };
}

/** Late frames on a page that does only what a Play step must: recolour a map-sized canvas and write the URL, once a second. */
async function measurePlayFloor(browser: Browser, url: string, map: { width: number; height: number }, steps: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const floorUrl = new URL('play-floor.html', url).href;
  await page.route(floorUrl, (route) => route.fulfill({ contentType: 'text/html', body: readFileSync('bench/play-floor.html', 'utf8') }));
  await page.goto(floorUrl);
  await page.evaluate(({ width, height }) => (window as unknown as { setUp(w: number, h: number): void }).setUp(width, height), map);
  const dropped = await page.evaluate(async ([steps, lateMs]) => {
    const step = (window as unknown as { step(n: number): void }).step;
    let n = 0;
    const timer = setInterval(() => step(++n), 1000);
    let last = performance.now();
    let late = 0;
    while (n < steps) {
      const now = await new Promise<number>((ok) => requestAnimationFrame(ok));
      if (now - last > lateMs) late++;
      last = now;
    }
    clearInterval(timer);
    return late;
  }, [steps, LATE_FRAME_MS] as const);
  await context.close();
  return dropped;
}
