import type { Atlas } from '../data/atlas';
import type { Level, MetricDef, MetricKey, Value } from '../data/types';
import type { Geography } from '../geography/geography';
import { classBreaks, classIndex, type ClassBreaks, type Classification } from './classify';
import { formatValue, periodLabel as labelOfPeriod, unitLabel } from './format';
import { CATEGORY_COLOURS, NO_DATA_COLOUR, sequentialColours } from './palette';
import { rankDescending } from './rank';

export interface ViewSpec {
  level: Level;
  metric: MetricKey;
  period: string;
  perHead: boolean;
  classify: Classification;
}

export interface LegendItem {
  colour: string;
  label: string;
  kind: 'class' | 'category' | 'nodata';
  count: number;
}

export interface Choropleth {
  spec: ViewSpec;
  def: MetricDef;
  /** "Backlog maintenance, 2015/16" */
  title: string;
  periodLabel: string;
  unit: string;
  /** Value shown for every area of the level (per resident when spec.perHead). */
  values: Map<string, Value>;
  colours: Map<string, string>;
  breaks: ClassBreaks | null;
  legend: LegendItem[];
  ranks: Map<string, number | null>;
  ranked: number;
  format: (value: Value) => string;
  /** Areas whose value is approximate (shown "about …"). */
  approximate: ReadonlySet<string>;
}

/** An area's value as text: "about 512,000" where it is an approximation. */
export function formatAreaValue(choropleth: Pick<Choropleth, 'values' | 'format' | 'approximate'>, code: string): string {
  const value = choropleth.values.get(code) ?? null;
  return `${value !== null && choropleth.approximate.has(code) ? 'about ' : ''}${choropleth.format(value)}`;
}

const POPULATION_PERIOD = 'mid-2015';

/** Values of one metric and period for every area of a geography, keyed by area code (raw, before per-head). */
export function rawValues(atlas: Atlas, geography: Pick<Geography, 'level' | 'areas'>, metric: MetricKey, period: string): Map<string, Value> {
  const table = atlas.metrics.values[metric]?.[geography.level]?.[period] ?? {};
  return new Map(geography.areas.map((area) => [area.code, table[area.code] ?? null]));
}

/** One area's raw value of a metric and period; null when not reported (or not reported at its level). */
export function areaValue(atlas: Atlas, metric: MetricKey, area: { code: string; level: Level }, period: string): Value {
  return atlas.metrics.values[metric]?.[area.level]?.[period]?.[area.code] ?? null;
}

/** Money per resident in pounds; null when either side is missing. */
export function perHeadValue(value: Value, population: Value, def: MetricDef): Value {
  if (typeof value !== 'number' || typeof population !== 'number' || population <= 0) return null;
  return (def.unit === 'gbp_m' ? value * 1e6 : value) / population;
}

/** The choropleth of a view over the areas of its geography (whose level is the spec's). */
export function computeChoropleth(atlas: Atlas, geography: Pick<Geography, 'level' | 'areas'> & Partial<Pick<Geography, 'key'>>, spec: ViewSpec): Choropleth {
  const def = atlas.defs.get(spec.metric);
  if (!def) throw new Error(`Unknown metric ${spec.metric}`);
  // A later year's geography exists only once orgs.json and its code (atlas.later) are loaded.
  const later = geography.key && geography.key.orgs !== '2016' && atlas.later ? atlas.later.laterYearValues(atlas, geography.areas, spec.metric) : null;
  const raw = later?.values ?? rawValues(atlas, geography, spec.metric, spec.period);
  let values = raw;
  if (spec.perHead) {
    const population = rawValues(atlas, geography, 'population', POPULATION_PERIOD);
    values = new Map([...raw].map(([code, v]) => [code, perHeadValue(v, population.get(code) ?? null, def)]));
  }
  const format = (value: Value) => formatValue(value, def.unit, { perHead: spec.perHead, categories: def.categories });
  const colours = new Map<string, string>();
  const legend: LegendItem[] = [];
  let breaks: ClassBreaks | null = null;

  if (def.kind === 'categorical') {
    for (const category of def.categories ?? []) {
      legend.push({ colour: CATEGORY_COLOURS[category.value] ?? '#888', label: category.label, kind: 'category', count: 0 });
    }
    for (const [code, v] of values) {
      const i = (def.categories ?? []).findIndex((c) => c.value === v);
      colours.set(code, i >= 0 ? legend[i]!.colour : NO_DATA_COLOUR);
      if (i >= 0) legend[i]!.count++;
    }
  } else {
    const numbers = [...values.values()].filter((v): v is number => typeof v === 'number');
    breaks = classBreaks(numbers, spec.classify);
    if (breaks) {
      const palette = sequentialColours(spec.metric, breaks.lower.length, def.direction);
      const members: number[][] = breaks.lower.map(() => []);
      for (const [code, v] of values) {
        if (typeof v === 'number') {
          const i = classIndex(breaks, v);
          members[i]!.push(v);
          colours.set(code, palette[i]!);
        } else colours.set(code, NO_DATA_COLOUR);
      }
      // Each class is labelled by the smallest and largest value it holds, so ranges never share an end.
      members.forEach((list, i) => {
        const low = Math.min(...list);
        const high = Math.max(...list);
        const label = list.length === 0 ? `${format(breaks!.lower[i]!)} and over` : low === high ? format(low) : `${format(low)} – ${format(high)}`;
        legend.push({ colour: palette[i]!, label, kind: 'class', count: list.length });
      });
    } else {
      for (const code of values.keys()) colours.set(code, NO_DATA_COLOUR);
    }
  }
  const missing = [...values.values()].filter((v) => v === null).length;
  if (missing > 0) legend.push({ colour: NO_DATA_COLOUR, label: 'Not reported', kind: 'nodata', count: missing });

  const { ranks, ranked } = def.kind === 'numeric' ? rankDescending(values) : { ranks: new Map<string, number | null>(), ranked: 0 };
  const periodLabel = labelOfPeriod(def, spec.period);
  return {
    spec,
    def,
    title: `${def.label}${spec.perHead ? ' per resident' : ''}, ${periodLabel}${later && spec.metric === 'population' ? ', summed from the 2016 CCGs' : ''}`,
    periodLabel,
    unit: unitLabel(def.unit, spec.perHead),
    values,
    colours,
    breaks,
    legend,
    ranks,
    ranked,
    format,
    approximate: later?.approximate ?? new Set(),
  };
}
