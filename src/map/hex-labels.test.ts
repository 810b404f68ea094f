import { describe, expect, it } from 'vitest';
import { abbreviate, fittingLabel } from './hex-labels';

const measure = (text: string) => text.length * 6;

describe('labels on hexagons', () => {
  it('abbreviates names to the initials of their main words', () => {
    expect(abbreviate('NHS Airedale, Wharfedale and Craven CCG')).toBe('AWC');
    expect(abbreviate('North West London')).toBe('NWL');
    expect(abbreviate('Cornwall and the Isles of Scilly')).toBe('CIS');
    expect(abbreviate('NHS Bath and North East Somerset CCG')).toBe('BNE');
    expect(abbreviate('NHS Kernow CCG')).toBe('Ker');
    expect(abbreviate('NHS Hammersmith and Fulham CCG')).toBe('HF');
    expect(abbreviate('NHS Central London (Westminster) CCG')).toBe('CLW');
  });

  it('keeps the name where it fits, abbreviates where it does not, and gives up where neither fits', () => {
    expect(fittingLabel('Barnet', 40, measure)).toBe('Barnet');
    expect(fittingLabel('North West London', 40, measure)).toBe('NWL');
    expect(fittingLabel('North West London', 12, measure)).toBe('NW');
    expect(fittingLabel('North West London', 10, measure)).toBeNull();
  });
});
