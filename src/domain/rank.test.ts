import { describe, expect, it } from 'vitest';
import { compareValues, rankDescending } from './rank';

describe('rankDescending', () => {
  it('ranks largest first with shared ranks for ties and leaves nulls unranked', () => {
    const { ranks, ranked } = rankDescending(new Map([['a', 5], ['b', 9], ['c', 5], ['d', null], ['e', 1]]));
    expect(Object.fromEntries(ranks)).toEqual({ a: 2, b: 1, c: 2, d: null, e: 4 });
    expect(ranked).toBe(4);
  });
  it('treats zero as a value', () => {
    const { ranks } = rankDescending(new Map([['a', 0], ['b', null]]));
    expect(ranks.get('a')).toBe(1);
  });
});

describe('compareValues', () => {
  const values = [3, null, 10, 1, null];
  it('sorts ascending with nulls last', () => {
    expect([...values].sort((a, b) => compareValues(a, b, 'ascending'))).toEqual([1, 3, 10, null, null]);
  });
  it('sorts descending with nulls still last', () => {
    expect([...values].sort((a, b) => compareValues(a, b, 'descending'))).toEqual([10, 3, 1, null, null]);
  });
  it('compares categories as text', () => {
    expect(['yes', 'no', null].sort((a, b) => compareValues(a, b, 'descending'))).toEqual(['yes', 'no', null]);
  });
});
