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
  /** Base period of the change view: colours show the change from it to `period`; null = the values themselves. */
  change?: string | null;
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
  /** The periods the classes were computed over ("2014/15–2016/17"); one colour means one range in all of them. */
  classPeriods: string;
  legend: LegendItem[];
  ranks: Map<string, number | null>;
  ranked: number;
  format: (value: Value) => string;
  /** Areas whose value is approximate (shown "about …"). */
  approximate: ReadonlySet<string>;
  /** The change view: "England (sum of STPs with both years) up 28.0%" for totals; null otherwise. */
  englandChange?: string | null;
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

/**
 * The periods a period is shown alongside: the summary years, or the months, or all periods. Years and
 * months are never classed together (a year's count is twelve months').
 */
export function periodSeries(def: Pick<MetricDef, 'periods' | 'summaryPeriods' | 'lazyPeriods'>, period: string): string[] {
  if (def.summaryPeriods?.includes(period)) return def.summaryPeriods;
  if (def.lazyPeriods?.includes(period)) return def.lazyPeriods;
  return def.periods;
}

/** The values of a period have arrived (a month of A&E is fetched lazily). */
export function periodLoaded(atlas: Pick<Atlas, 'metrics'>, metric: MetricKey, level: Level, period: string): boolean {
  return !!atlas.metrics.values[metric]?.[level]?.[period];
}

/** The periods of `period`'s series whose values have arrived: what a trend, a sparkline or a CSV of all periods can show. */
export function loadedSeries(atlas: Pick<Atlas, 'metrics' | 'defs'>, metric: MetricKey, level: Level, period: string): string[] {
  return periodSeries(atlas.defs.get(metric)!, period).filter((p) => periodLoaded(atlas, metric, level, p));
}

/** Classes shared by every period of a series, with each class's smallest and largest value over all of them. */
export interface ClassBasis {
  breaks: ClassBreaks | null;
  ranges: ([number, number] | null)[];
  /** Periods whose values were classed (loaded ones only). */
  periods: string[];
}

/** A later year's values, computed from its 2016 CCGs; they exist only once orgs.json and its code (atlas.later) are loaded. */
function laterValues(atlas: Atlas, geography: Pick<Geography, 'areas'> & Partial<Pick<Geography, 'key'>>, metric: MetricKey) {
  return geography.key && geography.key.orgs !== '2016' && atlas.later ? atlas.later.laterYearValues(atlas, geography.areas, metric) : null;
}

/** Values shown for every area of the geography in one period (per resident when asked). */
export function shownValues(atlas: Atlas, geography: Pick<Geography, 'level' | 'areas'> & Partial<Pick<Geography, 'key'>>, spec: Pick<ViewSpec, 'metric' | 'perHead'>, period: string): Map<string, Value> {
  const def = atlas.defs.get(spec.metric);
  if (!def) throw new Error(`Unknown metric ${spec.metric}`);
  const raw = laterValues(atlas, geography, spec.metric)?.values ?? rawValues(atlas, geography, spec.metric, period);
  if (!spec.perHead) return raw;
  const population = rawValues(atlas, geography, 'population', POPULATION_PERIOD);
  return new Map([...raw].map(([code, v]) => [code, perHeadValue(v, population.get(code) ?? null, def)]));
}

/** Classes over all loaded periods of the view's series: computed once per metric and series, not per step. */
export function computeClassBasis(atlas: Atlas, geography: Pick<Geography, 'level' | 'areas'> & Partial<Pick<Geography, 'key'>>, spec: ViewSpec): ClassBasis {
  const def = atlas.defs.get(spec.metric)!;
  const periods = periodSeries(def, spec.period).filter((p) => p === spec.period || periodLoaded(atlas, spec.metric, geography.level, p));
  const numbers = periods.flatMap((p) => [...shownValues(atlas, geography, spec, p).values()].filter((v): v is number => typeof v === 'number'));
  const breaks = def.kind === 'numeric' ? classBreaks(numbers, spec.classify) : null;
  const ranges: ([number, number] | null)[] = breaks ? breaks.lower.map(() => null) : [];
  if (breaks) {
    for (const v of numbers) {
      const i = classIndex(breaks, v);
      const r = ranges[i];
      ranges[i] = r ? [Math.min(r[0], v), Math.max(r[1], v)] : [v, v];
    }
  }
  return { breaks, ranges, periods };
}

/** "2014/15–2016/17", or the one period's label. */
export function periodSpan(def: Pick<MetricDef, 'periodLabels'>, periods: readonly string[]): string {
  if (periods.length === 0) return '';
  const first = labelOfPeriod(def, periods[0]!);
  return periods.length === 1 ? first : `${first}–${labelOfPeriod(def, periods[periods.length - 1]!)}`;
}

/** The choropleth of a view over the areas of its geography (whose level is the spec's), coloured by classes over all periods of its series. */
export function computeChoropleth(atlas: Atlas, geography: Pick<Geography, 'level' | 'areas'> & Partial<Pick<Geography, 'key'>>, spec: ViewSpec, basis = computeClassBasis(atlas, geography, spec)): Choropleth {
  const def = atlas.defs.get(spec.metric);
  if (!def) throw new Error(`Unknown metric ${spec.metric}`);
  const later = laterValues(atlas, geography, spec.metric);
  const values = shownValues(atlas, geography, spec, spec.period);
  const format = (value: Value) => formatValue(value, def.unit, { perHead: spec.perHead, categories: def.categories });
  const colours = new Map<string, string>();
  const legend: LegendItem[] = [];
  const breaks = basis.breaks;

  if (def.kind === 'categorical') {
    for (const category of def.categories ?? []) {
      legend.push({ colour: CATEGORY_COLOURS[category.value] ?? '#888', label: category.label, kind: 'category', count: 0 });
    }
    for (const [code, v] of values) {
      const i = (def.categories ?? []).findIndex((c) => c.value === v);
      colours.set(code, i >= 0 ? legend[i]!.colour : NO_DATA_COLOUR);
      if (i >= 0) legend[i]!.count++;
    }
  } else if (breaks) {
    const palette = sequentialColours(spec.metric, breaks.lower.length, def.direction);
    const counts = breaks.lower.map(() => 0);
    for (const [code, v] of values) {
      if (typeof v === 'number') {
        const i = classIndex(breaks, v);
        counts[i]!++;
        colours.set(code, palette[i]!);
      } else colours.set(code, NO_DATA_COLOUR);
    }
    // Each class is labelled by the smallest and largest value it holds in any period, so ranges never share an end.
    basis.ranges.forEach((range, i) => {
      const label = range === null ? `${format(breaks.lower[i]!)} and over` : range[0] === range[1] ? format(range[0]) : `${format(range[0])} – ${format(range[1])}`;
      legend.push({ colour: palette[i]!, label, kind: 'class', count: counts[i]! });
    });
  } else {
    for (const code of values.keys()) colours.set(code, NO_DATA_COLOUR);
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
    classPeriods: def.kind === 'numeric' ? periodSpan(def, basis.periods) : '',
    legend,
    ranks,
    ranked,
    format,
    approximate: later?.approximate ?? new Set(),
  };
}

/** The legend's second line: "£ millions, quantiles, classes over 2014/15–2016/17 · STPs". */
export function legendSubtitle(choropleth: Pick<Choropleth, 'spec' | 'def' | 'breaks' | 'unit' | 'classPeriods'>, state: Pick<ViewSpec, 'classify' | 'level'>): string {
  if (choropleth.spec.change) return `${choropleth.unit}, classes around no change · ${state.level.toUpperCase()}s`;
  const classed = choropleth.def.kind === 'numeric' && choropleth.breaks && !choropleth.breaks.discrete;
  const method = state.classify === 'jenks' ? 'natural breaks' : state.classify === 'equal' ? 'equal intervals' : 'quantiles';
  const over = classed && choropleth.classPeriods.includes('–') ? `, classes over ${choropleth.classPeriods}` : '';
  return `${choropleth.unit}${classed ? `, ${method}` : ''}${over} · ${state.level.toUpperCase()}s`;
}
