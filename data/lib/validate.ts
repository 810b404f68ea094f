// Output checks: STP overlap with the ONS footprints, d3-geo winding sanity, size budget.
import * as polyclip from 'polyclip-ts';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { fail } from './errors';
import { multiArea, pointInMulti, projectMulti, toMulti, ukAlbers, type MultiPoly } from './geom';
import { asTopology, type AtlasTopology, type AtlasGeometry } from './topology';
import type { PolyFeature } from './sources';

export const MIN_STP_OVERLAP = 0.94;
export const MAX_GZIP_BYTES = 120 * 1024;
/** A feature bigger than this (steradians) has its rings the wrong way round for d3-geo. */
export const MAX_STERADIANS = 0.1;

export interface Overlap { code: string; name: string; overlap: number }

/**
 * For each dissolved STP: area(dissolved ∩ ONS STP) / area(dissolved), computed with polyclip-ts
 * in an equal-area (Albers) projection. Sorted by code.
 */
export function stpOverlaps(topo: AtlasTopology, onsStps: PolyFeature[]): Overlap[] {
  const proj = ukAlbers();
  const ons = new Map(onsStps.map((f) => [f.properties['stp17cd'] as string, projectMulti(toMulti(f.geometry), proj)]));
  return topo.objects.stp.geometries.map((g) => {
    const code = g.properties.code;
    const f = feature(asTopology(topo), g as unknown as GeometryObject) as Feature<Polygon | MultiPolygon>;
    const d = projectMulti(toMulti(f.geometry), proj);
    const o = ons.get(code);
    if (!o) fail(`overlap: no ONS polygon for ${code}`);
    const inter = polyclip.intersection(d, o) as MultiPoly;
    return { code, name: g.properties.name, overlap: multiArea(inter) / multiArea(d) };
  });
}

export function checkOverlaps(overlaps: Overlap[]): Overlap {
  const min = overlaps.reduce((a, b) => (b.overlap < a.overlap ? b : a));
  for (const o of overlaps) {
    if (o.overlap < MIN_STP_OVERLAP) {
      fail(`atlas.topo.json: dissolved STP ${o.code} ${o.name} overlaps its ONS polygon by only ${(100 * o.overlap).toFixed(1)}% (< ${100 * MIN_STP_OVERLAP}%)`);
    }
  }
  return min;
}

/** Every feature of the ccg and stp objects must be small in d3-geo's spherical area (clockwise rings). */
export function checkWinding(topo: AtlasTopology): { max: number; code: string } {
  let max = 0, maxCode = '';
  for (const name of ['ccg', 'stp', 'england'] as const) {
    const col: AtlasGeometry<{ code: string }>[] = topo.objects[name].geometries;
    for (const g of col) {
      const a = geoArea(feature(asTopology(topo), g as unknown as GeometryObject) as Feature);
      const limit = name === 'england' ? MAX_STERADIANS * 2 : MAX_STERADIANS;
      if (a > limit) fail(`atlas.topo.json: ${name} ${g.properties.code} has d3 geoArea ${a.toFixed(3)} sr: rings are wound the wrong way for d3-geo`);
      if (a === 0) fail(`atlas.topo.json: ${name} ${g.properties.code} has zero area`);
      if (name !== 'england' && a > max) {
        max = a;
        maxCode = g.properties.code;
      }
    }
  }
  return { max, code: maxCode };
}

/** Every CCG label point lies inside its (simplified) polygon. */
export function checkLabelPoints(topo: AtlasTopology): void {
  for (const g of topo.objects.ccg.geometries) {
    const f = feature(asTopology(topo), g as unknown as GeometryObject) as Feature<Polygon | MultiPolygon>;
    if (!pointInMulti(g.properties.lp, toMulti(f.geometry))) fail(`atlas.topo.json: label point of CCG ${g.properties.code} is outside its polygon`);
  }
}

/** STP reference points (ONS) that fall outside the dissolved polygon: reported, not fatal. */
export function stpLabelsOutside(topo: AtlasTopology): string[] {
  return topo.objects.stp.geometries
    .filter((g) => !pointInMulti(g.properties.lp, toMulti((feature(asTopology(topo), g as unknown as GeometryObject) as Feature<Polygon | MultiPolygon>).geometry)))
    .map((g) => g.properties.code);
}

export function checkSize(gzipBytes: number): void {
  if (gzipBytes > MAX_GZIP_BYTES) fail(`atlas.topo.json: ${gzipBytes} bytes gzipped exceeds the ${MAX_GZIP_BYTES}-byte budget`);
}
