import type { AppContext } from '../map/context';
import { mountEventToggle } from './toggle';

/**
 * The story layer: the "Show events" switch now; badges and timeline (their own chunk) the first
 * time events are on, so a reader who never asks for them never downloads them.
 */
export function mountEvents(ctx: AppContext, hosts: { controls: HTMLElement; layer: HTMLElement; timeline: HTMLElement }): void {
  mountEventToggle(hosts.controls, ctx);
  let requested = false;
  const load = () => {
    if (requested || ctx.store.getState().events === null) return;
    requested = true;
    void import('./overlay').then(({ mountOverlay }) => mountOverlay(ctx, hosts));
  };
  load();
  ctx.store.subscribe(load);
}
