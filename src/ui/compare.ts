import { select } from 'd3-selection';
import { compareRows, pinArea, unpinArea } from '../domain/compare';
import type { AppContext } from '../map/context';
import { MAX_COMPARE } from '../state/state';
import { serializeUrl } from '../state/url';
import { selectArea } from './select-area';

/**
 * "Pin to compare" for the selected area, and the pinned areas (at most three, `compare=` in the
 * URL) side by side for every metric, with value and rank. Lives at the top of the "Area details"
 * panel, above the panel's own content.
 */
export function mountCompare(panel: HTMLElement, ctx: AppContext): void {
  const { atlas, store } = ctx;
  const box = document.createElement('div');
  box.className = 'compare-box';
  panel.insertBefore(box, panel.querySelector('.panel-body'));
  const root = select(box);

  const render = () => {
    root.selectAll('*').remove();
    const state = store.getState();
    const geography = ctx.geography(state);
    const area = state.area ? geography.find(state.area) : undefined;
    box.hidden = !area && state.compare.length === 0;
    if (area) {
      const pinned = state.compare.includes(area.code);
      const full = !pinned && state.compare.length >= MAX_COMPARE;
      const bar = root.append('div').attr('class', 'compare-bar');
      bar
        .append('button')
        .attr('type', 'button')
        .attr('class', 'button-secondary pin-button')
        .attr('aria-pressed', String(pinned))
        .property('disabled', full)
        // A toggle keeps its name; aria-pressed and the tick say whether it is on.
        .text('Pin to compare')
        .call((b) => b.insert('span', ':first-child').attr('class', 'pin-tick').attr('aria-hidden', 'true').text(pinned ? '✓ ' : ''))
        .on('click', () => ctx.update({ compare: pinned ? unpinArea(state.compare, area.code) : pinArea(state.compare, area.code, MAX_COMPARE) }));
      bar.append('span').attr('class', 'muted compare-count').text(full ? `${MAX_COMPARE} of ${MAX_COMPARE} pinned: remove one to pin ${area.shortName}` : `${state.compare.length} of ${MAX_COMPARE} pinned`);
    }
    if (state.compare.length === 0) return;

    const areas = state.compare.map((code) => geography.find(code)).filter((a) => a !== undefined);
    const section = root.append('section').attr('class', 'panel-section compare').attr('aria-labelledby', 'compare-title');
    const heading = section.append('div').attr('class', 'compare-heading');
    heading.append('h3').attr('id', 'compare-title').text(`Compare ${areas.length} ${areas.length === 1 ? 'area' : 'areas'}`);
    heading.append('button').attr('type', 'button').attr('class', 'link-button').text('Clear all').on('click', () => ctx.update({ compare: [] }));
    const scroll = section.append('div').attr('class', 'compare-scroll');
    const table = scroll.append('table').attr('class', 'metrics-table compare-table');
    table.append('caption').attr('class', 'visually-hidden').text(`Pinned areas compared on every metric: ${areas.map((a) => a.shortName).join(', ')}`);
    const head = table.append('thead').append('tr');
    head.append('th').attr('scope', 'col').text('Metric');
    for (const a of areas) {
      const th = head.append('th').attr('scope', 'col').attr('class', 'compare-area');
      th.append('a')
        .attr('class', 'area-link')
        .attr('href', serializeUrl({ ...state, area: a.code, view: null }))
        .text(a.shortName)
        .on('click', (event: MouseEvent) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          selectArea(ctx, a.code);
        });
      th.append('span').attr('class', 'compare-level').text(a.level.toUpperCase());
      th.append('button')
        .attr('type', 'button')
        .attr('class', 'link-button remove-pin')
        .attr('aria-label', `Remove ${a.shortName} from compare`)
        .text('Remove')
        .on('click', () => ctx.update({ compare: unpinArea(store.getState().compare, a.code) }));
    }
    const rows = compareRows(
      atlas.metrics.metrics,
      areas,
      (def) => (def.periods.includes(state.period) ? state.period : def.defaultPeriod),
      (def, level, period) => ctx.choropleth({ ...state, level, metric: def.key, period, perHead: false }),
    );
    const tbody = table.append('tbody');
    for (const row of rows) {
      const tr = tbody.append('tr').classed('is-current', row.def.key === state.metric);
      const th = tr.append('th').attr('scope', 'row');
      th.append('span').text(row.def.label);
      th.append('span').attr('class', 'metric-source').text(row.periodLabel);
      for (const cell of row.cells) {
        const td = tr.append('td').attr('class', 'num').classed('muted', cell.missing);
        td.append('span').attr('aria-hidden', cell.note ? 'true' : null).attr('title', cell.note || null).text(cell.value);
        if (cell.note) td.append('span').attr('class', 'visually-hidden').text(cell.note);
        if (cell.rank) td.append('span').attr('class', 'per-head').text(cell.rank);
      }
    }
  };

  render();
  store.subscribe((s, p) => {
    if (s.compare.join() !== p.compare.join() || s.area !== p.area || s.metric !== p.metric || s.period !== p.period) render();
  });
}
