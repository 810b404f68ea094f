// Cutting NHS Cumbria CCG along the ONS border between two STPs. Pure functions.
import { topology } from 'topojson-server';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import * as polyclip from 'polyclip-ts';
import { areaM2, toMulti, type MultiPoly, type Pt } from './geom';

/**
 * The border shared by two polygon features, as one polyline (lon/lat). Built with
 * topojson-server: the arcs both features reference are their common border; they are
 * chained end to end. Throws if the border is not one connected line.
 */
export function sharedBorder(a: Feature<Polygon | MultiPolygon>, b: Feature<Polygon | MultiPolygon>): Pt[] {
  const topo = topology({ a: a, b: b }) as Topology;
  const used = (o: unknown): Set<number> => {
    const s = new Set<number>();
    const walk = (x: unknown): void => {
      if (typeof x === 'number') s.add(x < 0 ? ~x : x);
      else if (Array.isArray(x)) x.forEach(walk);
    };
    walk((o as { arcs?: unknown }).arcs);
    return s;
  };
  const ua = used(topo.objects['a']);
  const ub = used(topo.objects['b']);
  const shared = [...ua].filter((i) => ub.has(i)).sort((x, y) => x - y);
  if (shared.length === 0) throw new Error('the two features share no border');
  const arcs: Pt[][] = shared.map((i) => topo.arcs[i]!.map((p) => [p[0]!, p[1]!] as Pt));
  return chain(arcs);
}

const same = (p: Pt, q: Pt): boolean => p[0] === q[0] && p[1] === q[1];

/**
 * Join polylines that meet end to end into one polyline. Where the two source polygons leave a
 * small gap between them (the STP file has one sliver, ~2.5 km long, in the Lake District), the
 * nearest free ends are bridged by a straight segment if they are at most `maxGapKm` apart.
 */
export function chain(parts: Pt[][], maxGapKm = 3): Pt[] {
  const rest = parts.map((p) => [...p]);
  let line = rest.shift()!;
  while (rest.length > 0) {
    // Find the part whose end is nearest to either end of the line (exact joins have distance 0).
    let best: { i: number; joined: Pt[]; d: number } | undefined;
    const head = line[0]!, tail = line[line.length - 1]!;
    rest.forEach((p, i) => {
      const ph = p[0]!, pt = p[p.length - 1]!;
      const cands: [number, () => Pt[]][] = [
        [km(tail, ph), () => [...line, ...(same(tail, ph) ? p.slice(1) : p)]],
        [km(tail, pt), () => [...line, ...(same(tail, pt) ? [...p].reverse().slice(1) : [...p].reverse())]],
        [km(head, pt), () => [...(same(head, pt) ? p.slice(0, -1) : p), ...line]],
        [km(head, ph), () => [...(same(head, ph) ? [...p].reverse().slice(0, -1) : [...p].reverse()), ...line]],
      ];
      for (const [d, make] of cands) if (!best || d < best.d) best = { i, joined: make(), d };
    });
    if (!best || best.d > maxGapKm) {
      throw new Error(`shared border is not one line: ${rest.length + 1} pieces, nearest gap ${best?.d.toFixed(1)} km`);
    }
    line = best.joined;
    rest.splice(best.i, 1);
  }
  return line;
}

function km(p: Pt, q: Pt): number {
  const k = Math.cos((((p[1] + q[1]) / 2) * Math.PI) / 180);
  return Math.hypot((p[0] - q[0]) * k, p[1] - q[1]) * 111.2;
}

/** Extend a polyline at both ends by `km` along the direction of its last `backKm`. */
export function extendLine(line: Pt[], km: number, backKm = 2): Pt[] {
  const kmPerDegLat = 111.2;
  const extendEnd = (pts: Pt[]): Pt => {
    const end = pts[0]!;
    const k = Math.cos((end[1] * Math.PI) / 180);
    const dist = (p: Pt): number => Math.hypot((p[0] - end[0]) * k, p[1] - end[1]) * kmPerDegLat;
    let ref = pts[1]!;
    for (const p of pts) {
      ref = p;
      if (dist(p) >= backKm) break;
    }
    const d = dist(ref);
    const ux = ((end[0] - ref[0]) * k * kmPerDegLat) / d;
    const uy = ((end[1] - ref[1]) * kmPerDegLat) / d;
    return [end[0] + (ux * km) / (k * kmPerDegLat), end[1] + (uy * km) / kmPerDegLat];
  };
  const start = extendEnd(line);
  const finish = extendEnd([...line].reverse());
  return [start, ...line, finish];
}

export interface CutResult {
  /** The part on the side away from the cutter (north of a W–E border). */
  north: MultiPoly;
  /** The part inside the cutter polygon (south of the border). */
  south: MultiPoly;
  /** Equal-area shares of the two parts, normalised to sum 1. */
  shareNorth: number;
  shareSouth: number;
  /** Union area of the pieces / area of the original (should be ≈ 1). */
  areaRatio: number;
}

/**
 * Cut a polygon along a roughly west–east border line. The line is extended at both ends by
 * `extendKm` so it crosses the polygon's outline, then closed into a "cutter" polygon through
 * points far to the south; south = polygon ∩ cutter, north = polygon − cutter. The polygon's own
 * outline (e.g. its coastline) is kept on both parts.
 */
export function cutAlongBorder(polygon: MultiPoly, border: Pt[], extendKm = 5, southLat?: number): CutResult {
  const line = extendLine(border, extendKm);
  let minLat = Infinity;
  for (const poly of polygon) for (const [, y] of poly[0]!) minLat = Math.min(minLat, y);
  for (const [, y] of line) minLat = Math.min(minLat, y);
  const far = southLat ?? minLat - 1;
  const first = line[0]!, last = line[line.length - 1]!;
  const cutterRing: Pt[] = [...line, [last[0], far], [first[0], far], first];
  const cutter: MultiPoly = [[cutterRing]];
  const south = polyclip.intersection(polygon, cutter) as MultiPoly;
  const north = polyclip.difference(polygon, cutter) as MultiPoly;
  const aN = areaM2(north), aS = areaM2(south), aAll = areaM2(polygon);
  return { north, south, shareNorth: aN / (aN + aS), shareSouth: aS / (aN + aS), areaRatio: (aN + aS) / aAll };
}

export function featureMulti(f: Feature<Polygon | MultiPolygon>): MultiPoly {
  return toMulti(f.geometry);
}
