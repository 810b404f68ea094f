import { describe, expect, it } from 'vitest';
import { aeMonths, financialYear, overlapMismatches, providerStpResolver, sumAe, within4h, type AeRow } from './ae';
import { missingReturns } from './metrics';
import { weightedStpScores } from './deprivation';
import type { EricRow } from './sources';

const row = (month: string, provider: string, t1: [number, number], other: [number, number] = [0, 0], dta: [number, number] | null = null): AeRow => ({
  month, provider, name: provider, att: { t1: t1[0], t2: 0, other: other[0] }, breach: { t1: t1[1], t2: 0, other: other[1] },
  dta4: dta ? dta[0] : null, dta12: dta ? dta[1] : null, line: 2,
});

describe('A&E', () => {
  it('finds no difference when NHS-R holds NHS England\'s figures, less the empty rows', () => {
    const nhse = [row('2016-04', 'RAA', [100, 10]), row('2016-04', 'NZZ', [0, 0])];
    expect(overlapMismatches(nhse, [row('2016-04', 'RAA', [100, 10])])).toEqual([]);
  });
  it('names a provider-month whose figures differ, or that only one source has', () => {
    const nhse = [row('2016-04', 'RAA', [100, 10])];
    expect(overlapMismatches(nhse, [row('2016-04', 'RAA', [100, 11])])).toEqual(['2016-04|RAA t1: NHS England 100/10, NHS-R 100/11']);
    expect(overlapMismatches(nhse, [row('2016-04', 'RAA', [100, 10]), row('2016-04', 'RBB', [5, 0])])).toEqual(['2016-04|RBB: only in NHS-R']);
  });
  it('places a provider by NHS England\'s mapping, then the trust lookup, then agreeing predecessors', () => {
    const resolve = providerStpResolver(
      [{ provider: 'RW3', name: '', stp: 'E54000007', line: 2 }, { provider: 'RM2', name: '', stp: 'E54000007', line: 3 }, { provider: 'RX1', name: '', stp: 'E54000020', line: 4 }],
      new Map([['RLU', { stp: 'E54000017' }]]),
      [{ from: 'RW3', to: 'R0A', line: 2 }, { from: 'RM2', to: 'R0A', line: 3 }, { from: 'RW3', to: 'RZZ', line: 4 }, { from: 'RX1', to: 'RZZ', line: 5 }],
    );
    expect(resolve('RW3').stp).toBe('E54000007');
    expect(resolve('RLU')).toEqual({ stp: 'E54000017', how: 'atlas trust lookup' });
    expect(resolve('R0A')).toEqual({ stp: 'E54000007', how: 'predecessors RM2, RW3' });
    expect(resolve('RZZ').stp).toBeNull();
    expect(resolve('Y02646')).toEqual({ stp: null, how: 'in no mapping' });
  });
  it('sums by month and financial year, all types and type 1, and keeps unmapped providers apart', () => {
    const rows = [row('2016-04', 'RAA', [100, 10], [50, 0], [7, 1]), row('2017-03', 'RAA', [100, 30]), row('2016-05', 'WIC', [0, 0], [40, 0])];
    const { byArea, england, unmapped } = sumAe(rows, (p) => (p === 'RAA' ? 'E1' : null));
    expect(byArea.get('2016-17|E1')).toEqual({ att: 250, breach: 40, att1: 200, breach1: 40, dta4: 7, dta12: 1 });
    expect(byArea.get('2016-04|E1')!.att).toBe(150);
    expect(england.get('2016-17')!.att).toBe(290);
    expect([...unmapped.get('2016-17')!]).toEqual([['WIC', 40]]);
    expect(within4h(250, 40)).toBe(84);
    expect(within4h(0, 0)).toBeNull();
  });
  it('knows its periods', () => {
    expect(financialYear('2016-04')).toBe('2016-17');
    expect(financialYear('2017-03')).toBe('2016-17');
    const months = aeMonths();
    expect(months).toHaveLength(36);
    expect([months[0], months[35]]).toEqual(['2016-04', '2019-03']);
  });
});

describe('missing ERIC returns', () => {
  const eric = (period: string, trust: string, total: number | null): EricRow => ({
    period, trust, reported: total !== null, high: 0, significant: 0, moderate: 0, low: total ?? 0, total: total ?? 0, line: 2,
  });
  it('flags a row without figures and an all-zero return after a positive year, not a zero after a zero', () => {
    const out = missingReturns([
      eric('2014-15', 'RP6', null),
      eric('2015-16', 'RV3', 2_826_000), eric('2016-17', 'RV3', 0),
      eric('2015-16', 'RN7', 0), eric('2016-17', 'RN7', 0),
      eric('2016-17', 'RNEW', 0),
    ]);
    expect(out.map((m) => `${m.period} ${m.trust}`)).toEqual(['2014-15 RP6', '2016-17 RV3']);
    expect(out[1]!.reason).toBe('returned all zeros for 2016/17 after reporting £2.8m for 2015/16');
  });
});

describe('population-weighted STP deprivation', () => {
  it('weights each CCG by its people in the STP, a split CCG by its part', () => {
    const scores = new Map([['A', 10], ['B', 40], ['C', 20]]);
    const out = weightedStpScores(scores, [
      { ccg: 'A', stp: 'S1', people: 300 }, { ccg: 'B', stp: 'S1', people: 100 },
      { ccg: 'C', stp: 'S1', people: 100 }, { ccg: 'C', stp: 'S2', people: 50 },
    ]);
    expect(out.get('S1')).toBe((300 * 10 + 100 * 40 + 100 * 20) / 500);
    expect(out.get('S2')).toBe(20);
  });
});
