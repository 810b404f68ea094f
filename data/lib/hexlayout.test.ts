import { describe, expect, it } from 'vitest';
import { hexNeighbours, type HexCell, type Point } from '../../src/domain/hexjson';
import { DEFAULT_LAYOUT_OPTIONS, GRID, assignToCells, cellsNear, centre, nearestCell, pieces, relax, type Site } from './hexlayout';

const dist = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('grid helpers', () => {
  it('puts neighbouring cell centres one unit apart', () => {
    const c = { q: 3, r: -2 };
    for (const n of hexNeighbours(c, GRID)) expect(dist(centre(n), centre(c))).toBeCloseTo(1, 9);
  });
  it('finds the cell a point falls in', () => {
    for (const c of [{ q: 0, r: 0 }, { q: 4, r: 3 }, { q: -2, r: -5 }]) {
      const [x, y] = centre(c);
      expect(nearestCell([x + 0.2, y - 0.2])).toEqual(c);
    }
  });
  it('lists the cells within a radius of the points, without repeats', () => {
    const near = cellsNear([centre({ q: 0, r: 0 })], 1.01);
    expect(near).toHaveLength(7);
    expect(cellsNear([[0, 0], [0.01, 0]], 1.01)).toHaveLength(7);
    expect(cellsNear([[0, 0]], 0.5)).toEqual([{ q: 0, r: 0 }]);
  });
  it('counts connected pieces', () => {
    expect(pieces([{ q: 0, r: 0 }, { q: 1, r: 0 }])).toBe(1);
    expect(pieces([{ q: 0, r: 0 }, { q: 2, r: 0 }])).toBe(2);
    expect(pieces([])).toBe(0);
  });
});

describe('assignToCells', () => {
  it('gives each point its own cell at the least total squared distance', () => {
    const cells: HexCell[] = [{ q: 0, r: 0 }, { q: 1, r: 0 }, { q: 5, r: 0 }];
    // Both points are nearest (0,0); the optimum puts the one further right in (1,0).
    const out = assignToCells([[0.1, 0], [0.4, 0]], cells);
    expect(out).toEqual([{ q: 0, r: 0 }, { q: 1, r: 0 }]);
  });
  it('refuses more points than cells', () => {
    expect(() => assignToCells([[0, 0], [1, 0]], [{ q: 0, r: 0 }])).toThrow(/2 points but only 1 cells/);
  });
});

describe('relax', () => {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, relaxIterations: 200 };
  it('spreads crowded points to about one unit apart, deterministically', () => {
    const sites: Site[] = [0, 1, 2, 3].map((i) => ({ code: `C${i}`, group: 'G', at: [0.01 * i, 0] as Point }));
    const a = relax(sites, [], opts);
    for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) expect(dist(a[i]!, a[j]!)).toBeGreaterThan(0.8);
    expect(relax(sites, [], opts)).toEqual(a);
  });
  it('draws far-apart geographic neighbours closer and leaves spaced-out strangers where they are', () => {
    const sites: Site[] = [
      { code: 'A', group: 'G', at: [0, 0] },
      { code: 'B', group: 'G', at: [6, 0] },
      { code: 'C', group: 'H', at: [0, 20] },
    ];
    const out = relax(sites, [[0, 1]], { ...opts, groupPull: 0 });
    expect(dist(out[0]!, out[1]!)).toBeLessThan(4);
    expect(dist(out[2]!, [0, 20])).toBeLessThan(1e-9);
  });
  it('says so rather than return a position that is not a number', () => {
    const sites: Site[] = [{ code: 'A', group: 'G', at: [0, 0] }, { code: 'B', group: 'G', at: [Number.NaN, 0] }];
    expect(() => relax(sites, [], opts)).toThrow(/^hex layout: the relaxation diverged \([AB] has no finite position\): lower the pulls$/);
  });
});
