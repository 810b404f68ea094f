import { describe, expect, it } from 'vitest';
import { classBreaks, classIndex } from './classify';

const values = [11.4, 20, 35, 50, 70, 90, 120, 160, 220, 300, 1004.5];

describe('classBreaks', () => {
  it('makes five quantile classes whose first lower bound is the minimum', () => {
    const b = classBreaks(values, 'quantile')!;
    expect(b.lower).toHaveLength(5);
    expect(b.lower[0]).toBe(11.4);
    expect(b.max).toBe(1004.5);
    expect(b.discrete).toBe(false);
  });
  it('makes equal intervals of equal width', () => {
    const b = classBreaks([0, 10, 20, 30, 40, 50, 100], 'equal')!;
    expect(b.lower).toEqual([0, 20, 40, 60, 80]);
  });
  it('puts the outlier alone with natural breaks', () => {
    const b = classBreaks(values, 'jenks')!;
    expect(classIndex(b, 1004.5)).toBe(b.lower.length - 1);
    expect(classIndex(b, 300)).toBeLessThan(b.lower.length - 1);
  });
  it('gives each value its own class when there are few distinct values', () => {
    const b = classBreaks([0, 1, 1, 2, 0, 3], 'quantile')!;
    expect(b).toMatchObject({ lower: [0, 1, 2, 3], discrete: true });
    expect(classIndex(b, 2)).toBe(2);
  });
  it('drops tied quantile bounds so no class is empty', () => {
    const b = classBreaks([0, 0, 0, 0, 0, 0, 0, 0, 5, 6, 7, 8], 'quantile')!;
    expect(new Set(b.lower).size).toBe(b.lower.length);
  });
  it('ignores non-finite values and returns null for none', () => {
    expect(classBreaks([Number.NaN], 'equal')).toBeNull();
    expect(classBreaks([], 'jenks')).toBeNull();
  });
  it('places every value in a class', () => {
    for (const method of ['quantile', 'equal', 'jenks'] as const) {
      const b = classBreaks(values, method)!;
      for (const v of values) {
        const i = classIndex(b, v);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(b.lower.length);
        expect(v).toBeGreaterThanOrEqual(b.lower[i]!);
      }
    }
  });
});
