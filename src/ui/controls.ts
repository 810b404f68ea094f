import { select, type Selection } from 'd3-selection';
import { CLASSIFICATION_LABELS, CLASSIFICATIONS, type Classification } from '../domain/classify';
import { periodLabel } from '../domain/format';
import type { Level, MetricKey } from '../data/types';
import type { AppContext } from '../map/context';
import { choroplethChanged } from '../state/state';
import { changeBases, LATER_YEAR_METRICS } from '../state/normalize';
import { mountShapeSwitch } from './map-shape';
import { keepText } from './text';

const METRIC_GROUPS: { label: string; keys: MetricKey[] }[] = [
  { label: 'Hospital estate', keys: ['backlog', 'backlog_high_risk', 'backlog_significant_risk', 'backlog_moderate_risk', 'backlog_low_risk'] },
  { label: 'Money', keys: ['deficit_loans', 'deficit_loans_net', 'deficit_loans_balance', 'interim_spend'] },
  { label: 'A&E pressure', keys: ['ae_4h', 'ae_4h_type1', 'trolley_waits_12h', 'trolley_waits_4h'] },
  { label: 'Reorganisation', keys: ['pathfinder', 'ccg_inadequate_2015_16', 'new_care_models', 'predecessors'] },
  { label: 'People', keys: ['population', 'deprivation'] },
];

/** A select's options for these values; options already right are left alone (a Play step touches none). */
function setOptions(control: Selection<HTMLSelectElement, unknown, null, undefined>, values: readonly string[], label: (value: string) => string): void {
  const options = control
    .selectAll<HTMLOptionElement, string>('option')
    .data(values, (d) => d)
    .join((enter) => enter.append('option').attr('value', (d) => d));
  keepText(options, label);
}

/** Level switch, map shape, metric, period, per-resident and classification controls. */
export function mountControls(host: HTMLElement, ctx: AppContext): void {
  const root = select(host);
  const level = root.append('fieldset').attr('class', 'control level-switch');
  level.append('legend').text('Level');
  for (const [value, label] of [['stp', 'STP'], ['ccg', 'CCG']] as const) {
    const option = level.append('label').attr('class', 'segment');
    option.append('input').attr('type', 'radio').attr('name', 'level').attr('value', value)
      .on('change', () => ctx.update({ level: value as Level }));
    option.append('span').text(label);
  }
  mountShapeSwitch(root, ctx);

  const metricControl = root.append('div').attr('class', 'control');
  metricControl.append('label').attr('for', 'metric-select').text('Metric');
  const metric = metricControl.append('select').attr('id', 'metric-select').attr('name', 'metric');
  for (const group of METRIC_GROUPS) {
    const optgroup = metric.append('optgroup').attr('label', group.label);
    for (const key of group.keys) {
      const def = ctx.atlas.defs.get(key);
      if (def) optgroup.append('option').attr('value', key).text(`${def.label} (${def.levels.map((l) => l.toUpperCase()).join(', ')})`);
    }
  }
  metric.on('change', (event: Event) => ctx.update({ metric: (event.target as HTMLSelectElement).value as MetricKey }));

  const periodControl = root.append('div').attr('class', 'control');
  periodControl.append('label').attr('for', 'period-select').text('Period');
  const period = periodControl.append('select').attr('id', 'period-select').attr('name', 'period');
  period.on('change', (event: Event) => ctx.update({ period: (event.target as HTMLSelectElement).value }));

  const changeControl = root.append('div').attr('class', 'control');
  changeControl.append('label').attr('for', 'change-select').text('Change since');
  const change = changeControl.append('select').attr('id', 'change-select').attr('name', 'change');
  change.on('change', (event: Event) => ctx.update({ change: (event.target as HTMLSelectElement).value || null }));

  const perHeadControl = root.append('label').attr('class', 'control checkbox');
  const perHead = perHeadControl.append('input').attr('type', 'checkbox').attr('id', 'per-head').attr('name', 'per');
  perHeadControl.append('span').text('Per resident');
  perHead.on('change', (event: Event) => ctx.update({ perHead: (event.target as HTMLInputElement).checked }));

  const classifyControl = root.append('div').attr('class', 'control');
  classifyControl.append('label').attr('for', 'classify-select').text('Classification');
  const classify = classifyControl.append('select').attr('id', 'classify-select').attr('name', 'classify');
  for (const c of CLASSIFICATIONS) classify.append('option').attr('value', c).text(CLASSIFICATION_LABELS[c]);
  classify.on('change', (event: Event) => ctx.update({ classify: (event.target as HTMLSelectElement).value as Classification }));

  const render = () => {
    const state = ctx.store.getState();
    const def = ctx.atlas.defs.get(state.metric)!;
    level.selectAll<HTMLInputElement, unknown>('input').each(function () {
      this.checked = this.value === state.level;
    });
    // The count of merged CCGs comes with orgs.json: its option appears once that is loaded.
    const count = ctx.atlas.defs.get('predecessors');
    if (count && metric.select('option[value=predecessors]').empty()) metric.select('optgroup[label=Reorganisation]').append('option').attr('value', count.key).text(`${count.label} (STP, CCG)`);
    // The 2016/17 data belongs to April 2016's organisations; later years offer what can be summed from them.
    metric.selectAll<HTMLOptionElement, unknown>('option').property('disabled', function () {
      return state.orgs === '2016' ? this.value === 'predecessors' : !LATER_YEAR_METRICS.includes(this.value as MetricKey);
    });
    metric.property('value', state.metric);
    setOptions(period, def.periods, (d) => periodLabel(def, d));
    period.property('value', state.period).property('disabled', def.periods.length < 2);
    const bases = changeBases(def, state.period);
    setOptions(change, ['', ...bases], (d) => (d ? periodLabel(def, d) : 'No change view'));
    change.property('value', state.change ?? '').property('disabled', bases.length === 0);
    perHead.property('checked', state.perHead).property('disabled', !def.perHead);
    perHeadControl.classed('is-disabled', !def.perHead);
    classify.property('value', state.classify).property('disabled', def.kind !== 'numeric');
  };
  render();
  ctx.store.subscribe((state, previous) => {
    if (choroplethChanged(state, previous)) render();
  });
}
