import { describe, expect, it } from 'vitest';
import { summarizeLighthouse, type LighthouseScores } from './lighthouse';
import { formatCompare, formatTable, type Results } from './table';

const run = (performance: number, lcp: number, tbt = 0): LighthouseScores => ({ performance, accessibility: 1, bestPractices: 1, fcp: 1200, lcp, tbt, cls: 0, si: 2000, lcpElement: 'p#map-source', failing: [] });
const results = (): Results => ({
  date: '2026-12-01',
  runs: 5,
  rows: [],
  lighthouse: {
    'app (desktop)': summarizeLighthouse([run(1, 600)]),
    'reference (desktop)': summarizeLighthouse([run(1, 500)]),
    'app (mobile)': summarizeLighthouse([run(0.97, 1840, 60), run(0.88, 2100, 400), run(0.99, 1800, 20)]),
    'reference (mobile)': summarizeLighthouse([run(0.93, 2600), run(0.93, 2600), run(0.93, 2600)]),
  },
  load: { cores: 2, before: 7.5, after: 9.25 },
});

describe('formatTable', () => {
  it('prints each page and form factor with the median and range of every Lighthouse figure, the LCP element, the load and the mobile goal', () => {
    const table = formatTable(results());
    expect(table).toContain('Lighthouse, median (min–max) of 3 runs');
    expect(table).toMatch(/^app \(mobile\)\s+0\.97 \(0\.88–0\.99\)\s+1200\s+1840 \(1800–2100\)\s+60 \(20–400\)\s+0\.000\s+2000\s+1\.00\s+1\.00$/m);
    expect(table).toMatch(/^reference \(mobile\)\s+0\.93\s+1200\s+2600\s/m);
    expect(table).toMatch(/^app \(desktop\)\s+1\.00\s/m);
    expect(table).toContain('largest contentful paint, app (mobile): p#map-source');
    expect(table).toContain('machine: 2 cores, 1-minute load average 7.5 before the Lighthouse runs and 9.3 after');
    expect(table).toContain('on mobile (slow 4G, 4x CPU): performance >= 0.95 and LCP < 2000 ms');
  });
});

describe('summarizeLighthouse', () => {
  it('names each audit below 0.9 once, with how many runs it failed in and its values', () => {
    const failing = (value: string) => ({ ...run(0.8, 2000), failing: [{ audit: 'performance/total-blocking-time', value }] });
    const summary = summarizeLighthouse([failing('630 ms'), run(0.99, 1800), failing('1,090 ms')]);
    expect(summary.failing).toEqual(['performance/total-blocking-time: in 2 of 3 runs (630 ms, 1,090 ms)']);
    expect(summary.performance).toEqual({ median: 0.8, min: 0.8, max: 0.99, n: 3 });
  });
});

describe('formatCompare', () => {
  it('compares Lighthouse medians, also with a saved file from when each page ran once (plain numbers)', () => {
    const before = { ...results(), lighthouse: { 'app (mobile)': { performance: 0.8, lcp: 2200 } } } as unknown as Results;
    const text = formatCompare(before, results());
    expect(text).toMatch(/Lighthouse app \(mobile\) performance \(median\)\s+0\.800\s+0\.970\s+0\.170/);
    expect(text).toMatch(/Lighthouse app \(mobile\) lcp \(median\)\s+2200\.000\s+1840\.000\s+-360\.000/);
  });
});
