import { describe, expect, it } from 'vitest';
import type { Atlas } from '../data/atlas';
import type { MetricDef } from '../data/types';
import type { Geography } from '../geography/geography';
import { computeChoropleth, legendSubtitle, loadedSeries, periodLoaded, periodSeries } from './choropleth';

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

describe('classes over all periods', () => {
  const years: MetricDef = { ...def, periods: ['2014-15', '2015-16', '2016-17'], periodLabels: { '2014-15': '2014/15', '2015-16': '2015/16', '2016-17': '2016/17' } };
  const early = [10, 20, 30, 40, 50, 60, 70, null];
  const late = [70, 80, 90, 100, 110, 120, 130, 140];
  const atlas = {
    defs: new Map([['backlog', years], ['population', population]]),
    metrics: {
      values: {
        backlog: { stp: { '2014-15': Object.fromEntries(codes.map((c, i) => [c, early[i]])), '2015-16': {}, '2016-17': Object.fromEntries(codes.map((c, i) => [c, late[i]])) } },
        population: { stp: { 'mid-2015': Object.fromEntries(codes.map((c) => [c, 1_000_000])) } },
      },
    },
  } as unknown as Atlas;
  const spec = { level: 'stp', metric: 'backlog', period: '2014-15', perHead: false, classify: 'quantile' } as const;

  it('gives the same value the same colour in every period', () => {
    const a = computeChoropleth(atlas, geography, spec);
    const b = computeChoropleth(atlas, geography, { ...spec, period: '2016-17' });
    expect(a.values.get('G')).toBe(70);
    expect(b.values.get('A')).toBe(70);
    expect(a.colours.get('G')).toBe(b.colours.get('A'));
    // Per-period classes would give the top value of each year the darkest colour; shared ones do not.
    expect(a.colours.get('G')).not.toBe(b.colours.get('H'));
    expect(a.classPeriods).toBe('2014/15–2016/17');
    expect(legendSubtitle(a, spec)).toBe('£ million, quantiles, classes over 2014/15–2016/17 · STPs');
  });

  it('labels classes by their range over all periods and counts the current period', () => {
    const a = computeChoropleth(atlas, geography, spec);
    const classes = a.legend.filter((l) => l.kind === 'class');
    expect(classes[0]!.label).toBe('£10.0m – £30.0m');
    expect(classes.at(-1)!.label).toMatch(/£140\.0m$/);
    expect(classes.reduce((n, l) => n + l.count, 0)).toBe(7);
  });

  it('keeps years and months in separate series', () => {
    const ae = { periods: ['2016-17', '2017-18', '2016-04', '2016-05'], summaryPeriods: ['2016-17', '2017-18'], lazyPeriods: ['2016-04', '2016-05'] };
    expect(periodSeries(ae, '2017-18')).toEqual(['2016-17', '2017-18']);
    expect(periodSeries(ae, '2016-05')).toEqual(['2016-04', '2016-05']);
    expect(periodSeries(years, '2015-16')).toEqual(years.periods);
  });

  it('lists only the periods of a series whose values have arrived', () => {
    const ae = { key: 'ae_4h', periods: ['2016-17', '2016-04', '2016-05'], summaryPeriods: ['2016-17'], lazyPeriods: ['2016-04', '2016-05'] };
    const partly = { defs: new Map([['ae_4h', ae]]), metrics: { values: { ae_4h: { stp: { '2016-17': { A: 90 }, '2016-04': { A: 91 } } } } } } as unknown as Atlas;
    expect(periodLoaded(partly, 'ae_4h', 'stp', '2016-05')).toBe(false);
    expect(loadedSeries(partly, 'ae_4h', 'stp', '2016-04')).toEqual(['2016-04']);
    expect(loadedSeries(partly, 'ae_4h', 'ccg', '2016-04')).toEqual([]);
  });
});
