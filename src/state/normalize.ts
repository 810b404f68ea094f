import { ORG_YEAR_LABELS, ORG_YEARS, type OrgYear } from '../data/orgs-types';
import type { Level, MetricDef, MetricKey } from '../data/types';
import { periodSeries } from '../domain/choropleth';
import type { AtlasState } from './state';

/** What the rules need to know about the data. */
export interface Catalog {
  defs: ReadonlyMap<MetricKey, MetricDef>;
  levelOf(code: string): Level | null;
  parentsOf(code: string): string[];
  nameOf(code: string): string;
  /** The area standing for a code among a year's organisations (src/geography/locate.ts); without it, every known code stands for itself. */
  locate?(code: string, orgs: OrgYear): string | null;
}

/** Metrics that make sense for the merged bodies of later years; the 2016/17 data is shown for April 2016 only. */
export const LATER_YEAR_METRICS: readonly MetricKey[] = ['predecessors', 'population'];

/** The metric a reader moving to another year sees: the same where it exists there, else the count (later years) or population (2016, reported for CCGs too). */
export function metricAt(orgs: OrgYear, metric: MetricKey): MetricKey {
  if (orgs === '2016') return metric === 'predecessors' ? 'population' : metric;
  return LATER_YEAR_METRICS.includes(metric) ? metric : 'predecessors';
}

/**
 * The organisation years the timeline steps through for a metric of one period: the years it is shown
 * for (population from April 2016, the count of merged CCGs from April 2017). A metric with periods of
 * its own steps through those instead, and a 2016/17 metric of one period has one year: no timeline.
 */
export function orgYearsOf(def: Pick<MetricDef, 'key' | 'periods'>): OrgYear[] {
  return def.periods.length > 1 ? [] : ORG_YEARS.filter((year) => metricAt(year, def.key) === def.key);
}

const LEVEL_WORDS: Record<Level, string> = { stp: 'STPs', ccg: 'CCGs' };

/** The metric shown when none is asked for: backlog maintenance, or the first one the data has when that was left out. */
export function defaultMetric(catalog: Catalog): MetricDef {
  return catalog.defs.get('backlog') ?? catalog.defs.values().next().value!;
}

/**
 * Makes a state consistent with the data: the metric exists at the level, the period belongs to
 * the metric, the selected area is known. Returns the fixed state and what was changed, in words.
 */
export function normalizeState(state: AtlasState, catalog: Catalog, priority: 'metric' | 'level' = 'metric'): { state: AtlasState; messages: string[] } {
  const messages: string[] = [];
  const next = { ...state };
  let def = catalog.defs.get(next.metric);
  if (!def) {
    def = defaultMetric(catalog);
    next.metric = def.key;
  }
  if (next.orgs !== '2016' && next.shape === 'hex') {
    messages.push(`The hexagon map shows the organisations of April 2016 — showing ${ORG_YEAR_LABELS[next.orgs]} on the geographic map`);
    next.shape = 'geo';
  }
  if (next.orgs !== '2016' && !LATER_YEAR_METRICS.includes(next.metric) && catalog.defs.has('predecessors')) {
    messages.push(`${def.label} is shown for the organisations of April 2016 only — showing the number of 2016 CCGs merged into each area, ${ORG_YEAR_LABELS[next.orgs]}`);
    next.metric = 'predecessors';
    def = catalog.defs.get('predecessors')!;
  } else if (next.orgs === '2016' && next.metric === 'predecessors') {
    messages.push(`${def.label} is shown for later years only — showing backlog maintenance, April 2016`);
    next.metric = 'backlog';
    def = catalog.defs.get('backlog')!;
  }
  if (next.area !== null && catalog.locate && catalog.levelOf(next.area) !== null) {
    const located = catalog.locate(next.area, next.orgs);
    if (located === null) messages.push(`${catalog.nameOf(next.area)} is not among the organisations of ${ORG_YEAR_LABELS[next.orgs]} — showing England`);
    next.area = located;
  }
  if (priority === 'level' && !def.levels.includes(next.level)) {
    // The reader asked for this level: keep it and show a metric that exists there.
    const fallback = [...catalog.defs.values()].find((d) => d.levels.includes(next.level) && d.key === 'population') ?? [...catalog.defs.values()].find((d) => d.levels.includes(next.level));
    if (fallback) {
      messages.push(`${def.label} is reported for ${LEVEL_WORDS[def.levels[0]!]} only — showing ${fallback.label.toLowerCase()} for ${LEVEL_WORDS[next.level]}`);
      next.metric = fallback.key;
      def = fallback;
    }
  }
  if (next.area !== null && catalog.levelOf(next.area) === null) {
    messages.push(`Unknown area code ${next.area} — showing England`);
    next.area = null;
  }
  if (next.area !== null && catalog.levelOf(next.area) === 'ccg' && next.level === 'stp') {
    if (def.levels.includes('ccg')) next.level = 'ccg';
    else {
      const parent = catalog.parentsOf(next.area)[0] ?? null;
      messages.push(`${def.label} is mapped for STPs only — showing ${catalog.nameOf(next.area)}'s STP${parent ? `, ${catalog.nameOf(parent)}` : ''}`);
      next.area = parent;
    }
  }
  if (!def.levels.includes(next.level)) {
    const level = def.levels[0]!;
    messages.push(`${def.label} is reported for ${LEVEL_WORDS[level]} only — showing ${LEVEL_WORDS[level]}`);
    next.level = level;
    if (next.area !== null && catalog.levelOf(next.area) === 'ccg' && level === 'stp') next.area = catalog.parentsOf(next.area)[0] ?? null;
  }
  if (!def.periods.includes(next.period)) next.period = def.defaultPeriod;
  if (next.change && changeProblem(def, next.period, next.change)) {
    messages.push(`No change view from ${def.periodLabels[next.change] ?? 'that period'} to ${def.periodLabels[next.period] ?? next.period} — showing ${def.label.toLowerCase()} itself`);
    next.change = null;
  }
  if (!def.perHead) next.perHead = false;
  next.compare = next.compare.filter((code) => catalog.levelOf(code) !== null && (!catalog.locate || catalog.locate(code, next.orgs) === code));
  return { state: next, messages };
}

type ChangeDef = Pick<MetricDef, 'kind' | 'periods' | 'summaryPeriods' | 'lazyPeriods'>;

/** The periods a change to `period` can start from: the earlier ones of its series (none for categories). */
export function changeBases(def: ChangeDef, period: string): string[] {
  if (def.kind !== 'numeric') return [];
  const series = periodSeries(def, period);
  return series.slice(0, Math.max(0, series.indexOf(period)));
}

/** Why `change` cannot be the base of a change to `period` ("No earlier period"), or null when it can. */
export function changeProblem(def: ChangeDef, period: string, change: string): string | null {
  if (def.kind !== 'numeric') return 'No change view for categories';
  return changeBases(def, period).includes(change) ? null : 'No earlier period';
}
