import './events.css';
import type { AppContext } from '../map/context';
import { mountBadges } from './badges';
import { mapEvents } from './model';
import { mountTimeline } from './timeline';

/** Badges on the map and the timeline: loaded the first time events are switched on. */
export function mountOverlay(ctx: AppContext, hosts: { layer: HTMLElement; timeline: HTMLElement }): void {
  const events = mapEvents(ctx.atlas.metrics);
  mountBadges(hosts.layer, ctx, events);
  mountTimeline(hosts.timeline, ctx, events);
}
