import type { MetricDef, MetricKey } from '../data/types';
import type { Catalog } from './normalize';

export function def(key: MetricKey, label: string, levels: MetricDef['levels'], periods: string[], extra: Partial<MetricDef> = {}): MetricDef {
  return {
    key,
    label,
    definition: '',
    kind: 'numeric',
    unit: 'gbp_m',
    levels,
    periods,
    periodLabels: Object.fromEntries(periods.map((p) => [p, p.replace('-', '/')])),
    defaultPeriod: periods.includes('2015-16') ? '2015-16' : periods[0]!,
    perHead: false,
    sources: [],
    notes: [],
    ...extra,
  };
}

/** A small catalog with the shapes of the real one: an STP-only, a CCG-only and a two-level metric. */
export const testCatalog: Catalog = {
  defs: new Map<MetricKey, MetricDef>([
    ['backlog', def('backlog', 'Backlog maintenance', ['stp'], ['2014-15', '2015-16', '2016-17'], { perHead: true })],
    ['interim_spend', def('interim_spend', 'Interim executive spend', ['ccg'], ['2015-16'], { unit: 'gbp' })],
    ['population', def('population', 'Population', ['stp', 'ccg'], ['mid-2015'], { unit: 'people' })],
  ]),
  levelOf: (code) => ({ E54000007: 'stp', E54000035: 'stp', E38000177: 'ccg', E38000041: 'ccg' } as const)[code] ?? null,
  parentsOf: (code) => ({ E38000177: ['E54000035'], E38000041: ['E54000047', 'E54000048'] } as Record<string, string[]>)[code] ?? [],
  nameOf: (code) => ({ E54000035: 'Surrey Heartlands', E38000177: 'NHS Surrey Downs CCG' } as Record<string, string>)[code] ?? code,
};
