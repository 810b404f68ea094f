import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap, waitForMapLibre, type WatchedPage } from '../support/browser';
import { useAtlas } from '../support/fixture';
import { serveStatic } from '../support/server';

const atlas = useAtlas();

const DEFAULT_SEARCH = '?level=stp&metric=backlog&period=2015-16&classify=quantile';
const PARAMS = ['level', 'metric', 'period', 'per', 'classify', 'area', 'view', 'compare', 'events', 'asof', 'embed', 'search'];
const PAYLOAD = '"><img src=x onerror=alert(1)><script>alert(1)</script><svg onload=alert(2)>';

/** Opens a page that counts dialogs (an alert() that ran) and records CSP violations. */
async function hostilePage(origin = atlas.server.origin): Promise<WatchedPage & { dialogs: string[]; violations: () => Promise<string[]> }> {
  const watched = await openPage(atlas.browser, origin);
  const dialogs: string[] = [];
  watched.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await watched.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations = () => watched.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return { ...watched, dialogs, violations };
}

const notices = (page: Page) => page.locator('#notices').textContent().then((t) => t ?? '');

describe('hostile links', () => {
  it('markup and script in every parameter: defaults, no markup in the page, nothing runs', async () => {
    const { page, context, dialogs, errors, foreignRequests, violations } = await hostilePage();
    const search = PARAMS.map((p) => `${p}=${encodeURIComponent(PAYLOAD)}`).join('&');
    await page.goto(atlas.server.url(`?${search}`));
    expect(await waitForMap(page)).toBe('svg');
    // The page keeps the latest three notices; each is plain text and quotes nothing from the link.
    await expect.poll(() => page.locator('#notices .notice').count()).toBeGreaterThan(0);
    const text = await notices(page);
    expect(text).not.toContain('<');
    expect(text).not.toContain('alert(');
    expect(text).not.toContain('onerror');
    const html = await page.content();
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<svg onload');
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    // events= with only unknown categories turns the overlay on with every category (src/state/url.ts).
    expect(new URL(page.url()).search.replace('&events=all', '')).toBe(DEFAULT_SEARCH);
    expect(await page.locator('.svg-map path.area').count()).toBe(44);
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('unknown level, metric, classification and area fall back with a polite message each', async () => {
    const { page, context, errors } = await hostilePage();
    const cases: [string, string][] = [
      ['?level=lsoa', 'Unknown level "lsoa" — showing STPs'],
      ['?metric=gdp', 'Unknown metric "gdp" — showing backlog maintenance'],
      ['?classify=kmeans', 'Unknown classification "kmeans" — showing quantiles'],
      ['?area=E54999999', 'Unknown area code "E54999999" — showing England'],
    ];
    for (const [search, message] of cases) {
      await page.goto(atlas.server.url(search));
      expect(await waitForMap(page)).toBe('svg');
      await expect.poll(() => notices(page)).toContain(message);
      expect(new URL(page.url()).search).toBe(DEFAULT_SEARCH);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('very long values are ignored without being quoted back', async () => {
    const { page, context, errors } = await hostilePage();
    // Node's HTTP server caps request headers at 16 KB, so the whole link stays under that.
    const long = 'x'.repeat(5000);
    await page.goto(atlas.server.url(`?metric=${long}&area=E${'5'.repeat(4000)}&view=${'1/'.repeat(2000)}`));
    expect(await waitForMap(page)).toBe('svg');
    await expect.poll(() => notices(page)).toContain("The link's metric was too long and was ignored");
    expect((await notices(page)).length).toBeLessThan(2000);
    expect(new URL(page.url()).search).toBe(DEFAULT_SEARCH);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('repeated parameters: the first one wins, consistently', async () => {
    const { page, context, errors } = await hostilePage();
    await page.goto(atlas.server.url('?level=ccg&level=stp&metric=population&metric=backlog&level=<b>'));
    await waitForMap(page);
    await expect.poll(() => page.locator('.svg-map path.area').count()).toBe(209);
    expect(page.url()).toContain('level=ccg');
    expect(page.url()).toContain('metric=population');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('compare= with 100 codes keeps at most three known areas and says so', async () => {
    const { page, context, errors } = await hostilePage();
    const codes = Array.from({ length: 100 }, (_, i) => `E54${String(i + 1).padStart(6, '0')}`);
    await page.goto(atlas.server.url(`?compare=${codes.join(',')}`));
    expect(await waitForMap(page)).toBe('svg');
    await expect.poll(() => notices(page)).toContain('At most 3 areas can be compared');
    expect(await notices(page)).toMatch(/\d+ unknown area codes left out of the comparison/);
    const kept = new URL(page.url()).searchParams.get('compare')?.split(',') ?? [];
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asof out of range or malformed shows all events with a message', async () => {
    const { page, context, errors } = await hostilePage();
    await page.goto(atlas.server.url('?asof=2030-01'));
    await waitForMap(page);
    await expect.poll(() => notices(page)).toContain('The date "2030-01" is outside 2015-01 to 2026-04 — showing all events');
    expect(new URL(page.url()).searchParams.has('asof')).toBe(false);
    await page.goto(atlas.server.url(`?asof=${encodeURIComponent('2016-13<i>')}`));
    await waitForMap(page);
    await expect.poll(() => notices(page)).toContain('is outside 2015-01 to 2026-04');
    expect(await notices(page)).not.toContain('<i>');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hostile data files', () => {
  const topology = readFileSync('dist/geo/atlas.topo.json', 'utf8');

  const cases: { name: string; override: Record<string, string>; alert: string }[] = [
    { name: 'a truncated topology', override: { 'geo/atlas.topo.json': topology.slice(0, Math.floor(topology.length / 2)) }, alert: 'atlas.topo.json: is not valid JSON' },
    {
      name: 'a topology with wrong object names',
      override: { 'geo/atlas.topo.json': topology.replace('"stp":{"type":"GeometryCollection"', '"stps":{"type":"GeometryCollection"') },
      alert: 'atlas.topo.json: has no "stp" object',
    },
    { name: 'a missing metrics file', override: { 'data/metrics.json': '' }, alert: 'metrics.json: is not valid JSON' },
  ];

  it('the wrong-object-names case really renames an object', () => {
    expect(cases[1]!.override['geo/atlas.topo.json']).not.toBe(topology);
  });

  for (const { name, override, alert } of cases) {
    it(`${name} → an in-page alert naming what failed, and no crash`, async () => {
      const broken = await serveStatic({ override });
      try {
        const { page, context, errors, dialogs, foreignRequests } = await hostilePage(broken.origin);
        await page.goto(broken.url());
        expect(await waitForMap(page)).toBe('error');
        const message = await page.getByRole('alert').textContent();
        expect(message).toContain(alert);
        expect(message).toContain('The map could not be drawn');
        expect(message).toContain("The data file on this server is damaged; please tell the site's owner.");
        // The header's buttons say they cannot act rather than sit there doing nothing.
        expect(await page.getByRole('button', { name: 'Download PNG' }).isDisabled()).toBe(true);
        expect(await page.locator('script:not([src])').count()).toBe(0);
        // The rest of the page is still there and readable.
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('STP Atlas');
        expect(await page.locator('#map-source').isVisible()).toBe(true);
        expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await context.close();
      } finally {
        await broken.close();
      }
    });
  }
});

type MetricsJson = { values: Record<string, Record<string, Record<string, Record<string, unknown>>>> };
/** The built metrics file with one change. */
function damagedMetrics(change: (m: MetricsJson) => void): string {
  const json = JSON.parse(readFileSync('dist/data/metrics.json', 'utf8')) as MetricsJson;
  change(json);
  return JSON.stringify(json);
}

describe('one damaged metric', () => {
  const cases = [
    { name: 'a non-numeric value in the metric on screen', change: (m: MetricsJson) => { m.values.backlog!.stp!['2015-16']!.E54000007 = '141.7<script>'; }, key: 'backlog', label: 'Backlog maintenance' },
    { name: 'an unknown code in a metric not on screen', change: (m: MetricsJson) => { m.values.deficit_loans!.stp!['2016-17']!.E54999999 = 1; }, key: 'deficit_loans', label: 'Emergency loans drawn to cover deficits' },
  ];
  for (const { name, change, key, label } of cases) {
    it(`${name} → that metric left out with a notice naming it, the atlas working`, async () => {
      const broken = await serveStatic({ override: { 'data/metrics.json': damagedMetrics(change) } });
      try {
        const { page, context, errors, dialogs } = await hostilePage(broken.origin);
        await page.goto(broken.url());
        expect(await waitForMap(page)).toBe('svg');
        const metric = page.getByLabel('Metric');
        const values = await metric.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        expect(values).not.toContain(key);
        expect(values.length).toBeGreaterThan(5);
        await expect.poll(() => notices(page)).toContain(`${label} is left out of the Metric list: the data on this server is damaged`);
        expect(await notices(page)).not.toMatch(/[<>]/);
        expect(await page.locator('#map g.areas path').count()).toBe(44);
        expect(await metric.inputValue()).not.toBe(key);
        expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
        expect(dialogs).toEqual([]);
        await context.close();
      } finally {
        await broken.close();
      }
    });
  }
});

describe('Content-Security-Policy', () => {
  it('index.html carries the policy, and it is enforced (an injected inline script is blocked)', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
    const { page, context, violations } = await hostilePage();
    await page.goto(atlas.server.url());
    await waitForMap(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((ok) => setTimeout(ok, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
    await context.close();
  });

  it('the app loads, hands over to MapLibre (blob: worker) and is used with no CSP violation', async () => {
    const { page, context, errors, foreignRequests, violations } = await hostilePage();
    await page.goto(atlas.server.url());
    expect(await waitForMap(page)).toBe('svg');
    await waitForMapLibre(page);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -300);
    await page.getByLabel('Metric').selectOption('deficit_loans');
    await page.getByRole('radio', { name: 'CCG' }).check();
    await expect.poll(() => page.url()).toContain('level=ccg');
    await page.locator('#map').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/area=E38\d{6}/);
    await page.waitForTimeout(300);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
