import { detailsPending, lazyPending } from '../data/lazy';
import type { Atlas } from '../data/atlas';
import { financialYearOf } from '../domain/sources';
import type { AtlasState } from './state';
import { notices, type AtlasStore } from './store';

/** The period to show while a lazy one loads, or if it cannot: its financial year when the metric has it. */
export function standInPeriod(atlas: Pick<Atlas, 'defs'>, state: Pick<AtlasState, 'metric' | 'period'>): string {
  const def = atlas.defs.get(state.metric)!;
  const year = financialYearOf(state.period);
  return def.periods.includes(year) && !def.lazyPeriods?.includes(year) ? year : def.defaultPeriod;
}

/**
 * Whenever the state asks for a period whose values are still on their way (a month of the A&E
 * series), the map shows its financial year meanwhile and switches to the month when the values
 * arrive; if they cannot be fetched, a notice says so and the year stays.
 */
export function followLazyPeriods(store: AtlasStore, atlas: Atlas, load: () => Promise<void>): void {
  store.subscribe((state) => {
    if (!lazyPending(atlas, state)) return;
    const wanted = { metric: state.metric, period: state.period };
    store.setState({ period: standInPeriod(atlas, state) });
    load()
      .then(() => {
        if (store.getState().metric === wanted.metric) store.setState({ period: wanted.period });
      })
      .catch((error: unknown) => {
        store.setState({ notices: notices(store.getState().notices, [`Monthly figures unavailable: ${(error as Error).message}`]) });
      });
  });
}

/**
 * An area's panel needs details.json. A selection never waits for it: the area is selected at once
 * (map, table and the panel's values need nothing more), and `detailsReady` turns true when the
 * details arrive, so the panel redraws with trusts, shares and ratings. If they cannot be fetched,
 * a notice says so and the panel stays without them.
 */
export function followAreaDetails(store: AtlasStore, atlas: Atlas, load: () => Promise<void>): void {
  let failed = false;
  store.subscribe((state) => {
    if (failed || !detailsPending(atlas, state)) return;
    load()
      .then(() => markDetailsReady(store))
      .catch((error: unknown) => {
        failed = true;
        store.setState({ notices: notices(store.getState().notices, [`Area details unavailable: ${(error as Error).message}`]) });
      });
  });
}

export function markDetailsReady(store: AtlasStore): void {
  if (!store.getState().detailsReady) store.setState({ detailsReady: true });
}

/**
 * Starts fetching the area details at the reader's first move (pointer, touch or key anywhere), so a
 * first selection seldom waits; a reader who only looks at the first view never downloads them.
 */
export function prefetchOnIntent(load: () => Promise<void>, target: Pick<Document, 'addEventListener' | 'removeEventListener'> = document): void {
  const intents = ['pointermove', 'pointerdown', 'touchstart', 'keydown'] as const;
  const start = () => {
    for (const intent of intents) target.removeEventListener(intent, start);
    load().catch(() => undefined); // a failure is reported when a selection needs the details
  };
  for (const intent of intents) target.addEventListener(intent, start, { passive: true });
}
