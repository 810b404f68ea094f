import { describe, expect, it } from 'vitest';
import type { Atlas } from '../data/atlas';
import type { MetricDef } from '../data/types';
import type { Geography } from '../geography/geography';
import { divergingColours } from './change';
import { computeChangeChoropleth } from './change-choropleth';
import { legendSubtitle } from './choropleth';

const def: MetricDef = {
  key: 'backlog', label: 'Backlog maintenance', definition: '', kind: 'numeric', unit: 'gbp_m', levels: ['stp'],
  periods: ['2014-15', '2016-17'], periodLabels: { '2014-15': '2014/15', '2016-17': '2016/17' }, defaultPeriod: '2016-17',
  perHead: false, direction: 'higher_is_worse', sources: [], notes: [],
};
const codes = ['A', 'B', 'C', 'D'];
const atlas = {
  defs: new Map([['backlog', def]]),
  metrics: { values: { backlog: { stp: { '2014-15': { A: 100, B: 50, C: null, D: 10 }, '2016-17': { A: 131, B: 40, C: 7, D: 10 } } } } },
} as unknown as Atlas;
const geography = { level: 'stp' as const, areas: codes.map((code) => ({ code })) } as unknown as Geography;
const spec = { level: 'stp', metric: 'backlog', period: '2016-17', change: '2014-15', perHead: false, classify: 'quantile' } as const;

describe('computeChangeChoropleth', () => {
  it('colours by change, ranks the largest rise first, and says which change it is', () => {
    const c = computeChangeChoropleth(atlas, geography, spec);
    expect(c.values.get('A')).toBeCloseTo(31);
    expect(c.format(c.values.get('B')!)).toBe('−20.0%');
    expect(c.ranks.get('A')).toBe(1);
    expect(c.title).toBe('Backlog maintenance, change from 2014/15 to 2016/17');
    expect(c.unit).toBe('% change');
    expect(legendSubtitle(c, spec)).toBe('% change, classes around no change · STPs');
  });
  it('leaves an area missing either period "Not reported", never zero', () => {
    const c = computeChangeChoropleth(atlas, geography, spec);
    expect(c.values.get('C')).toBeNull();
    expect(c.format(null)).toBe('Not reported');
    expect(c.legend.at(-1)).toMatchObject({ kind: 'nodata', count: 1 });
    expect(c.values.get('D')).toBe(0);
  });
  it('gives red to a rise of a higher-is-worse metric and England the change of the totals', () => {
    const c = computeChangeChoropleth(atlas, geography, spec);
    expect(c.colours.get('A')).not.toBe(c.colours.get('B'));
    // Rises sit in the upper three classes: the red half of RdBu for a higher-is-worse metric.
    expect(divergingColours('higher_is_worse').slice(3)).toContain(c.colours.get('A'));
    expect(divergingColours('higher_is_worse').slice(0, 3)).toContain(c.colours.get('B'));
    expect(divergingColours('higher_is_worse').at(-1)).toBe('#b2182b');
    // (131 + 40 + 10) / (100 + 50 + 10) − 1 = 13.1%
    expect(c.englandChange).toBe('England (the 3 areas reported in both) up 13.1%');
  });
  it('leaves out classes of a fall beyond −100%, which a total cannot have, and starts the lowest at −100%', () => {
    const wide = { ...atlas, metrics: { values: { backlog: { stp: { '2014-15': { A: 100, B: 100, C: 100, D: 100 }, '2016-17': { A: 10, B: 200, C: 250, D: 180 } } } } } } as unknown as Atlas;
    const c = computeChangeChoropleth(wide, geography, spec);
    expect(c.legend.map((item) => item.label)).toEqual(['−100% to under −50%', '−50% to under 0%', '0% to under +50%', '+50% to under +100%', '+100% and over']);
    expect(c.legend[0]).toMatchObject({ count: 1, colour: divergingColours('higher_is_worse')[1] });
  });
  it('keeps an open lowest class for percentage points, which can fall any amount', () => {
    const rate: MetricDef = { ...def, key: 'ae_4h', unit: 'percent', direction: 'higher_is_better' };
    const rates = { defs: new Map([['ae_4h', rate]]), metrics: { values: { ae_4h: { stp: { '2014-15': { A: 95, B: 90, C: 80, D: 85 }, '2016-17': { A: 80, B: 91, C: 81, D: 85 } } } } } } as unknown as Atlas;
    const c = computeChangeChoropleth(rates, geography, { ...spec, metric: 'ae_4h' });
    expect(c.legend[0]!.label).toMatch(/^below −/);
  });
});
