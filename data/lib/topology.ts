// Build the one shared-arc topology: CCG pieces (Cumbria cut in two) → mapshaper snap, simplify,
// dissolve into ccg / stp / england layers → quantized TopoJSON with the contract's properties.
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology, Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import { gzipSync } from 'node:zlib';
import type { CcgProperties, StpProperties } from '../../src/data/types';
import { TOPOLOGY_OBJECTS } from '../../src/data/types';
import { fail } from './errors';
import { fromMulti, labelPoint, rewindClockwise, round, toMulti, type MultiPoly } from './geom';
import { CUMBRIA, F, type Sources } from './sources';
import type { Joined } from './join';

export interface PieceProps { code: string; stp: string }

export interface TopologyOptions {
  /** mapshaper -simplify percentage of removable vertices to keep, e.g. 30. */
  simplifyPct: number;
  /** TopoJSON quantization, e.g. 1e5. */
  quantization: number;
}

export const DEFAULT_TOPOLOGY_OPTIONS: TopologyOptions = { simplifyPct: 30, quantization: 3e4 };

export interface EnglandProperties { code: string; name: string }

export interface AtlasGeometry<P> {
  type: 'Polygon' | 'MultiPolygon';
  arcs: number[][] | number[][][];
  properties: P;
}
export interface AtlasCollection<P> { type: 'GeometryCollection'; geometries: AtlasGeometry<P>[] }

/** The written topology (quantized TopoJSON). Cast to topojson-specification's Topology for topojson-client. */
export interface AtlasTopology {
  type: 'Topology';
  bbox?: number[];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: { ccg: AtlasCollection<CcgProperties>; stp: AtlasCollection<StpProperties>; england: AtlasCollection<EnglandProperties> };
  arcs: [number, number][][];
}

export function asTopology(t: AtlasTopology): Topology {
  return t as unknown as Topology;
}

export interface TopologyStats {
  rawBytes: number;
  gzipBytes: number;
  arcs: number;
  vertices: number;
}

/**
 * The pieces layer: one feature per CCG, except NHS Cumbria CCG which is given as its two cut
 * parts (each tagged with its STP). Exterior rings are clockwise, as in the sources.
 */
export function buildPieces(s: Sources, cumbria: { north: MultiPoly; south: MultiPoly; northStp: string; southStp: string }): FeatureCollection<Polygon | MultiPolygon, PieceProps> {
  const features: Feature<Polygon | MultiPolygon, PieceProps>[] = [];
  const sorted = [...s.ccgGeo].sort((a, b) => String(a.properties['ccg16cd']).localeCompare(String(b.properties['ccg16cd'])));
  for (const f of sorted) {
    const code = f.properties['ccg16cd'] as string;
    if (code === CUMBRIA) {
      features.push({ type: 'Feature', properties: { code, stp: cumbria.northStp }, geometry: fromMulti(rewindClockwise(cumbria.north)) });
      features.push({ type: 'Feature', properties: { code, stp: cumbria.southStp }, geometry: fromMulti(rewindClockwise(cumbria.south)) });
    } else {
      const row = s.ccgs.get(code)!;
      features.push({ type: 'Feature', properties: { code, stp: row.stps[0]! }, geometry: fromMulti(rewindClockwise(toMulti(f.geometry))) });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Run mapshaper: snap, simplify (keep-shapes), dissolve pieces into the three layers. */
export async function runMapshaper(pieces: FeatureCollection, opts: TopologyOptions, extraDissolves: readonly string[] = []): Promise<Topology> {
  const layers = [TOPOLOGY_OBJECTS.ccg, TOPOLOGY_OBJECTS.stp, TOPOLOGY_OBJECTS.england, ...extraDissolves];
  const cmd = [
    '-i pieces.json snap',
    `-simplify ${opts.simplifyPct}% keep-shapes`,
    `-dissolve code target=pieces + name=${TOPOLOGY_OBJECTS.ccg}`,
    `-dissolve stp target=pieces + name=${TOPOLOGY_OBJECTS.stp}`,
    `-dissolve target=pieces + name=${TOPOLOGY_OBJECTS.england}`,
    ...extraDissolves.map((field) => `-dissolve ${field} target=pieces + name=${field}`),
    `-o out.json format=topojson quantization=${opts.quantization} target=${layers.join(',')}`,
    '-quiet',
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'pieces.json': JSON.stringify(pieces) });
  const text = out['out.json'];
  if (text === undefined) throw new Error('mapshaper produced no output');
  return JSON.parse(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')) as Topology;
}

type Geo = TopoPolygon<Record<string, unknown>> | TopoMultiPolygon<Record<string, unknown>>;

function geometriesOf(topo: Topology, name: string): Geo[] {
  const o = topo.objects[name];
  if (!o || o.type !== 'GeometryCollection') fail(`topology: object "${name}" missing`);
  return o.geometries as Geo[];
}

/** Decode one topology geometry to lon/lat polygons. */
export function decode(topo: Topology, g: Geo): MultiPoly {
  const f = feature(topo, g) as Feature<Polygon | MultiPolygon>;
  return toMulti(f.geometry);
}

/** Replace mapshaper's properties with the contract's, sort by code, compute CCG label points. */
export function finishTopology(raw: Topology, s: Sources, joined: Joined): AtlasTopology {
  const strip = (g: Geo): { type: Geo['type']; arcs: Geo['arcs'] } => ({ type: g.type, arcs: g.arcs });
  const code = (g: Geo, key: string): string => String((g.properties ?? {})[key]);

  const ccgGeoms = geometriesOf(raw, TOPOLOGY_OBJECTS.ccg);
  const names = new Map(s.ccgGeo.map((f) => [f.properties['ccg16cd'] as string, f.properties['ccg16nm'] as string]));
  const ccg = ccgGeoms
    .map((g) => {
      const c = code(g, 'code');
      const row = s.ccgs.get(c);
      if (!row) fail(`topology: unexpected CCG ${c}`);
      const mp = decode(raw, g);
      if (mp.length === 0) fail(`topology: CCG ${c} lost its polygon in simplification`);
      const props: CcgProperties = {
        code: c,
        name: names.get(c)!,
        ods: row.ods,
        stp: row.stps.length > 1 ? [...row.stps].sort() : row.stps[0]!,
        lp: labelPoint(mp),
      };
      return { ...strip(g), properties: props };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  const stpFeat = new Map(s.stpGeo.map((f) => [f.properties['stp17cd'] as string, f]));
  const stp = geometriesOf(raw, TOPOLOGY_OBJECTS.stp)
    .map((g) => {
      const c = code(g, 'stp');
      const f = stpFeat.get(c);
      const row = s.stps.get(c);
      if (!f || !row) fail(`topology: unexpected STP ${c}`);
      const name = String(f.properties['stp17nm']);
      const lon = Number(f.properties['long']);
      const lat = Number(f.properties['lat']);
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) fail(`${F.stpGeo}: STP ${c} has no long/lat reference point`);
      const props: StpProperties = { code: c, name, lp: [round(lon, 4), round(lat, 4)] };
      if (row.nhseName !== '' && row.nhseName !== name) props.nhse_name = row.nhseName;
      // Key order: code, name, nhse_name, lp.
      const ordered: StpProperties = props.nhse_name
        ? { code: props.code, name: props.name, nhse_name: props.nhse_name, lp: props.lp }
        : { code: props.code, name: props.name, lp: props.lp };
      return { ...strip(g), properties: ordered };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  const eng = geometriesOf(raw, TOPOLOGY_OBJECTS.england);
  if (eng.length !== 1) fail(`topology: expected one England geometry, got ${eng.length}`);
  const england = eng.map((g) => ({ ...strip(g), properties: { code: 'E92000001', name: 'England' } }));

  if (ccg.length !== joined.ccgCodes.length) fail(`topology: ${ccg.length} CCG geometries, expected ${joined.ccgCodes.length}`);
  if (stp.length !== joined.stpCodes.length) fail(`topology: ${stp.length} STP geometries, expected ${joined.stpCodes.length}`);

  const out = {
    type: 'Topology',
    ...(raw.bbox ? { bbox: raw.bbox } : {}),
    transform: raw.transform,
    objects: {
      [TOPOLOGY_OBJECTS.ccg]: { type: 'GeometryCollection', geometries: ccg },
      [TOPOLOGY_OBJECTS.stp]: { type: 'GeometryCollection', geometries: stp },
      [TOPOLOGY_OBJECTS.england]: { type: 'GeometryCollection', geometries: england },
    },
    arcs: raw.arcs,
  };
  return out as unknown as AtlasTopology;
}

/** Extra dissolved layers (e.g. each year's organisations) as arc-only collections keyed by the dissolve field. */
export function dissolvedLayers(raw: Topology, fields: readonly string[]): Record<string, { type: 'GeometryCollection'; geometries: { type: string; arcs: unknown; properties: { code: string } }[] }> {
  return Object.fromEntries(
    fields.map((field) => {
      const geometries = geometriesOf(raw, field)
        .map((g) => ({ type: g.type, arcs: g.arcs as unknown, properties: { code: String((g.properties ?? {})[field]) } }))
        .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
      return [field, { type: 'GeometryCollection' as const, geometries }];
    }),
  );
}

export function topologyStats(text: string, topo: AtlasTopology | Topology): TopologyStats {
  return {
    rawBytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text, { level: 9 }).length,
    arcs: topo.arcs.length,
    vertices: (topo.arcs as unknown[][]).reduce((n, a) => n + a.length, 0),
  };
}
