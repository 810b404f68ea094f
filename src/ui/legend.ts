import { select } from 'd3-selection';
import { changeMeaning } from '../domain/change';
import { legendSubtitle } from '../domain/choropleth';
import { directionLabel } from '../domain/palette';
import { legendSource, periodSourceLabels } from '../domain/sources';
import type { AppContext } from '../map/context';

/** The legend: title with unit and period, the classes with their counts, and "Not reported". */
export function mountLegend(host: HTMLElement, ctx: AppContext): void {
  const root = select(host).attr('class', 'legend');
  const title = root.append('p').attr('class', 'legend-title');
  const unit = root.append('p').attr('class', 'legend-unit');
  const direction = root.append('p').attr('class', 'legend-direction');
  const list = root.append('ul').attr('class', 'legend-items');
  const source = root.append('p').attr('class', 'legend-source');
  const render = () => {
    const choropleth = ctx.choropleth();
    title.text(choropleth.title);
    unit.text(legendSubtitle(choropleth, ctx.store.getState()));
    const meaning = choropleth.spec.change ? changeMeaning(choropleth.def.direction) : directionLabel(choropleth.def.direction);
    direction.text(meaning ?? '').property('hidden', meaning === null || choropleth.def.kind !== 'numeric');
    source.text(legendSource(periodSourceLabels(choropleth.def, choropleth.spec.period, (id) => ctx.atlas.metrics.sources[id]?.label ?? id)));
    const items = list.selectAll<HTMLLIElement, (typeof choropleth.legend)[number]>('li').data(choropleth.legend).join((enter) => {
      const li = enter.append('li');
      li.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
      li.append('span').attr('class', 'legend-label');
      li.append('span').attr('class', 'legend-count');
      return li;
    });
    items.select('.swatch').attr('class', (d) => `swatch${d.kind === 'nodata' ? ' swatch-nodata' : ''}`).style('background-color', (d) => (d.kind === 'nodata' ? null : d.colour));
    items.select('.legend-label').text((d) => d.label);
    items.select('.legend-count').text((d) => `(${d.count})`);
  };
  render();
  ctx.store.subscribe((s, p) => {
    if (s.level !== p.level || s.metric !== p.metric || s.period !== p.period || s.change !== p.change || s.perHead !== p.perHead || s.classify !== p.classify) render();
  });
}

