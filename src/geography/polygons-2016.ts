import { geoBounds } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { CcgProperties, Level, StpProperties } from '../data/types';
import { shortAreaName } from '../domain/format';
import type { Area, CutFactory, LandShapes } from './geography';

/**
 * The 2016/17 STPs and CCGs on their ONS boundaries, straight from the topology: neighbours share
 * arcs, STP borders are drawn over the CCG map, and NHS Cumbria CCG has two parent STPs.
 */
export const polygons2016: CutFactory = ({ topology }) => {
  let land: LandShapes | undefined;
  let children: Map<string, string[]> | undefined;
  // An STP's CCGs by name, from the CCGs' properties alone (no geometry needed).
  const childrenOf = (stp: string) => {
    if (!children) {
      children = new Map();
      const ccgs = topology.objects.ccg.geometries.map((g) => g.properties as CcgProperties).sort((a, b) => shortAreaName(a.name).localeCompare(shortAreaName(b.name)));
      for (const ccg of ccgs) for (const parent of parentsOf(ccg)) children.set(parent, [...(children.get(parent) ?? []), ccg.code]);
    }
    return children.get(stp) ?? [];
  };
  return {
    orgs: '2016',
    shape: 'geo',
    build(level: Level) {
      const object = topology.objects[level] as GeometryCollection<CcgProperties | StpProperties>;
      const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, CcgProperties | StpProperties>;
      const adjacency = neighbors(object.geometries);
      const areas = collection.features.map((f, i): Area => {
        const p = f.properties;
        let bounds: Area['bounds'] | undefined;
        const area: Area = {
          code: p.code,
          level,
          name: p.name,
          shortName: shortAreaName(p.name),
          parents: 'stp' in p ? parentsOf(p) : [],
          children: level === 'stp' ? childrenOf(p.code) : [],
          labelPoint: p.lp,
          // A pass over every vertex on the sphere: worked out when first asked for (names on the
          // map, zooming to an area), not for all 253 areas before the first paint.
          get bounds() {
            return (bounds ??= geoBounds(f));
          },
          neighbours: (adjacency[i] ?? []).map((j) => collection.features[j]!.properties.code),
        };
        if ('ods' in p) area.ods = p.ods;
        if ('nhse_name' in p && p.nhse_name) area.nhseName = p.nhse_name;
        return area;
      });
      return {
        areas,
        shapes: {
          type: 'FeatureCollection',
          features: collection.features.map((f) => ({ type: 'Feature', id: f.properties.code, geometry: f.geometry, properties: { code: f.properties.code } })),
        },
        overlayLevel: level === 'ccg' ? 'stp' : null,
        land: (land ??= feature(topology, topology.objects.england) as LandShapes),
      };
    },
  };
};

function parentsOf(ccg: CcgProperties): string[] {
  return Array.isArray(ccg.stp) ? [...ccg.stp] : [ccg.stp];
}
