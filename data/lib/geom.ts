// Small planar geometry helpers on GeoJSON-style coordinate arrays (lon/lat or projected).
import { geoAlbers, type GeoProjection } from 'd3-geo';
import polylabel from 'polylabel';
import type { Geometry, Polygon, MultiPolygon, Position } from 'geojson';

export type Pt = [number, number];
export type Ring = Pt[];
export type Poly = Ring[];
export type MultiPoly = Poly[];

/** Planar signed area (shoelace); positive = counter-clockwise with y pointing up. */
export function ringSignedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s / 2;
}

/** Planar area of a multipolygon: outer rings minus holes, whatever their winding. */
export function multiArea(mp: readonly (readonly (readonly Position[])[])[]): number {
  let total = 0;
  for (const poly of mp) {
    poly.forEach((ring, i) => {
      const a = Math.abs(ringSignedArea(ring));
      total += i === 0 ? a : -a;
    });
  }
  return total;
}

function pt(p: Position): Pt {
  return [p[0]!, p[1]!];
}

export function toMulti(g: Geometry): MultiPoly {
  if (g.type === 'Polygon') return [g.coordinates.map((r) => r.map(pt))];
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p.map((r) => r.map(pt)));
  throw new Error(`expected a polygon, got ${g.type}`);
}

export function fromMulti(mp: MultiPoly): Polygon | MultiPolygon {
  return mp.length === 1 ? { type: 'Polygon', coordinates: mp[0]! } : { type: 'MultiPolygon', coordinates: mp };
}

/**
 * Rewind so exterior rings are clockwise and holes counter-clockwise in lon/lat
 * (the d3-geo convention, also what the ONS source files use).
 */
export function rewindClockwise(mp: MultiPoly): MultiPoly {
  return mp.map((poly) =>
    poly.map((ring, i) => {
      const a = ringSignedArea(ring);
      const wantCw = i === 0;
      return (wantCw && a > 0) || (!wantCw && a < 0) ? [...ring].reverse() : ring;
    }),
  );
}

/** Equal-area conic for Great Britain (Albers, standard parallels 50°N and 58°N). Units: metres. */
export function ukAlbers(): GeoProjection {
  return geoAlbers()
    .rotate([2, 0])
    .center([0, 52.5])
    .parallels([50, 58])
    .scale(6371008.8) // earth radius in metres → output in metres
    .translate([0, 0]);
}

export function projectMulti(mp: MultiPoly, proj: GeoProjection): MultiPoly {
  return mp.map((poly) =>
    poly.map((ring) =>
      ring.map((p) => {
        const q = proj(p);
        if (!q) throw new Error(`cannot project ${p.join(',')}`);
        return [q[0], q[1]] as Pt;
      }),
    ),
  );
}

/** Equal-area (m²) of a lon/lat multipolygon. */
export function areaM2(mp: MultiPoly, proj: GeoProjection = ukAlbers()): number {
  return multiArea(projectMulti(mp, proj));
}

export function pointInRing(p: Pt, ring: readonly Position[]): boolean {
  let inside = false;
  const [x, y] = p;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!;
    const xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPoly(p: Pt, poly: readonly (readonly Position[])[]): boolean {
  if (!poly[0] || !pointInRing(p, poly[0])) return false;
  for (let i = 1; i < poly.length; i++) if (pointInRing(p, poly[i]!)) return false;
  return true;
}

export function pointInMulti(p: Pt, mp: readonly (readonly (readonly Position[])[])[]): boolean {
  return mp.some((poly) => pointInPoly(p, poly));
}

export function round(x: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(x * f) / f;
}

/**
 * Label point: pole of inaccessibility (polylabel) of the largest polygon, computed in a
 * cos(latitude)-scaled space so distances are roughly isotropic. Rounded to 4 dp and
 * guaranteed to lie inside the polygon.
 */
export function labelPoint(mp: MultiPoly): Pt {
  let best: Poly | undefined;
  let bestArea = -1;
  for (const poly of mp) {
    const a = multiArea([poly.map((r) => r.map(([x, y]) => [x * Math.cos((y * Math.PI) / 180), y] as Pt))]);
    if (a > bestArea) {
      bestArea = a;
      best = poly;
    }
  }
  if (!best) throw new Error('empty geometry');
  const outer = best[0]!;
  let minY = Infinity, maxY = -Infinity;
  for (const [, y] of outer) {
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scaled = best.map((r) => r.map(([x, y]) => [x * k, y]));
  const p = polylabel(scaled, 0.0002);
  const lp: Pt = [round(p[0] / k, 4), round(p[1], 4)];
  if (pointInPoly(lp, best)) return lp;
  // Rounding pushed it out (only possible for slivers): nudge over the 4 dp grid.
  for (const dx of [0, 1e-4, -1e-4]) {
    for (const dy of [0, 1e-4, -1e-4]) {
      const q: Pt = [round(p[0] / k + dx, 4), round(p[1] + dy, 4)];
      if (pointInPoly(q, best)) return q;
    }
  }
  throw new Error('label point outside polygon');
}
