import { describe, expect, it } from 'vitest';
import { paintColour, paintKey } from './map-canvas';

const choropleth = {
  values: new Map<string, number | null>([['A', 10], ['B', null], ['C', 5]]),
  colours: new Map([['A', '#fee8c8'], ['B', '#e34a33'], ['D', '#fdbb84']]),
};

describe('what the map canvas paints', () => {
  it('paints an area its class colour', () => {
    expect(paintColour(choropleth, 'A')).toBe('#fee8c8');
  });

  it('hatches an area with no value, even if a colour was given, and one missing from the values', () => {
    expect(paintColour(choropleth, 'B')).toBeNull();
    expect(paintColour(choropleth, 'D')).toBeNull();
  });

  it('hatches an area with a value but no colour rather than painting it', () => {
    expect(paintColour(choropleth, 'C')).toBeNull();
  });

  it('keys a picture by every area\'s colour and dimming, so only a real change repaints', () => {
    const a = [{ code: 'A', colour: '#fee8c8', dimmed: false }, { code: 'B', colour: null, dimmed: false }];
    expect(paintKey(a)).toBe(paintKey(a.map((p) => ({ ...p }))));
    expect(paintKey(a)).not.toBe(paintKey([a[0]!, { ...a[1]!, dimmed: true }]));
    expect(paintKey(a)).not.toBe(paintKey([{ ...a[0]!, colour: '#e34a33' }, a[1]!]));
    expect(paintKey(a)).not.toBe(paintKey([{ ...a[0]!, code: 'C' }, a[1]!]));
  });
});
