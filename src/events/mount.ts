import { lazyChunk, reportLoadFailure } from '../lazy/chunk';
import type { AppContext } from '../map/context';
import { mountEventToggle } from './toggle';

/**
 * The story layer: the "Show events" switch now; badges and timeline (their own chunk) the first
 * time events are on, so a reader who never asks for them never downloads them.
 */
export function mountEvents(ctx: AppContext, hosts: { controls: HTMLElement; layer: HTMLElement; timeline: HTMLElement }): void {
  mountEventToggle(hosts.controls, ctx);
  let requested = false;
  const overlay = lazyChunk(() => import('./overlay'), reportLoadFailure(ctx.store, 'Events'));
  const load = () => {
    if (requested || ctx.store.getState().events === null) return;
    requested = true;
    void overlay().then((loaded) => {
      if (loaded) loaded.mountOverlay(ctx, hosts);
      else {
        // Events are not on the map, so neither the switch nor the link may say they are.
        requested = false;
        ctx.update({ events: null });
      }
    });
  };
  load();
  ctx.store.subscribe(load);
}
