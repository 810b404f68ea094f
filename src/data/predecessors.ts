import type { MetricDef, Source } from './types';

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

export const ODS_SOURCE: Source = {
  id: 'ods_successions',
  label: 'NHS Digital, Organisation Data Service: CCG successions and ICBs (succ.csv, eccg.csv)',
  licence: 'Open Government Licence v3.0',
};
