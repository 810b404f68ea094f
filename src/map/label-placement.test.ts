import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement';

const measure = (text: string) => text.length * 7;
const viewport = { width: 400, height: 300 };

describe('placeLabels', () => {
  it('keeps the higher-priority label when two collide', () => {
    const placed = placeLabels(
      [
        { code: 'a', text: 'Small place', x: 100, y: 100, priority: 1 },
        { code: 'b', text: 'Big place', x: 110, y: 104, priority: 5 },
      ],
      viewport,
      measure,
    );
    expect(placed.map((p) => p.code)).toEqual(['b']);
  });
  it('keeps labels that do not collide', () => {
    const placed = placeLabels(
      [
        { code: 'a', text: 'West', x: 60, y: 100, priority: 1 },
        { code: 'b', text: 'East', x: 300, y: 100, priority: 1 },
      ],
      viewport,
      measure,
    );
    expect(placed).toHaveLength(2);
  });
  it('drops labels that would spill out of the map', () => {
    expect(placeLabels([{ code: 'a', text: 'A long name at the edge', x: 390, y: 100, priority: 1 }], viewport, measure)).toEqual([]);
  });
  it('keeps labels off obstacles such as the legend', () => {
    const legend = { left: 0, top: 200, right: 150, bottom: 300 };
    expect(placeLabels([{ code: 'a', text: 'Hidden', x: 60, y: 250, priority: 1 }], viewport, measure, [legend])).toEqual([]);
  });
});

describe('placeLabels with alternative places', () => {
  it('moves a label to its next place where the first is taken, its box widened by its padding', () => {
    const placed = placeLabels(
      [
        { code: 'a', text: 'Area', x: 100, y: 100, priority: 5 },
        { code: 'g', text: 'GRP', x: 104, y: 100, priority: 1, alternatives: [[150, 130], [200, 100]], padding: 6 },
      ],
      viewport,
      measure,
      [{ left: 140, top: 120, right: 160, bottom: 140 }],
    );
    expect(placed.map((p) => [p.code, p.x, p.y, p.width])).toEqual([
      ['a', 100, 100, 28],
      ['g', 200, 100, 27],
    ]);
  });
  it('drops a label none of whose places is free', () => {
    const placed = placeLabels(
      [
        { code: 'a', text: 'Area', x: 100, y: 100, priority: 5 },
        { code: 'g', text: 'GRP', x: 104, y: 100, priority: 1, alternatives: [[96, 104]] },
      ],
      viewport,
      measure,
    );
    expect(placed.map((p) => p.code)).toEqual(['a']);
  });
});
