import { describe, expect, it } from 'vitest';
import type { MetricDef } from '../data/types';
import { compareRows, pinArea, unpinArea, type MetricView } from './compare';
import { testCatalog } from '../state/test-catalog';

describe('pinArea and unpinArea', () => {
  it('adds at the end, once, up to the maximum', () => {
    expect(pinArea([], 'A', 3)).toEqual(['A']);
    expect(pinArea(['A'], 'A', 3)).toEqual(['A']);
    expect(pinArea(['A', 'B', 'C'], 'D', 3)).toEqual(['A', 'B', 'C']);
    expect(pinArea(['A', 'B'], 'C', 3)).toEqual(['A', 'B', 'C']);
  });
  it('removes a pin and keeps the others in order', () => {
    expect(unpinArea(['A', 'B', 'C'], 'B')).toEqual(['A', 'C']);
    expect(unpinArea(['A'], 'Z')).toEqual(['A']);
  });
});

describe('compareRows', () => {
  const defs = [...testCatalog.defs.values()];
  const view = (def: MetricDef): MetricView => ({
    values: new Map([['E54000007', def.key === 'backlog' ? 100 : null], ['E38000177', 5]]),
    ranks: new Map([['E54000007', def.key === 'backlog' ? 2 : null], ['E38000177', 1]]),
    ranked: def.key === 'backlog' ? 44 : 209,
    format: (v) => (v === null ? 'Not reported' : `£${v}m`),
  });
  const rows = compareRows(defs, [{ code: 'E54000007', level: 'stp' }, { code: 'E38000177', level: 'ccg' }], (d) => d.defaultPeriod, view);
  it('has one row per metric with its period', () => {
    expect(rows.map((r) => r.def.key)).toEqual(['backlog', 'interim_spend', 'population']);
    expect(rows[0]!.periodLabel).toBe('2015/16');
  });
  it('gives value and rank among the area’s own level', () => {
    expect(rows[0]!.cells[0]).toEqual({ value: '£100m', note: '', rank: '2nd of 44 STPs', missing: false });
    expect(rows[2]!.cells[1]).toEqual({ value: '£5m', note: '', rank: '1st of 209 CCGs', missing: false });
  });
  it('says when a metric is not mapped at a level, and when a value is not reported', () => {
    expect(rows[0]!.cells[1]).toEqual({ value: '—', note: 'not mapped for CCGs', rank: '', missing: true });
    expect(rows[2]!.cells[0]).toEqual({ value: 'Not reported', note: '', rank: '', missing: true });
  });
});
