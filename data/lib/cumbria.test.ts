import { describe, expect, it } from 'vitest';
import { chain, cutAlongBorder, extendLine, sharedBorder } from './cumbria';
import { areaM2, multiArea, toMulti, type MultiPoly, type Pt } from './geom';
import { loadSources, CUMBRIA } from './sources';
import { SHARED_DIR, SKIP_SHARED } from './testing';
import * as polyclip from 'polyclip-ts';

// A 1°×1° square near 54°N, clockwise like the sources.
const square: MultiPoly = [[[[-3, 54], [-3, 55], [-2, 55], [-2, 54], [-3, 54]]]];

describe('cutAlongBorder (pure)', () => {
  it('cuts a square along a line that stops short of its edges (the ends are extended)', () => {
    // Border at lat 54.25 from lon -2.99 to -2.01: 0.01° ≈ 0.65 km short of each edge, extended by 5 km.
    const border: Pt[] = [[-2.99, 54.25], [-2.5, 54.25], [-2.01, 54.25]];
    const r = cutAlongBorder(square, border);
    expect(r.shareSouth).toBeCloseTo(0.25, 2);
    expect(r.shareNorth).toBeCloseTo(0.75, 2);
    expect(r.shareNorth + r.shareSouth).toBeCloseTo(1, 12);
    expect(r.areaRatio).toBeCloseTo(1, 6);
    // The pieces keep the square's own outline: their union is the square.
    const union = polyclip.union(r.north, r.south) as MultiPoly;
    expect(multiArea(union)).toBeCloseTo(multiArea(square), 9);
  });

  it('chains border pieces, bridging a small gap', () => {
    const a: Pt[] = [[0, 54], [0.01, 54]];
    const b: Pt[] = [[0.03, 54], [0.02, 54]]; // reversed, 0.65 km away
    expect(chain([a, b])).toEqual([[0, 54], [0.01, 54], [0.02, 54], [0.03, 54]]);
    expect(() => chain([a, [[1, 54], [1.1, 54]]])).toThrow(/not one line/);
  });

  it('extends both ends of a line', () => {
    const l = extendLine([[0, 54], [0.1, 54]], 5);
    expect(l).toHaveLength(4);
    expect(l[0]![0]).toBeLessThan(0);
    expect(l[3]![0]).toBeGreaterThan(0.1);
  });
});

describe.skipIf(SKIP_SHARED)('Cumbria cut on the real boundaries', () => {
  it('splits NHS Cumbria CCG about 72/27 between E54000047 and E54000048', () => {
    const s = loadSources(SHARED_DIR);
    const stp = (c: string) => s.stpGeo.find((f) => f.properties['stp17cd'] === c)!;
    const ccg = toMulti(s.ccgGeo.find((f) => f.properties['ccg16cd'] === CUMBRIA)!.geometry);
    const r = cutAlongBorder(ccg, sharedBorder(stp('E54000047'), stp('E54000048')));
    // Measured: 0.7243 / 0.2757 (ONS spatial check in SOURCES.md: 72.1% / 27.4%, before normalising).
    expect(r.shareNorth).toBeGreaterThan(0.715);
    expect(r.shareNorth).toBeLessThan(0.735);
    expect(r.shareSouth).toBeGreaterThan(0.265);
    expect(r.shareSouth).toBeLessThan(0.285);
    // The pieces' union has the CCG's area.
    expect(areaM2(r.north) + areaM2(r.south)).toBeCloseTo(areaM2(ccg), -4); // within ~10^4 m² of ~6.8e9 m²
    expect(r.areaRatio).toBeCloseTo(1, 6);
  });
});
