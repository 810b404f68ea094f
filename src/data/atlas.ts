import { createGeographyRegistry, type GeographyRegistry } from '../geography/registry';
import { CUTS } from '../geography/cuts';
import type { OrgsFile } from './orgs-types';
import type { AtlasTopology, MetricDef, MetricKey, MetricsFile, Source } from './types';

export interface Atlas {
  metrics: MetricsFile;
  defs: Map<MetricKey, MetricDef>;
  /** Areas, their relations and shapes, for every level and cut of England (src/geography). */
  geographies: GeographyRegistry;
  /** What became of the 2016 CCGs (orgs.json), once loaded: see src/data/orgs-load.ts. */
  orgs: OrgsFile | null;
}

/** A measure of the later years' bodies, computed in the app from orgs.json (src/domain/org-values.ts). */
export const PREDECESSORS_DEF: MetricDef = {
  key: 'predecessors',
  label: '2016 CCGs merged into it',
  definition: 'How many of the 209 CCGs of April 2016 make up the area at the chosen date: those merged into a CCG or integrated care board, or those inside an STP footprint. Counted from NHS Digital\'s organisation data.',
  kind: 'numeric',
  unit: 'count',
  levels: ['stp', 'ccg'],
  periods: ['since-2016'],
  periodLabels: { 'since-2016': 'since April 2016' },
  defaultPeriod: 'since-2016',
  perHead: false,
  sources: ['ods_successions'],
  notes: ['NHS Cumbria CCG counts once in each body that holds part of it.'],
};

const ODS_SOURCE: Source = {
  id: 'ods_successions',
  label: 'NHS Digital, Organisation Data Service: CCG successions and ICBs (succ.csv, eccg.csv)',
  licence: 'Open Government Licence v3.0',
};

export function buildAtlas(topology: AtlasTopology, metrics: MetricsFile): Atlas {
  const atlas: Atlas = {
    metrics: { ...metrics, sources: { ...metrics.sources, [ODS_SOURCE.id]: ODS_SOURCE } },
    defs: new Map([...metrics.metrics.map((d): [MetricKey, MetricDef] => [d.key, d]), [PREDECESSORS_DEF.key, PREDECESSORS_DEF]]),
    geographies: createGeographyRegistry(topology, CUTS, () => atlas.orgs),
    orgs: null,
  };
  return atlas;
}
