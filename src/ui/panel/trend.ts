import { median } from 'd3-array';
import { changeKind, changeValue, describeChange } from '../../domain/change';
import { loadedSeries } from '../../domain/choropleth';
import { isSummable, periodLabel } from '../../domain/format';
import type { PanelSection } from './section';

export interface TrendView {
  /** "£182.0m in 2016/17, up 31.0% since 2014/15; England up 28.0%": the chart's text, and all screen readers get. */
  summary: string;
  labels: string[];
  area: (number | null)[];
  reference: (number | null)[];
  referenceName: string;
  current: number;
  /** "Index, 2014/15 = 100": totals are drawn as an index so an area and England share one scale. */
  scale: string;
}

/** The selected area over all periods of the series on screen, with England (or the median area) for reference. */
export const trendSection: PanelSection<TrendView> = {
  name: 'trend',
  inputs: ['area', 'level', 'metric', 'period', 'change', 'perHead'],
  view(state, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    const def = data.atlas.defs.get(state.metric)!;
    const series = loadedSeries(data.atlas, state.metric, state.level, state.period);
    if (!area || def.kind !== 'numeric' || series.length < 2 || !def.levels.includes(area.level)) return null;
    const choropleths = series.map((period) => data.choropleth({ ...state, period, change: null }));
    const summable = isSummable(def.unit) && !state.perHead;
    const numbers = (i: number) => [...choropleths[i]!.values.values()].filter((v): v is number => typeof v === 'number');
    const areaValues = choropleths.map((c) => { const v = c.values.get(area.code); return typeof v === 'number' ? v : null; });
    const reference = choropleths.map((_, i) => (summable ? numbers(i).reduce((a, b) => a + b, 0) : median(numbers(i)) ?? null));
    const referenceName = summable ? 'England' : 'the median area';
    const current = series.indexOf(state.period);
    const base = state.change && series.indexOf(state.change) < current ? series.indexOf(state.change) : 0;
    const format = choropleths[current]!.format;
    const kind = changeKind(def);
    let summary = `${area.shortName}: ${format(areaValues[current] ?? null)} in ${periodLabel(def, state.period)}`;
    if (current > base) {
      const own = changeValue(areaValues[base] ?? null, areaValues[current] ?? null, kind);
      const ref = changeValue(reference[base] ?? null, reference[current] ?? null, kind);
      summary += typeof own === 'number' ? `, ${describeChange(own, kind)} since ${periodLabel(def, series[base]!)}` : `; no change since ${periodLabel(def, series[base]!)} can be given (a period not reported)`;
      if (typeof ref === 'number') summary += `; ${referenceName === 'England' ? 'England' : 'the median area'} ${describeChange(ref, kind)}`;
    }
    const labels = series.map((p) => periodLabel(def, p));
    if (kind === 'points') return { summary, labels, area: areaValues, reference, referenceName, current, scale: choropleths[current]!.unit };
    const index = (values: (number | null)[]) => values.map((v) => (v === null || !values[base] ? null : (v / values[base]!) * 100));
    return { summary, labels, area: index(areaValues), reference: index(reference), referenceName, current, scale: `Index, ${labels[base]} = 100` };
  },
  render(host, view) {
    const section = host.append('section').attr('class', 'panel-section trend');
    section.append('h3').text('Trend');
    section.append('p').attr('class', 'trend-summary').text(view.summary);
    const width = 260;
    const height = 84;
    // Plain arithmetic rather than d3-scale: the panel is in the first-load bundle.
    const x = (i: number) => 8 + (i * (width - 16)) / Math.max(1, view.labels.length - 1);
    const all = [...view.area, ...view.reference].filter((v): v is number => v !== null);
    const low = Math.min(...all);
    const span = Math.max(...all) - low || 1;
    const y = (v: number) => height - 16 - ((v - low) / span) * (height - 22);
    const points = (values: (number | null)[]) => values.flatMap((v, i) => (v === null ? [] : [`${x(i)},${y(v)}`])).join(' ');
    // The picture repeats the summary: hidden from screen readers, who get the sentence above.
    const svg = section.append('svg').attr('class', 'trend-chart').attr('viewBox', `0 0 ${width} ${height}`).attr('aria-hidden', 'true');
    svg.append('polyline').attr('class', 'trend-reference').attr('points', points(view.reference));
    svg.append('polyline').attr('class', 'trend-area').attr('points', points(view.area));
    const now = view.area[view.current];
    svg.append('line').attr('class', 'trend-now').attr('x1', x(view.current)).attr('x2', x(view.current)).attr('y1', 4).attr('y2', height - 16);
    if (now !== null && now !== undefined) svg.append('circle').attr('class', 'trend-dot').attr('r', 3.5).attr('cx', x(view.current)).attr('cy', y(now));
    svg.append('text').attr('x', 8).attr('y', height - 3).text(view.labels[0]!);
    svg.append('text').attr('x', width - 8).attr('y', height - 3).attr('text-anchor', 'end').text(view.labels.at(-1)!);
    section.append('p').attr('class', 'muted trend-key').text(`${view.scale}. Solid: this area; dashed: ${view.referenceName}; the red line marks ${view.labels[view.current]}.`);
  },
};
