import { describe, expect, it } from 'vitest';
import type { MetricDef, MetricsFile } from './types';
import { createJsonLoader, detailsPending, lazyPending, mergeDetails, mergeLazyValues } from './lazy';
import { prefetchOnIntent, standInPeriod } from '../state/lazy-data';

const def = {
  key: 'ae_4h', kind: 'numeric', unit: 'percent', levels: ['stp'], periods: ['2016-17', '2016-04', '2016-05'], lazyPeriods: ['2016-04', '2016-05'],
  periodLabels: {}, defaultPeriod: '2016-17', perHead: false, sources: [], notes: [], label: 'A&E', definition: '',
} as unknown as MetricDef;
const atlasOf = () => {
  const metrics = { metrics: [def], values: { ae_4h: { stp: { '2016-17': { E54000015: 80.1 } } } } } as unknown as MetricsFile;
  return { metrics, defs: new Map([[def.key, def]]) };
};
const codes = new Map([['E54000015', 'stp' as const]]);
const monthly = (v: unknown) => ({ version: 1, values: { ae_4h: { stp: { '2016-04': { E54000015: v }, '2016-05': { E54000015: 70 } } } } });

describe('lazily loaded monthly values', () => {
  it('knows which views wait for the monthly file, and merges it when it is sound', () => {
    const atlas = atlasOf();
    expect(lazyPending(atlas, { metric: 'ae_4h', period: '2016-04' })).toBe(true);
    expect(lazyPending(atlas, { metric: 'ae_4h', period: '2016-17' })).toBe(false);
    mergeLazyValues(atlas, monthly(67.8), codes);
    expect(atlas.metrics.values.ae_4h!.stp!['2016-04']).toEqual({ E54000015: 67.8 });
    expect(atlas.metrics.values.ae_4h!.stp!['2016-17']).toEqual({ E54000015: 80.1 });
    expect(lazyPending(atlas, { metric: 'ae_4h', period: '2016-04' })).toBe(false);
  });
  it('refuses a damaged file with a message naming it, and merges nothing', () => {
    const atlas = atlasOf();
    expect(() => mergeLazyValues(atlas, monthly('67.8<b>'), codes)).toThrow('metrics-monthly.json: has no metric that can be shown');
    expect(() => mergeLazyValues(atlas, { version: 1, values: {} }, codes)).toThrow('metrics-monthly.json: has no metric that can be shown');
    expect(atlas.metrics.values.ae_4h!.stp!['2016-04']).toBeUndefined();
  });
  it('stands in the financial year while a month loads', () => {
    expect(standInPeriod(atlasOf(), { metric: 'ae_4h', period: '2016-05' })).toBe('2016-17');
  });
});

describe('area details', () => {
  const details = {
    version: 1, stp_detail: { E54000015: { backlog_trusts: {}, loan_trusts: [], n_trusts: 2 } }, trusts: { RWE: { name: 'UHL', stp: 'E54000015', type: '' } },
    trust_values: {}, imd: {}, facts: [{ id: 'D17-E54000015', level: 'stp', code: 'E54000015', text: 'Rated', source: 's' }],
    events: [{ id: 'F030', category: 'ccg_merger', date: '2017-02', areas: ['E38000003'], title: 'Merger application', text: '', source: 'HSJ' }], vanguards: [],
  };
  it('are pending until merged, and merge their facts after the England ones', () => {
    const atlas = { metrics: { facts: [{ id: 'F011', level: 'england', code: 'E92000001', text: '£791m', source: 'HSJ' }] } as unknown as MetricsFile };
    expect(detailsPending(atlas, { area: 'E54000015' })).toBe(true);
    expect(detailsPending(atlas, { area: null })).toBe(false);
    mergeDetails(atlas, details);
    expect(detailsPending(atlas, { area: 'E54000015' })).toBe(false);
    expect(atlas.metrics.facts.map((f) => f.id)).toEqual(['F011', 'D17-E54000015']);
    expect(atlas.metrics.trusts!['RWE']!.name).toBe('UHL');
    expect(atlas.metrics.events!.map((e) => e.id)).toEqual(['F030']);
  });
  it('refuse a damaged file, naming it', () => {
    const atlas = { metrics: { facts: [] } as unknown as MetricsFile };
    expect(() => mergeDetails(atlas, { ...details, trusts: 'x' })).toThrow('details.json: has no trusts');
    expect(() => mergeDetails(atlas, { ...details, facts: [{ text: 1 }] })).toThrow('details.json: has no list of facts');
    expect(() => mergeDetails(atlas, { ...details, events: 'x' })).toThrow('details.json: has no events or vanguards');
    expect(detailsPending(atlas, { area: 'E54000015' })).toBe(true);
  });
  it('are fetched once; a failed fetch says which file and can be retried', async () => {
    let calls = 0;
    const applied: unknown[] = [];
    const respond = [new Response('nope', { status: 503 }), new Response('{"version":1}')];
    const load = createJsonLoader('data/details.json', (json) => applied.push(json), async () => respond[calls++]!);
    await expect(load()).rejects.toThrow('details.json: could not be downloaded (HTTP 503)');
    await load();
    await load();
    expect(calls).toBe(2);
    expect(applied).toEqual([{ version: 1 }]);
  });
});

describe('prefetch on intent', () => {
  it('starts one fetch at the first pointer or key move, and no more', () => {
    const target = new EventTarget();
    let calls = 0;
    prefetchOnIntent(async () => { calls++; }, target as unknown as Document);
    expect(calls).toBe(0);
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('pointermove'));
    expect(calls).toBe(1);
  });
});
