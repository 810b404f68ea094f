import { describe, expect, it } from 'vitest';
import { formatTable, type Results } from './table';

const scores = (performance: number, lcp: number) => ({ performance, accessibility: 1, bestPractices: 1, lcp, tbt: 0, cls: 0, failing: [] });

describe('formatTable', () => {
  it('prints a Lighthouse row for the app and the reference on desktop and on mobile, with the mobile goal', () => {
    const results: Results = {
      date: '2026-12-01',
      runs: 5,
      rows: [],
      lighthouse: { 'app (desktop)': scores(1, 600), 'reference (desktop)': scores(1, 500), 'app (mobile)': scores(0.97, 1840), 'reference (mobile)': scores(0.93, 2600) },
    };
    const table = formatTable(results);
    expect(table).toMatch(/^app \(mobile\)\s+0\.97\s+1\.00\s+1\.00\s+1840\s+0\s+0\.000$/m);
    expect(table).toMatch(/^reference \(mobile\)\s+0\.93/m);
    expect(table).toMatch(/^app \(desktop\)\s+1\.00/m);
    expect(table).toContain('on mobile (slow 4G, 4x CPU): performance >= 0.95 and LCP < 2000 ms');
  });
});
