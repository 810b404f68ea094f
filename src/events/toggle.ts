import { select } from 'd3-selection';
import type { AppContext } from '../map/context';
import { EVENT_FILTER_KEYS } from '../state/state';

/** The "Show events" switch, placed with the other map controls. */
export function mountEventToggle(host: HTMLElement, ctx: AppContext): void {
  const label = select(host).append('label').attr('class', 'control checkbox event-toggle');
  const input = label.append('input').attr('type', 'checkbox').attr('id', 'show-events').attr('name', 'events');
  label.append('span').text('Show events');
  input.on('change', (event: Event) => ctx.update({ events: (event.target as HTMLInputElement).checked ? [...EVENT_FILTER_KEYS] : null }));
  const render = () => input.property('checked', ctx.store.getState().events !== null);
  render();
  ctx.store.subscribe((s, p) => {
    if (s.events !== p.events) render();
  });
}
