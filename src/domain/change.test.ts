import { describe, expect, it } from 'vitest';
import { changeKind, changeMeaning, changeValue, describeChange, divergingColours, divergingLower, formatChange } from './change';

describe('change', () => {
  it('is a percentage for totals and percentage points for rates', () => {
    expect(changeKind({ unit: 'gbp_m' })).toBe('percent');
    expect(changeKind({ unit: 'percent' })).toBe('points');
    expect(changeValue(100, 131, 'percent')).toBeCloseTo(31);
    expect(changeValue(90.5, 88, 'points')).toBeCloseTo(-2.5);
  });
  it('is not reported when either period is missing or the base is not positive, never zero', () => {
    expect(changeValue(null, 5, 'percent')).toBeNull();
    expect(changeValue(5, null, 'points')).toBeNull();
    expect(changeValue(0, 5, 'percent')).toBeNull();
    expect(formatChange(null, 'percent')).toBe('Not reported');
  });
  it('writes signed changes and words', () => {
    expect(formatChange(31.04, 'percent')).toBe('+31.0%');
    expect(formatChange(-2.5, 'points')).toBe('−2.5 pp');
    expect(describeChange(31.04, 'percent')).toBe('up 31.0%');
    expect(describeChange(-2.5, 'points')).toBe('down 2.5 percentage points');
  });
  it('makes classes symmetric around zero with round steps', () => {
    expect(divergingLower([-12, 5, 40, 58])).toEqual([-Infinity, -40, -20, 0, 20, 40]);
    // One outlier does not set the steps: the 90th percentile of the sizes does.
    expect(divergingLower([-10, -5, 2, 4, 6, 8, 9, 10, 12, -3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 400])).toEqual([-Infinity, -10, -5, 0, 5, 10]);
    expect(divergingLower([-2.4, 1])).toEqual([-Infinity, -2, -1, 0, 1, 2]);
  });
  it('puts red on the worse side of zero', () => {
    const worseUp = divergingColours('higher_is_worse');
    const worseDown = divergingColours('higher_is_better');
    expect(worseUp.at(-1)).toBe(worseDown[0]);
    expect(worseDown[0]).toMatch(/^#b2182b|^#ca0020|^#d6604d/i);
    expect(changeMeaning('higher_is_better')).toBe('A fall is worse: red = worse, blue = better');
  });
});
