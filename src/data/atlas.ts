import { createGeographyRegistry, type GeographyRegistry } from '../geography/registry';
import type { AtlasTopology, MetricDef, MetricKey, MetricsFile } from './types';

export interface Atlas {
  metrics: MetricsFile;
  defs: Map<MetricKey, MetricDef>;
  /** Areas, their relations and shapes, for every level and cut of England (src/geography). */
  geographies: GeographyRegistry;
}

export function buildAtlas(topology: AtlasTopology, metrics: MetricsFile): Atlas {
  return {
    metrics,
    defs: new Map(metrics.metrics.map((d) => [d.key, d])),
    geographies: createGeographyRegistry(topology),
  };
}
