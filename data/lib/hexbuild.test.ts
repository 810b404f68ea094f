import { describe, expect, it } from 'vitest';
import { hexCentre, parseHexJson, type HexCell, type HexJson } from '../../src/domain/hexjson';
import { DataError } from './errors';
import { applyOverrides, brokenGroups, hexJsonText, hexStats, normalise, parseOverrides } from './hexbuild';

describe('parseOverrides', () => {
  it('reads code, q, r and reason', () => {
    const rows = parseOverrides('code,q,r,reason\nE38000089,2,-2,"to the tip, by hand"\n');
    expect(rows).toEqual([{ code: 'E38000089', q: 2, r: -2, reason: 'to the tip, by hand', line: 2 }]);
    expect(parseOverrides('code,q,r,reason\n')).toEqual([]);
  });
  it.each([
    ['code,q,r\nE1,1,1\n', /missing column "reason"/],
    ['code,q,r,reason\nE1,1,,why\n', /line 2/],
    ['code,q,r,reason\nE1,1.5,1,why\n', /line 2: q and r must be whole numbers/],
    ['code,q,r,reason\nE1,1,1,\n', /line 2/],
  ])('refuses %j', (text, message) => {
    expect(() => parseOverrides(text, 'hex-overrides.csv')).toThrow(DataError);
    expect(() => parseOverrides(text, 'hex-overrides.csv')).toThrow(message);
  });
});

describe('applyOverrides', () => {
  const start = (): Map<string, HexCell> => new Map([['A', { q: 0, r: 0 }], ['B', { q: 1, r: 0 }]]);
  it('moves a hex to an empty cell', () => {
    const cells = start();
    applyOverrides(cells, [{ code: 'A', q: 5, r: 5, reason: 'x', line: 2 }]);
    expect(cells.get('A')).toEqual({ q: 5, r: 5 });
    expect(cells.get('B')).toEqual({ q: 1, r: 0 });
  });
  it('swaps with the hex already in the cell', () => {
    const cells = start();
    applyOverrides(cells, [{ code: 'A', q: 1, r: 0, reason: 'x', line: 2 }]);
    expect(cells.get('A')).toEqual({ q: 1, r: 0 });
    expect(cells.get('B')).toEqual({ q: 0, r: 0 });
  });
  it('names the line of an unknown code', () => {
    expect(() => applyOverrides(start(), [{ code: 'Z', q: 1, r: 0, reason: 'x', line: 3 }], 'f.csv')).toThrow('f.csv line 3: unknown CCG code "Z"');
  });
});

describe('normalise', () => {
  const picture = (cells: Map<string, HexCell>, layout: HexJson['layout']): [number, number][] => {
    const pts = [...cells.values()].map((c) => hexCentre(c, layout));
    const [x0, y0] = pts[0]!;
    return pts.map(([x, y]) => [x - x0, y - y0]);
  };
  it.each([
    [[{ q: -3, r: -5 }, { q: -2, r: -5 }, { q: -3, r: -4 }]],
    [[{ q: 4, r: 7 }, { q: 5, r: 8 }, { q: 4, r: 9 }, { q: 4, r: 10 }]],
  ])('starts q at 0, keeps the picture, and ends with an even top row (%j)', (list) => {
    const cells = new Map(list.map((c, i) => [`C${i}`, c]));
    const before = picture(cells, 'odd-r');
    const { layout } = normalise(cells);
    const after = [...cells.values()];
    expect(Math.min(...after.map((c) => c.q))).toBe(0);
    expect(Math.min(...after.map((c) => c.r))).toBeLessThanOrEqual(1);
    expect(Math.max(...after.map((c) => c.r)) % 2).toBe(0);
    const now = picture(cells, layout);
    now.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(before[i]![0], 9);
      expect(y).toBeCloseTo(before[i]![1], 9);
    });
  });
});

describe('brokenGroups and hexStats', () => {
  it('finds groups in more than one piece, in either row layout', () => {
    for (const layout of ['odd-r', 'even-r'] as const) {
      const doc = parseHexJson({ layout, hexes: { A: { q: 0, r: 0, stp: 'S1' }, B: { q: 1, r: 0, stp: 'S1' }, C: { q: 3, r: 0, stp: 'S2' }, D: { q: 5, r: 0, stp: 'S2' } } });
      expect(brokenGroups(doc)).toEqual(['S2']);
    }
    // Row 1 is shifted right in odd-r, so (0,0) touches (-1,1) and (0,1); in even-r row 0 is, so (0,1) and (1,1).
    const diag = (layout: 'odd-r' | 'even-r', q: number): HexJson => parseHexJson({ layout, hexes: { A: { q: 0, r: 0, stp: 'S' }, B: { q, r: 1, stp: 'S' } } });
    expect(brokenGroups(diag('odd-r', 0))).toEqual([]);
    expect(brokenGroups(diag('odd-r', -1))).toEqual([]);
    expect(brokenGroups(diag('odd-r', 1))).toEqual(['S']);
    expect(brokenGroups(diag('even-r', 1))).toEqual([]);
    expect(brokenGroups(diag('even-r', -1))).toEqual(['S']);
  });
  it('counts the share of pairs that are hex neighbours', () => {
    const doc = parseHexJson({ layout: 'odd-r', hexes: { A: { q: 0, r: 0 }, B: { q: 1, r: 0 }, C: { q: 3, r: 0 } } });
    expect(hexStats(doc, [['A', 'B'], ['A', 'C']])).toEqual({ pairs: 2, keptPairs: 1, share: 0.5 });
  });
});

describe('hexJsonText', () => {
  it('writes one hex a line and reads back as the same document', () => {
    const doc = parseHexJson({ layout: 'even-r', hexes: { B: { q: 1, r: 0, n: 'Bee "2"' }, A: { q: 0, r: 0, n: 'Ay' } } });
    const text = hexJsonText(doc);
    expect(text.split('\n')).toHaveLength(8);
    expect(parseHexJson(text)).toEqual(doc);
  });
});
