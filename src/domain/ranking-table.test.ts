import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, sortRows, sparklinePoints, type RankingRow } from './ranking-table';
import { rankDescending } from './rank';

const values = new Map<string, number | null>([
  ['A', 10],
  ['B', null],
  ['C', 30],
  ['D', 10],
  ['E', 5],
]);
const { ranks } = rankDescending(values);
const names: Record<string, string> = { A: 'Alpha', B: 'Bravo', C: 'Charlie', D: 'Delta', E: 'Echo' };
const rows: RankingRow[] = [...values].map(([code, value]) => ({ code, name: names[code]!, value, rank: ranks.get(code) ?? null, parent: code === 'E' ? 'Zed' : 'Why' }));
const order = (key: RankingRow['code'][]) => key.join('');
const codes = (sorted: RankingRow[]) => order(sorted.map((r) => r.code));

describe('sortRows', () => {
  it('sorts by rank, largest value first, by default; ties share a rank and keep name order', () => {
    expect(codes(sortRows(rows, DEFAULT_SORT))).toBe('CADEB');
    expect(rows.find((r) => r.code === 'A')!.rank).toBe(2);
    expect(rows.find((r) => r.code === 'D')!.rank).toBe(2);
    expect(rows.find((r) => r.code === 'E')!.rank).toBe(4);
  });
  it('keeps "Not reported" last in both directions', () => {
    expect(codes(sortRows(rows, { key: 'value', direction: 'descending' }))).toBe('CADEB');
    expect(codes(sortRows(rows, { key: 'value', direction: 'ascending' }))).toBe('EADCB');
    expect(codes(sortRows(rows, { key: 'rank', direction: 'descending' }))).toBe('EADCB');
  });
  it('sorts names, codes and parents both ways', () => {
    expect(codes(sortRows(rows, { key: 'name', direction: 'ascending' }))).toBe('ABCDE');
    expect(codes(sortRows(rows, { key: 'name', direction: 'descending' }))).toBe('EDCBA');
    expect(codes(sortRows(rows, { key: 'code', direction: 'descending' }))).toBe('EDCBA');
    expect(codes(sortRows(rows, { key: 'parent', direction: 'descending' }))).toBe('EABCD');
  });
  it('does not change its input', () => {
    sortRows(rows, { key: 'name', direction: 'descending' });
    expect(codes(rows)).toBe('ABCDE');
  });
  it('sorts categorical values as words, missing last', () => {
    const cats: RankingRow[] = [
      { code: 'A', name: 'A', value: 'yes', rank: null, parent: '' },
      { code: 'B', name: 'B', value: null, rank: null, parent: '' },
      { code: 'C', name: 'C', value: 'no', rank: null, parent: '' },
    ];
    expect(codes(sortRows(cats, { key: 'value', direction: 'descending' }))).toBe('ACB');
    expect(codes(sortRows(cats, { key: 'value', direction: 'ascending' }))).toBe('CAB');
  });
});

describe('nextSort', () => {
  it('starts values largest first and words A to Z, and flips on a second click', () => {
    expect(nextSort(DEFAULT_SORT, 'value')).toEqual({ key: 'value', direction: 'descending' });
    expect(nextSort({ key: 'value', direction: 'descending' }, 'value')).toEqual({ key: 'value', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'rank')).toEqual({ key: 'rank', direction: 'descending' });
  });
});

describe('trend column', () => {
  const rows: RankingRow[] = [
    { code: 'A', name: 'A', value: 1, rank: 1, parent: '', trend: 5 },
    { code: 'B', name: 'B', value: 2, rank: 2, parent: '', trend: null },
    { code: 'C', name: 'C', value: 3, rank: 3, parent: '', trend: 31 },
  ];
  it('sorts by change, largest rise first, with no change computable last', () => {
    expect(nextSort(DEFAULT_SORT, 'trend')).toEqual({ key: 'trend', direction: 'descending' });
    expect(sortRows(rows, { key: 'trend', direction: 'descending' }).map((r) => r.code)).toEqual(['C', 'A', 'B']);
    expect(sortRows(rows, { key: 'trend', direction: 'ascending' }).map((r) => r.code)).toEqual(['A', 'C', 'B']);
  });
  it('draws a sparkline over its own range and nothing for fewer than two values', () => {
    expect(sparklinePoints([10, 20, 15], 40, 12)).toBe('0.0,11.0 20.0,1.0 40.0,6.0');
    expect(sparklinePoints([10, null, 30], 40, 12)).toBe('0.0,11.0 40.0,1.0');
    expect(sparklinePoints([null, 5], 40, 12)).toBe('');
  });
});
