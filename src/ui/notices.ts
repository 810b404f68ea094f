import { select } from 'd3-selection';
import type { AtlasStore } from '../state/store';

/** Polite messages about what a link or an action could not do ("Unknown area code … — showing England"). */
export function mountNotices(host: HTMLElement, store: AtlasStore): void {
  const root = select(host).attr('class', 'notices').attr('role', 'status').attr('aria-live', 'polite');
  const render = () => {
    const items = root.selectAll<HTMLDivElement, { id: number; text: string }>('div.notice').data(store.getState().notices, (d) => String(d.id));
    items.exit().remove();
    const entered = items.enter().append('div').attr('class', 'notice');
    entered.append('span').text((d) => d.text);
    entered.append('button').attr('type', 'button').attr('class', 'notice-close').attr('aria-label', 'Dismiss message').text('×')
      .on('click', (_event, d) => store.setState({ notices: store.getState().notices.filter((n) => n.id !== d.id) }));
  };
  render();
  store.subscribe((s, p) => {
    if (s.notices !== p.notices) render();
  });
}
