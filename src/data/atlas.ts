import { geoBounds } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { shortAreaName } from '../domain/format';
import type { CcgProperties, Level, MetricDef, MetricKey, MetricsFile, StpProperties } from './types';

export type AreaFeature = Feature<Polygon | MultiPolygon, { code: string }>;

export interface Area {
  code: string;
  level: Level;
  name: string;
  /** Name without the "NHS" prefix, for tight places (tooltips, table). */
  shortName: string;
  /** NHS England's 2017/18 name of an STP where it differs from ONS's. */
  nhseName?: string;
  ods?: string;
  /** Parent STP codes of a CCG (two for NHS Cumbria CCG); empty for STPs. */
  parents: string[];
  /** Child CCG codes of an STP (a split CCG is a child of both its STPs); empty for CCGs. */
  children: string[];
  /** Label point [lon, lat]. */
  labelPoint: [number, number];
  /** [[west, south], [east, north]] */
  bounds: [[number, number], [number, number]];
  /** Codes of areas of the same level sharing a border. */
  neighbours: string[];
}

export interface Atlas {
  metrics: MetricsFile;
  defs: Map<MetricKey, MetricDef>;
  areas: Map<string, Area>;
  /** Areas of each level, by name. */
  byLevel: Record<Level, Area[]>;
  features: Record<Level, FeatureCollection<Polygon | MultiPolygon, { code: string }>>;
  england: FeatureCollection<Polygon | MultiPolygon>;
  featureByCode: Map<string, AreaFeature>;
}

type AtlasTopology = Topology<{
  ccg: GeometryCollection<CcgProperties>;
  stp: GeometryCollection<StpProperties>;
  england: GeometryCollection;
}>;

export function buildAtlas(topology: AtlasTopology, metrics: MetricsFile): Atlas {
  const areas = new Map<string, Area>();
  const features = {} as Atlas['features'];
  const byLevel = { stp: [] as Area[], ccg: [] as Area[] };

  for (const level of ['stp', 'ccg'] as const) {
    const object = topology.objects[level] as GeometryCollection<CcgProperties | StpProperties>;
    const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, CcgProperties | StpProperties>;
    const adjacency = neighbors(object.geometries);
    collection.features.forEach((f, i) => {
      const p = f.properties;
      const parents = 'stp' in p ? (Array.isArray(p.stp) ? [...p.stp] : [p.stp]) : [];
      const area: Area = {
        code: p.code,
        level,
        name: p.name,
        shortName: shortAreaName(p.name),
        parents,
        children: [],
        labelPoint: p.lp,
        bounds: geoBounds(f),
        neighbours: (adjacency[i] ?? []).map((j) => collection.features[j]!.properties.code),
      };
      if ('ods' in p) area.ods = p.ods;
      if ('nhse_name' in p && p.nhse_name) area.nhseName = p.nhse_name;
      areas.set(p.code, area);
      byLevel[level].push(area);
    });
    features[level] = {
      type: 'FeatureCollection',
      features: collection.features.map((f) => ({ type: 'Feature', id: f.properties.code, geometry: f.geometry, properties: { code: f.properties.code } })),
    };
  }
  for (const ccg of byLevel.ccg) {
    for (const parent of ccg.parents) areas.get(parent)?.children.push(ccg.code);
  }
  for (const list of Object.values(byLevel)) list.sort((a, b) => a.shortName.localeCompare(b.shortName));
  for (const stp of byLevel.stp) stp.children.sort((a, b) => areas.get(a)!.shortName.localeCompare(areas.get(b)!.shortName));

  const featureByCode = new Map<string, AreaFeature>();
  for (const level of ['stp', 'ccg'] as const) for (const f of features[level].features) featureByCode.set(f.properties.code, f);
  return {
    featureByCode,
    metrics,
    defs: new Map(metrics.metrics.map((d) => [d.key, d])),
    areas,
    byLevel,
    features,
    england: feature(topology, topology.objects.england) as FeatureCollection<Polygon | MultiPolygon>,
  };
}

/** "Surrey Downs CCG (E38000177)" style label for the level an area code belongs to. */
export function levelOfCode(code: string): Level | null {
  if (/^E54\d{6}$/.test(code)) return 'stp';
  if (/^E38\d{6}$/.test(code)) return 'ccg';
  return null;
}
