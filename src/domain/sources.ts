import type { MetricDef } from '../data/types';

/** The financial year a period key falls in: "2016-17" itself, "2016-04" → "2016-17", "2017-02" → "2016-17"; else the key. */
export function financialYearOf(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const year = Number(m[1]);
  const second = Number(m[2]);
  if (second === (year + 1) % 100) return period;
  const start = second >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Source labels of a metric for one period: a source tagged with another year (eric_2014_15) is left out. */
export function periodSourceLabels(def: MetricDef, period: string, labelOf: (id: string) => string): string[] {
  const tag = financialYearOf(period).replace('-', '_');
  return def.sources.filter((id) => !/_\d{4}_\d{2}$/.test(id) || id.endsWith(tag)).map(labelOf);
}

export function periodSources(def: MetricDef, period: string, labelOf: (id: string) => string): string {
  return periodSourceLabels(def, period, labelOf).join('; ');
}

/** The legend names the main source and counts the rest, which the panel lists in full. */
export function legendSource(labels: readonly string[]): string {
  const [first, ...rest] = labels;
  if (!first) return '';
  return `Source: ${first}${rest.length ? ` (and ${rest.length} more, listed in the panel)` : ''}`;
}
