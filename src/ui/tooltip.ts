import { select } from 'd3-selection';
import { displayValue, valueNotes } from '../domain/caveats';
import { formatAreaValue } from '../domain/choropleth';
import type { AppContext } from '../map/context';

/** Hover card: name, code and the value with its unit. */
export function createTooltip(frame: HTMLElement, ctx: AppContext) {
  const root = select(frame).append('div').attr('class', 'tooltip').attr('role', 'tooltip').attr('id', 'map-tooltip').property('hidden', true);
  const name = root.append('p').attr('class', 'tooltip-name');
  const code = root.append('p').attr('class', 'tooltip-code');
  const value = root.append('p').attr('class', 'tooltip-value');
  const note = root.append('p').attr('class', 'tooltip-note');
  return {
    show(areaCode: string, clientPoint: [number, number]) {
      const area = ctx.geography().find(areaCode);
      if (!area) return;
      const choropleth = ctx.choropleth();
      name.text(area.shortName);
      code.text(`${area.code}${area.ods && area.ods !== area.code ? ` · ${area.ods}` : ''}`);
      const v = choropleth.values.get(areaCode);
      value.text(v === undefined ? `${choropleth.def.label} is mapped for ${choropleth.def.levels.join(', ').toUpperCase()}s` : `${displayValue(ctx.atlas.metrics, choropleth.spec.metric, areaCode, v, formatAreaValue(choropleth, areaCode))} · ${choropleth.def.label}${choropleth.spec.perHead ? ' per resident' : ''}, ${choropleth.periodLabel}`);
      const notes = v === undefined ? [] : valueNotes(ctx.atlas.metrics, choropleth.spec.metric, choropleth.spec.period, areaCode, choropleth.spec.perHead);
      if (area.drawnWith) notes.push('Split between two STPs; drawn with the one holding most of it.');
      note.text(notes.join(' ')).property('hidden', notes.length === 0);
      const box = frame.getBoundingClientRect();
      const node = root.property('hidden', false).node()!;
      const x = clientPoint[0] - box.left;
      const y = clientPoint[1] - box.top;
      const flip = x > box.width - node.offsetWidth - 24;
      node.style.transform = `translate(${flip ? x - node.offsetWidth - 14 : x + 14}px, ${Math.max(4, y - node.offsetHeight - 10)}px)`;
    },
    hide() {
      root.property('hidden', true);
    },
  };
}
