import { createGeographyRegistry, type GeographyRegistry } from '../geography/registry';
import { CUTS } from '../geography/cuts';

export type LaterModule = typeof import('../orgs-later');
import type { OrgsFile } from './orgs-types';
import type { AtlasTopology, MetricDef, MetricKey, MetricsFile } from './types';

export interface Atlas {
  metrics: MetricsFile;
  defs: Map<MetricKey, MetricDef>;
  /** Areas, their relations and shapes, for every level and cut of England (src/geography). */
  geographies: GeographyRegistry;
  /** What became of the 2016 CCGs (orgs.json), once loaded: see src/data/orgs-load.ts. */
  orgs: OrgsFile | null;
  /** The code the later years need (src/orgs-later.ts), loaded with orgs.json. */
  later: LaterModule | null;
}

export function buildAtlas(topology: AtlasTopology, metrics: MetricsFile): Atlas {
  const atlas: Atlas = {
    metrics,
    defs: new Map(metrics.metrics.map((d) => [d.key, d])),
    geographies: createGeographyRegistry(topology, CUTS, () => (atlas.orgs ? { orgs: atlas.orgs, cuts: atlas.later?.LATER_CUTS ?? [] } : null)),
    orgs: null,
    later: null,
  };
  return atlas;
}
