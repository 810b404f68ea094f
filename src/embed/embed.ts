import { select } from 'd3-selection';
import type { AppContext } from '../map/context';
import { serializeUrl } from '../state/url';
import { heightMessage, selectedAreaOf } from './messages';
import { selectArea } from '../ui/select-area';

/**
 * Embed mode (?embed=1): a compact bar with an "Open full map" link; the page's height posted to
 * the parent on load and on every change; and the one documented incoming message, which selects
 * an area. Nothing happens outside embed mode.
 */
export function mountEmbed(bar: HTMLElement, ctx: AppContext): void {
  const state = ctx.store.getState();
  if (!state.embed) return;
  document.documentElement.classList.toggle('embed-search', state.search);
  const root = select(bar).attr('class', 'embed-bar').property('hidden', false);
  root.append('span').attr('class', 'embed-name').text('STP Atlas');
  const link = root.append('a').attr('class', 'embed-open').attr('target', '_blank').attr('rel', 'noopener').text('Open full map');
  const fullUrl = () => `${window.location.pathname}${serializeUrl({ ...ctx.store.getState(), embed: false, search: false })}`;
  link.attr('href', fullUrl());
  ctx.store.subscribe((s, p) => {
    if (s !== p) link.attr('href', fullUrl());
  });

  if (window.parent === window) return;
  let posted = -1;
  const post = () => {
    const message = heightMessage(document.body.getBoundingClientRect().height);
    if (message.height === posted) return;
    posted = message.height;
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.body);
  window.addEventListener('load', post);
  post();

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const area = selectedAreaOf(event.data, (code) => ctx.geography().find(code) !== undefined);
    if (area) selectArea(ctx, area);
  });
}
