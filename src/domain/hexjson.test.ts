import { describe, expect, it } from 'vitest';
import {
  HEX_LAYOUTS,
  HexJsonError,
  areHexNeighbours,
  fitHexes,
  groupLabelCell,
  groupLabelPlaces,
  groupOutline,
  hexCentre,
  hexNeighbours,
  hexVertices,
  neighboursToward,
  parseHexJson,
  type HexCell,
  type HexLayout,
  type Point,
} from './hexjson';

const SQRT3 = Math.sqrt(3);
const dist = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
const block: HexCell[] = [];
for (let q = -3; q <= 3; q++) for (let r = -3; r <= 3; r++) block.push({ q, r });

/** Signed area with y down: positive = clockwise on screen. */
function screenArea(ring: Point[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s / 2;
}

describe('parseHexJson', () => {
  const ok = { layout: 'odd-r', hexes: { A: { q: 0, r: 0, n: 'Alpha' }, B: { q: 1, r: 0 } } };

  it('accepts a valid document as an object or as text and keeps extra fields', () => {
    expect(parseHexJson(ok).hexes['A']).toEqual({ q: 0, r: 0, n: 'Alpha' });
    expect(parseHexJson(JSON.stringify(ok)).layout).toBe('odd-r');
  });
  it.each([
    ['{"layout":', /not valid JSON/],
    [[1, 2], /expected an object/],
    [{ hexes: {} }, /"layout" must be one of odd-r, even-r, odd-q, even-q \(got nothing\)/],
    [{ layout: 'axial', hexes: { A: { q: 0, r: 0 } } }, /\(got "axial"\)/],
    [{ layout: 'odd-q', hexes: [] }, /"hexes" must be an object keyed by hex id/],
    [{ layout: 'odd-q', hexes: {} }, /"hexes" is empty/],
    [{ layout: 'odd-q', hexes: { A: 3 } }, /hex "A" must be an object/],
    [{ layout: 'odd-q', hexes: { A: { q: '1', r: 0 } } }, /hex "A" needs an integer q \(got "1"\)/],
    [{ layout: 'odd-q', hexes: { A: { q: 1, r: 0.5 } } }, /hex "A" needs an integer r \(got 0.5\)/],
    [{ layout: 'even-r', hexes: { A: { q: 1, r: 2 }, B: { q: 1, r: 2 } } }, /hexes "A" and "B" are both at q=1, r=2/],
  ])('rejects %j with a clear message', (input, message) => {
    expect(() => parseHexJson(input)).toThrow(HexJsonError);
    expect(() => parseHexJson(input)).toThrow(message);
  });
});

describe('hexCentre', () => {
  it('puts higher rows further up the screen (HexJSON rows increase northwards)', () => {
    for (const layout of HEX_LAYOUTS) expect(hexCentre({ q: 0, r: 1 }, layout)[1]).toBeLessThan(hexCentre({ q: 0, r: 0 }, layout)[1]);
  });
  it('shifts odd rows right in odd-r and even rows right in even-r, by absolute row number', () => {
    expect(hexCentre({ q: 0, r: 1 }, 'odd-r')).toEqual([SQRT3 / 2, -1.5]);
    expect(hexCentre({ q: 0, r: -1 }, 'odd-r')).toEqual([SQRT3 / 2, 1.5]);
    expect(hexCentre({ q: 0, r: 2 }, 'odd-r')).toEqual([0, -3]);
    expect(hexCentre({ q: 0, r: 2 }, 'even-r')).toEqual([SQRT3 / 2, -3]);
    expect(hexCentre({ q: 2, r: 0 }, 'odd-r', 10)).toEqual([20 * SQRT3, 0]);
  });
  it('shifts odd columns up in odd-q and even columns up in even-q', () => {
    expect(hexCentre({ q: 1, r: 0 }, 'odd-q')).toEqual([1.5, -SQRT3 / 2]);
    expect(hexCentre({ q: 1, r: 0 }, 'even-q')).toEqual([1.5, 0]);
    expect(hexCentre({ q: 0, r: 0 }, 'even-q')).toEqual([0, -SQRT3 / 2]);
  });
});

describe('hexVertices', () => {
  it.each(HEX_LAYOUTS)('%s: six corners at the circumradius, clockwise on screen', (layout) => {
    const cell = { q: 2, r: -3 };
    const v = hexVertices(cell, layout, 5);
    expect(v).toHaveLength(6);
    for (const p of v) expect(dist(p, hexCentre(cell, layout, 5))).toBeCloseTo(5, 9);
    expect(screenArea([...v, v[0]!])).toBeCloseTo((3 * SQRT3 * 25) / 2, 9);
  });
  it('is pointy-topped for row layouts and flat-topped for column layouts', () => {
    expect(hexVertices({ q: 0, r: 0 }, 'odd-r')[0]).toEqual([0, -1]);
    expect(hexVertices({ q: 0, r: 0 }, 'odd-q')[0]).toEqual([-1, 0]);
  });
});

describe('hexNeighbours', () => {
  it.each(HEX_LAYOUTS)('%s: exactly the six cells whose centres are sqrt(3) away', (layout) => {
    for (const cell of block) {
      const expected = block
        .filter((o) => Math.abs(dist(hexCentre(o, layout), hexCentre(cell, layout)) - SQRT3) < 1e-9)
        .map((o) => `${o.q},${o.r}`);
      const got = hexNeighbours(cell, layout).map((n) => `${n.q},${n.r}`);
      expect(new Set(got).size).toBe(6);
      for (const k of expected) expect(got).toContain(k);
      for (const n of hexNeighbours(cell, layout)) expect(dist(hexCentre(n, layout), hexCentre(cell, layout))).toBeCloseTo(SQRT3, 9);
    }
  });
  it('is symmetric and excludes the cell itself', () => {
    const layout: HexLayout = 'even-q';
    expect(areHexNeighbours({ q: 1, r: 1 }, { q: 2, r: 1 }, layout)).toBe(areHexNeighbours({ q: 2, r: 1 }, { q: 1, r: 1 }, layout));
    expect(areHexNeighbours({ q: 1, r: 1 }, { q: 1, r: 1 }, layout)).toBe(false);
    expect(areHexNeighbours({ q: 0, r: 0 }, { q: 0, r: 2 }, layout)).toBe(false);
  });
});

describe('groupOutline', () => {
  it('outlines one hexagon as its own closed ring', () => {
    const rings = groupOutline([{ q: 0, r: 0 }], 'odd-r', 2);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(7);
    expect(rings[0]![0]).toEqual(rings[0]![6]);
  });
  it.each(HEX_LAYOUTS)('%s: a cell and its six neighbours make one ring of 18 edges enclosing 7 hexagons', (layout) => {
    const centre = { q: 1, r: 1 };
    const rings = groupOutline([centre, ...hexNeighbours(centre, layout)], layout);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toHaveLength(19);
    expect(screenArea(rings[0]!)).toBeCloseTo((7 * 3 * SQRT3) / 2, 9);
  });
  it('gives a separate ring for each disconnected part, and a hole for a missing centre', () => {
    expect(groupOutline([{ q: 0, r: 0 }, { q: 3, r: 0 }], 'odd-r')).toHaveLength(2);
    const ring = hexNeighbours({ q: 0, r: 0 }, 'odd-r');
    const rings = groupOutline(ring, 'odd-r');
    expect(rings).toHaveLength(2);
    const areas = rings.map(screenArea).sort((a, b) => a - b);
    expect(areas[0]).toBeCloseTo((-3 * SQRT3) / 2, 9); // the hole, anticlockwise
    expect(areas[1]).toBeCloseTo((7 * 3 * SQRT3) / 2, 9);
  });
});

describe('fitHexes', () => {
  it('scales the layout to the box and centres it', () => {
    const cells = [{ q: 0, r: 0 }, { q: 1, r: 0 }];
    const fit = fitHexes(cells, 'odd-r', 200, 200);
    expect(fit.size).toBeCloseTo(200 / (2 * SQRT3), 9);
    const xs = cells.flatMap((c) => hexVertices(c, 'odd-r', fit.size).map((p) => p[0] + fit.dx));
    const ys = cells.flatMap((c) => hexVertices(c, 'odd-r', fit.size).map((p) => p[1] + fit.dy));
    expect(Math.min(...xs)).toBeCloseTo(0, 9);
    expect(Math.max(...xs)).toBeCloseTo(200, 9);
    expect(Math.min(...ys) + Math.max(...ys)).toBeCloseTo(200, 9);
  });
  it('refuses an empty layout', () => {
    expect(() => fitHexes([], 'odd-q', 10, 10)).toThrow(/no cells/);
  });
});

describe('neighboursToward', () => {
  it('goes straight left and right on pointy-topped hexes, with the diagonals after', () => {
    const c = { q: 0, r: 0 };
    expect(neighboursToward(c, 'odd-r', 'right')).toEqual([{ q: 1, r: 0 }, { q: 0, r: -1 }, { q: 0, r: 1 }]);
    expect(neighboursToward(c, 'odd-r', 'left')[0]).toEqual({ q: -1, r: 0 });
  });
  it('offers both upper neighbours for "up" on pointy-topped hexes, up-right first, and none below', () => {
    // r increases northwards; row 1 is shifted right in odd-r, so above (0,0) are (-1,1) and (0,1).
    expect(neighboursToward({ q: 0, r: 0 }, 'odd-r', 'up')).toEqual([{ q: 0, r: 1 }, { q: -1, r: 1 }]);
    expect(neighboursToward({ q: 0, r: 0 }, 'odd-r', 'down')).toEqual([{ q: -1, r: -1 }, { q: 0, r: -1 }]);
  });
  it.each(HEX_LAYOUTS)('%s: every neighbour returned lies on the arrow side of the cell', (layout) => {
    const c = { q: 1, r: 2 };
    const [cx, cy] = hexCentre(c, layout);
    for (const n of neighboursToward(c, layout, 'down')) expect(hexCentre(n, layout)[1]).toBeGreaterThan(cy);
    for (const n of neighboursToward(c, layout, 'left')) expect(hexCentre(n, layout)[0]).toBeLessThan(cx);
    expect(neighboursToward(c, layout, 'up').length).toBeGreaterThanOrEqual(1);
  });
  it('goes straight up on flat-topped hexes', () => {
    expect(neighboursToward({ q: 0, r: 0 }, 'odd-q', 'up')[0]).toEqual({ q: 0, r: 1 });
  });
});

describe('groupLabelCell', () => {
  it('picks the middle cell of a group', () => {
    const centre = { q: 1, r: 1 };
    expect(groupLabelCell([...hexNeighbours(centre, 'odd-r'), centre], 'odd-r')).toEqual(centre);
    expect(groupLabelCell([{ q: 0, r: 0 }, { q: 1, r: 0 }, { q: 2, r: 0 }], 'even-q')).toEqual({ q: 1, r: 0 });
  });
  it('refuses an empty group', () => {
    expect(() => groupLabelCell([], 'odd-r')).toThrow(/empty group/);
  });
});

describe('groupLabelPlaces', () => {
  // Group A: three cells in row 0; group B: the cell right of them; row 1 above is empty.
  const a: HexCell[] = [{ q: 0, r: 0 }, { q: 1, r: 0 }, { q: 2, r: 0 }];
  const owner = new Map([...a.map((c) => [`${c.q},${c.r}`, 'A'] as const), ['3,0', 'B']]);
  const groupAt = (cell: HexCell) => owner.get(`${cell.q},${cell.r}`);
  const places = groupLabelPlaces('A', a, groupAt, 'odd-r');

  it('starts inside at the label cell, then the nearer cells, then the edges between cells', () => {
    expect(places.inside[0]).toEqual(hexCentre({ q: 1, r: 0 }, 'odd-r'));
    expect(places.inside).toHaveLength(3 + 2 + 6);
    expect(places.inside.slice(3, 5)).toContainEqual([SQRT3 / 2, 0]);
    expect(places.inside[5]).toEqual([places.inside[0]![0], places.inside[0]![1] - 0.7]);
  });

  it('offers a group of one cell its upper and lower half before its centre', () => {
    const single = groupLabelPlaces('B', [{ q: 3, r: 0 }], groupAt, 'odd-r');
    const [x, y] = hexCentre({ q: 3, r: 0 }, 'odd-r');
    expect(single.inside).toEqual([[x, y - 0.7], [x, y + 0.7], [x, y]]);
  });

  it('offers empty cells beside the group, pushed outwards, never next to another group', () => {
    // Left of the row, in line with it: the first beside place, a quarter hex further out.
    expect(places.beside[0]![0]).toBeCloseTo(-SQRT3 * 1.25);
    expect(places.beside[0]![1]).toBeCloseTo(0);
    const centres = [...owner.keys()].map((key) => hexCentre({ q: Number(key.split(',')[0]), r: Number(key.split(',')[1]) }, 'odd-r'));
    const nearest = (p: Point) => [...owner.values()][centres.reduce((best, c, i) => (dist(c, p) < dist(centres[best]!, p) ? i : best), 0)];
    expect(places.beside.length).toBeGreaterThan(3);
    for (const point of places.beside) expect(nearest(point)).toBe('A');
    // The empty cell above between A's last cell and B touches B: not offered.
    const touchingB = hexCentre({ q: 2, r: 1 }, 'odd-r');
    expect(places.beside.some((p) => dist(p, touchingB) < 0.6)).toBe(false);
  });
});
