import { select } from 'd3-selection';
import { changeMeaning } from '../domain/change';
import { legendSubtitle } from '../domain/choropleth';
import { directionLabel } from '../domain/palette';
import { legendSource, periodSourceLabels } from '../domain/sources';
import { orgsCaution, orgsTitle } from '../geography/describe';
import type { AppContext } from '../map/context';
import { choroplethChanged } from '../state/state';
import { keepText } from './text';

/** Frames this narrow (phones, small embeds) start with the legend collapsed to one line below the map. */
export const NARROW_LEGEND_QUERY = '(max-width: 600px)';

/**
 * The legend: title with unit and period, the classes with their counts, and "Not reported". Its
 * "Legend" button collapses it to one line (its title): open by default on
 * wide screens, collapsed on narrow frames, where it sits below the map rather than over it.
 */
export function mountLegend(host: HTMLElement, ctx: AppContext): void {
  const root = select(host).attr('class', 'legend');
  const toggle = root.append('button').attr('type', 'button').attr('class', 'legend-toggle').attr('aria-controls', 'legend-body');
  toggle.append('span').attr('class', 'legend-caption').text('Legend');
  const title = toggle.append('span').attr('class', 'legend-title');
  const body = root.append('div').attr('id', 'legend-body').attr('class', 'legend-body');
  const unit = body.append('p').attr('class', 'legend-unit');
  const list = body.append('ul').attr('class', 'legend-items');

  const setOpen = (open: boolean) => {
    toggle.attr('aria-expanded', String(open));
    root.classed('is-collapsed', !open);
    body.property('hidden', !open);
  };
  setOpen(!window.matchMedia(NARROW_LEGEND_QUERY).matches);
  toggle.on('click', () => setOpen(toggle.attr('aria-expanded') !== 'true'));

  const direction = body.append('p').attr('class', 'legend-direction');
  const source = body.append('p').attr('class', 'legend-source');
  const caution = body.append('p').attr('class', 'legend-caution note');
  const render = () => {
    const choropleth = ctx.choropleth();
    const geography = ctx.geography();
    const later = geography.key.orgs !== '2016';
    // Later years: the title counts the organisations, and the measure goes on the line below.
    keepText(title, later ? orgsTitle(geography) : choropleth.title);
    const note = orgsCaution(geography);
    keepText(caution, note ?? '').property('hidden', note === null);
    const subtitle = legendSubtitle(choropleth, ctx.store.getState());
    keepText(unit, later ? `${choropleth.title} · ${subtitle}` : subtitle);
    const meaning = choropleth.spec.change ? changeMeaning(choropleth.def.direction) : directionLabel(choropleth.def.direction);
    keepText(direction, meaning ?? '').property('hidden', meaning === null || choropleth.def.kind !== 'numeric');
    keepText(source, legendSource(periodSourceLabels(choropleth.def, choropleth.spec.period, (id) => ctx.atlas.metrics.sources[id]?.label ?? id)));
    const items = list.selectAll<HTMLLIElement, (typeof choropleth.legend)[number]>('li').data(choropleth.legend).join((enter) => {
      const li = enter.append('li');
      li.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
      li.append('span').attr('class', 'legend-label');
      li.append('span').attr('class', 'legend-count');
      return li;
    });
    items.select('.swatch').attr('class', (d) => `swatch${d.kind === 'nodata' ? ' swatch-nodata' : ''}`).style('background-color', (d) => (d.kind === 'nodata' ? null : d.colour));
    keepText(items.select<HTMLSpanElement>('.legend-label'), (d) => d.label);
    keepText(items.select<HTMLSpanElement>('.legend-count'), (d) => `(${d.count})`);
  };
  render();
  ctx.store.subscribe((s, p) => {
    if (choroplethChanged(s, p)) render();
  });
}

