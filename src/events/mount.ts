import { lazyChunk, reportLoadFailure } from '../lazy/chunk';
import type { AppContext } from '../map/context';
import { mountEventToggle } from './toggle';

/**
 * The story layer: the "Show events" switch now; badges and timeline (their own chunk, and the
 * events in details.json) the first time events are on, so a reader who never asks for them never downloads them.
 */
export function mountEvents(ctx: AppContext, hosts: { controls: HTMLElement; layer: HTMLElement; timeline: HTMLElement }, loadDetails: () => Promise<void>): void {
  mountEventToggle(hosts.controls, ctx);
  let requested = false;
  // The events themselves are in details.json, fetched with the overlay's code.
  const overlay = lazyChunk(() => Promise.all([import('./overlay'), loadDetails()]).then(([module]) => module), reportLoadFailure(ctx.store, 'Events'));
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
