import type { AppContext } from '../map/context';
import { mountBadges } from './badges';
import { mapEvents } from './model';
import { mountEventToggle, mountTimeline } from './timeline';

/** The story layer: "Show events" switch, badges on the map, and the timeline with its filters. */
export function mountEvents(ctx: AppContext, hosts: { controls: HTMLElement; layer: HTMLElement; timeline: HTMLElement }): void {
  const events = mapEvents(ctx.atlas.metrics);
  mountEventToggle(hosts.controls, ctx);
  mountBadges(hosts.layer, ctx, events);
  mountTimeline(hosts.timeline, ctx, events);
}
