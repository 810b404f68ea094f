import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measurePayload, sum } from '../support/payload';

// Byte budgets from the brief, in kB of 1,000 bytes, gzipped at zlib's default level. Deterministic,
// unlike timings, so they guard every build. Needs dist/ (npm test builds before the browser project).
const KB = 1000;
const FIRST_LOAD_BUDGET = 400 * KB;
const TOPOLOGY_BUDGET = 120 * KB;

describe('byte budgets of the production build', () => {
  it('has a build to measure', () => {
    expect(existsSync('dist/index.html'), 'run "npm run build" first').toBe(true);
  });

  it('references its JS and CSS from index.html and lazy-loads MapLibre', () => {
    const { firstLoad, lazy } = measurePayload();
    expect(Object.keys(firstLoad).some((f) => f.endsWith('.js'))).toBe(true);
    expect(Object.keys(firstLoad).some((f) => f.endsWith('.css'))).toBe(true);
    expect(Object.keys(firstLoad).some((f) => f.includes('maplibre'))).toBe(false);
    expect(Object.keys(lazy).some((f) => /maplibre.*\.js$/.test(f))).toBe(true);
  });

  it('counts the favicon and the web manifest index.html links, as every first visit fetches them', () => {
    const { firstLoad } = measurePayload();
    expect(Object.keys(firstLoad)).toEqual(expect.arrayContaining(['icons/icon-32.png', 'manifest.webmanifest']));
    expect(firstLoad['manifest.webmanifest']).toBeGreaterThan(100);
  });

  it(`first load (HTML, JS, CSS, favicon, manifest, geometry, metrics) is at most ${FIRST_LOAD_BUDGET / KB} kB gzipped without MapLibre`, () => {
    const { firstLoad } = measurePayload();
    expect(sum(firstLoad), JSON.stringify(firstLoad)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it(`first load plus the lazy MapLibre chunk and its CSS is at most ${FIRST_LOAD_BUDGET / KB} kB gzipped`, () => {
    const { firstLoad, lazy } = measurePayload();
    expect(sum(firstLoad) + sum(lazy), JSON.stringify({ ...firstLoad, ...lazy })).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it(`the topology (both levels) is at most ${TOPOLOGY_BUDGET / KB} kB gzipped`, () => {
    const { firstLoad } = measurePayload();
    expect(firstLoad['geo/atlas.topo.json']).toBeLessThanOrEqual(TOPOLOGY_BUDGET);
  });
});
