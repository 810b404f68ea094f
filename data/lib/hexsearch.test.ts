import { describe, expect, it } from 'vitest';
import { areHexNeighbours, cellKey, type HexCell } from '../../src/domain/hexjson';
import { DEFAULT_LAYOUT_OPTIONS, GRID, centre, pieces } from './hexlayout';
import { cellsWithin, improveLayout } from './hexsearch';

describe('cellsWithin', () => {
  it('lists 6 cells at one step and 18 within two, never the cell itself', () => {
    const c = { q: 2, r: 1 };
    expect(cellsWithin(c, 1)).toHaveLength(6);
    const two = cellsWithin(c, 2);
    expect(two).toHaveLength(18);
    expect(two.map(cellKey)).not.toContain(cellKey(c));
  });
});

describe('improveLayout', () => {
  // A row of five cells: groups A B A B B — both groups are in two pieces.
  const row: HexCell[] = [0, 1, 2, 3, 4].map((q) => ({ q, r: 0 }));
  const groups = ['A', 'B', 'A', 'B', 'B'];
  const targets = row.map(centre);
  const none = row.map(() => [] as number[]);

  it('swaps until every group is one connected piece', () => {
    const out = improveLayout({ groups, targets, neighbours: none, start: row }, DEFAULT_LAYOUT_OPTIONS);
    for (const g of ['A', 'B']) expect(pieces(out.filter((_, i) => groups[i] === g))).toBe(1);
    expect(new Set(out.map(cellKey)).size).toBe(5);
    expect(pieces(out)).toBe(1);
  });

  it('brings geographic neighbours next to each other when that costs little displacement', () => {
    // Sites 0 and 2 are geographic neighbours, in one group, one cell apart with site 1 between.
    const sameGroup = ['A', 'A', 'A'];
    const start = row.slice(0, 3);
    const neighbours = [[2], [], [0]];
    const out = improveLayout({ groups: sameGroup, targets: start.map(centre), neighbours, start }, DEFAULT_LAYOUT_OPTIONS);
    expect(areHexNeighbours(out[0]!, out[2]!, GRID)).toBe(true);
  });

  it('leaves an already good layout alone', () => {
    const start = row.slice(0, 2);
    const out = improveLayout({ groups: ['A', 'A'], targets: start.map(centre), neighbours: [[1], [0]], start }, DEFAULT_LAYOUT_OPTIONS);
    expect(out).toEqual(start);
  });
});
