import { describe, expect, it } from 'vitest';
import type { Atlas } from '../data/atlas';
import type { MetricDef } from '../data/types';
import type { Geography } from '../geography/geography';
import { computeChoropleth } from './choropleth';

const def: MetricDef = {
  key: 'backlog',
  label: 'Backlog maintenance',
  definition: '',
  kind: 'numeric',
  unit: 'gbp_m',
  levels: ['stp'],
  periods: ['2015-16'],
  periodLabels: { '2015-16': '2015/16' },
  defaultPeriod: '2015-16',
  perHead: true,
  sources: [],
  notes: [],
};
const population: MetricDef = { ...def, key: 'population', unit: 'people', periods: ['mid-2015'], periodLabels: {}, defaultPeriod: 'mid-2015', perHead: false };
const codes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const backlog = [10, 20, 30, 40, 50, 60, 1000, null];

function atlasWith(): Atlas {
  return {
    defs: new Map([['backlog', def], ['population', population]]),
    metrics: {
      values: {
        backlog: { stp: { '2015-16': Object.fromEntries(codes.map((c, i) => [c, backlog[i]])) } },
        population: { stp: { 'mid-2015': Object.fromEntries(codes.map((c) => [c, 1_000_000])) } },
      },
    },
  } as unknown as Atlas;
}

const geography = { level: 'stp' as const, areas: codes.map((code) => ({ code })) } as unknown as Geography;

describe('computeChoropleth', () => {
  const spec = { level: 'stp', metric: 'backlog', period: '2015-16', perHead: false, classify: 'jenks' } as const;

  it('labels each class by the values it holds and names the missing ones', () => {
    const c = computeChoropleth(atlasWith(), geography, spec);
    const labels = c.legend.map((l) => l.label);
    expect(labels.at(-2)).toBe('£1,000.0m');
    expect(labels.at(-1)).toBe('Not reported');
    expect(c.legend.at(-1)).toMatchObject({ kind: 'nodata', count: 1 });
    expect(c.legend.filter((l) => l.kind === 'class').reduce((n, l) => n + l.count, 0)).toBe(7);
    expect(c.title).toBe('Backlog maintenance, 2015/16');
  });

  it('ranks largest first and leaves the missing area unranked', () => {
    const c = computeChoropleth(atlasWith(), geography, spec);
    expect(c.ranks.get('G')).toBe(1);
    expect(c.ranks.get('H')).toBeNull();
    expect(c.ranked).toBe(7);
  });

  it('divides money by residents for the per-head view', () => {
    const c = computeChoropleth(atlasWith(), geography, { ...spec, perHead: true });
    expect(c.values.get('A')).toBe(10);
    expect(c.format(c.values.get('G')!)).toBe('£1,000');
    expect(c.unit).toBe('£ per resident');
    expect(c.title).toBe('Backlog maintenance per resident, 2015/16');
  });
});
