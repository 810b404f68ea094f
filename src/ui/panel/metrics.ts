import { displayValue } from '../../domain/caveats';
import { areaValue, perHeadValue } from '../../domain/choropleth';
import { formatValue, periodLabel } from '../../domain/format';
import { sourceLabels, type PanelSection } from './section';

export interface MetricRow {
  label: string;
  source: string;
  period: string;
  value: string;
  /** "£412 per resident", for money that can be shown per resident. */
  perHead: string | null;
}

export interface MetricsView {
  caption: string;
  rows: MetricRow[];
  notes: string[];
}

/** "Every metric": each metric reported at the area's level, every period, newest first, with footnotes. */
export const metricsSection: PanelSection<MetricsView> = {
  name: 'metrics',
  inputs: ['area'],
  view(state, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    // The 2016/17 data is about the 2016/17 STPs and CCGs; a later year's CCG or ICB has none of its own.
    if (!area || area.predecessors && !area.code.startsWith('E54')) return null;
    const { atlas } = data;
    const defs = atlas.metrics.metrics.filter((d) => d.levels.includes(area.level));
    const rows = defs.flatMap((def) =>
      [...(def.summaryPeriods ?? def.periods)].reverse().map((period): MetricRow => {
        const value = areaValue(atlas, def.key, area, period);
        const perHead = def.perHead && value !== null ? perHeadValue(value, areaValue(atlas, 'population', area, 'mid-2015'), def) : undefined;
        return {
          label: def.label,
          source: sourceLabels(atlas, def),
          period: periodLabel(def, period),
          value: displayValue(atlas.metrics, def.key, area.code, value, formatValue(value, def.unit, { categories: def.categories })),
          perHead: perHead === undefined ? null : `${formatValue(perHead, def.unit, { perHead: true })} per resident`,
        };
      }),
    );
    return { caption: `Every metric for ${area.shortName}`, rows, notes: [...new Set(defs.flatMap((d) => d.notes))] };
  },
  render(host, view) {
    const section = host.append('section').attr('class', 'panel-section');
    section.append('h3').text('Every metric');
    const table = section.append('table').attr('class', 'metrics-table');
    table.append('caption').attr('class', 'visually-hidden').text(view.caption);
    const head = table.append('thead').append('tr');
    for (const h of ['Metric', 'Period', 'Value']) head.append('th').attr('scope', 'col').text(h);
    const tbody = table.append('tbody');
    for (const row of view.rows) {
      const tr = tbody.append('tr');
      const th = tr.append('th').attr('scope', 'row');
      th.append('span').text(row.label);
      th.append('span').attr('class', 'metric-source').text(row.source);
      tr.append('td').text(row.period);
      const cell = tr.append('td').attr('class', 'num').text(row.value);
      if (row.perHead) cell.append('span').attr('class', 'per-head').text(row.perHead);
    }
    if (view.notes.length > 0) {
      const list = section.append('ul').attr('class', 'footnotes');
      for (const note of view.notes) list.append('li').text(note);
    }
  },
};
