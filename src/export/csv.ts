import { csvFormatRow } from 'd3-dsv';
import type { Atlas } from '../data/atlas';
import type { Level, Value } from '../data/types';
import type { Choropleth } from '../domain/choropleth';
import { rawValues } from '../domain/choropleth';
import { laterYearValues } from '../domain/org-values';
import type { Geography } from '../geography/geography';

/** A cell: strings are text, numbers stay numbers (never quoted, never prefixed), null is empty. */
export type Cell = string | number | null;

export const METRIC_COLUMNS = ['code', 'name', 'parent_code', 'parent_name', 'metric', 'period', 'value', 'unit', 'rank', 'source', 'note'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return guardText(cell);
}

/** RFC 4180 CSV (CRLF line ends, quoted where needed) with a header row, via d3-dsv. */
export function writeCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header.map(guardText), ...rows.map((row) => row.map(cellText))].map((row) => csvFormatRow(row)).join('\r\n')}\r\n`;
}

export interface AreaRow {
  code: string;
  name: string;
  parents: { code: string; name: string }[];
  /** Later years: the 2016 CCGs (ONS codes) the area is made of. */
  predecessors?: string[];
}

/** The areas of a geography with their parents (an STP's parent is England; NHS Cumbria CCG has two). */
export function areaRows(geography: Pick<Geography, 'areas' | 'find'>): AreaRow[] {
  return geography.areas.map((area) => ({
    code: area.code,
    name: area.name,
    parents: area.parents.length === 0 ? [{ code: 'E92000001', name: 'England' }] : area.parents.map((code) => ({ code, name: geography.find(code)?.name ?? code })),
    ...(area.predecessors ? { predecessors: area.predecessors } : {}),
  }));
}

/**
 * One row per area for the metric on screen (values per resident when the view is per resident); `note`
 * carries caveats; a later year's organisations add the date and each area's 2016 CCGs.
 */
export function metricRows(areas: readonly AreaRow[], choropleth: Pick<Choropleth, 'spec' | 'values' | 'ranks' | 'unit'>, source: string, note: (code: string) => string = () => '', organisations?: string): Cell[][] {
  const { metric, period, change } = choropleth.spec;
  // The change view says which change it is: "2014-15 to 2016-17".
  const periodCell = change ? `${change} to ${period}` : period;
  return areas.map((area): Cell[] => [
    area.code,
    area.name,
    area.parents.map((p) => p.code).join(';'),
    area.parents.map((p) => p.name).join('; '),
    metric,
    periodCell,
    choropleth.values.get(area.code) ?? null,
    choropleth.unit,
    choropleth.ranks.get(area.code) ?? null,
    source,
    note(area.code),
    ...(organisations === undefined ? [] : [organisations, (area.predecessors ?? []).length, (area.predecessors ?? []).join(';')]),
  ]);
}

export function metricCsv(areas: readonly AreaRow[], choropleth: Pick<Choropleth, 'spec' | 'values' | 'ranks' | 'unit'>, source: string, note: (code: string) => string = () => '', organisations?: string): string {
  return writeCsv(organisations === undefined ? METRIC_COLUMNS : [...METRIC_COLUMNS, 'organisations', 'ccg16_count', 'ccg16_codes'], metricRows(areas, choropleth, source, note, organisations));
}

/** Long format: one row per area and period, the periods in order (each with its own source and rank). */
export function periodsCsv(areas: readonly AreaRow[], periods: readonly { choropleth: Pick<Choropleth, 'spec' | 'values' | 'ranks' | 'unit'>; source: string; note: (code: string) => string }[]): string {
  return writeCsv(METRIC_COLUMNS, periods.flatMap((p) => metricRows(areas, p.choropleth, p.source, p.note)));
}

export interface WideColumn {
  /** "backlog_2015-16_gbp_m" */
  header: string;
  values: Map<string, Value>;
}

/** Every metric and period reported at a geography's level (years, not the monthly series), one column each, named metric_period_unit. */
export function wideColumns(atlas: Atlas, geography: Pick<Geography, 'level' | 'areas'> & Partial<Pick<Geography, 'key'>>): WideColumn[] {
  if (geography.key && geography.key.orgs !== '2016') {
    // Later years have only what can be computed from their 2016 CCGs.
    return (['predecessors', 'population'] as const).map((key) => ({ header: key === 'predecessors' ? 'ccg16_count' : 'population_mid-2015_people', values: laterYearValues(atlas, geography.areas, key).values }));
  }
  return atlas.metrics.metrics
    .filter((def) => def.levels.includes(geography.level))
    .flatMap((def) => (def.summaryPeriods ?? def.periods).map((period) => ({ header: `${def.key}_${period}${def.unit === 'yesno' ? '' : `_${def.unit}`}`, values: rawValues(atlas, geography, def.key, period) })));
}

/** Wide format: one row per area, one column per metric and period (raw values, the unit in the column name). */
export function wideCsv(areas: readonly AreaRow[], columns: readonly WideColumn[]): string {
  const header = ['code', 'name', 'parent_code', 'parent_name', ...columns.map((c) => c.header)];
  const rows = areas.map((area): Cell[] => [
    area.code,
    area.name,
    area.parents.map((p) => p.code).join(';'),
    area.parents.map((p) => p.name).join('; '),
    ...columns.map((c) => c.values.get(area.code) ?? null),
  ]);
  return writeCsv(header, rows);
}

/** stp-atlas-stp-backlog-2015-16.csv (per-head views add "-per-head" after the metric; a later year's organisations "orgs-2018-" before the level). */
export function exportFileName(spec: { level: Level; metric: string; period: string; perHead: boolean; orgs?: string }, extension: 'csv' | 'png'): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '');
  return `stp-atlas-${spec.orgs && spec.orgs !== '2016' ? `orgs-${safe(spec.orgs)}-` : ''}${safe(spec.level)}-${safe(spec.metric)}${spec.perHead ? '-per-head' : ''}-${safe(spec.period)}.${extension}`;
}
