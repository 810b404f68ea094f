import { windowClock, type Clock } from './clock';
import type { Catalog } from './normalize';
import type { AtlasState } from './state';
import type { AtlasStore } from './store';
import { notices } from './store';
import { isNavigation, readUrl, serializeUrl, type UrlState } from './url';

/** The parts of the page the URL projection touches; tests hand in their own. */
export interface UrlPage {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: { pushState(data: null, unused: string, url: string): void; replaceState(data: null, unused: string, url: string): void };
  addEventListener(type: 'popstate', listener: () => void): void;
}

export interface UrlSyncOptions {
  /**
   * While the timeline plays, how long after a step its URL is written. Every history write makes
   * the browser draw a frame of its own; under software GL one landing on the step's recoloured
   * frame made both late (about 1 late frame in 3 steps more over A&E's 36 months).
   */
  playLagMs: number;
  page?: UrlPage;
  clock?: Clock;
}

/**
 * The URL is a projection of the store: pushState for a new view of the data, replaceState for
 * panning and for everything in an embed; back/forward restore. What one input changes is written once, in a task of its own
 * after the handlers: writing history makes the browser lay out the page first (it saves the
 * scroll position), which inside the input handler would be a forced synchronous layout.
 */
export function syncUrl(store: AtlasStore, catalog: Catalog, { playLagMs, page = window, clock = windowClock }: UrlSyncOptions): void {
  let applying = false;
  let written: AtlasState = store.getState();
  let timer: { handle: unknown; lag: number } | null = null;
  // While the timeline plays, its first step makes the one history entry and the rest replace it.
  let pushedForPlay = false;
  const write = () => {
    timer = null;
    const state = store.getState();
    const search = serializeUrl(state);
    const navigation = isNavigation(state as UrlState, written as UrlState) && !pushedForPlay;
    written = state;
    if (search === page.location.search) {
      if (!state.playing) pushedForPlay = false;
      return;
    }
    const url = `${page.location.pathname}${search}${page.location.hash}`;
    if (navigation && state.playing) pushedForPlay = true;
    else if (!state.playing) pushedForPlay = false;
    // Inside an embed every entry would land in the host page's Back button: replace, never push.
    if (navigation && !state.embed) page.history.pushState(null, '', url);
    else page.history.replaceState(null, '', url);
  };
  const cancel = () => {
    if (timer) clock.clear(timer.handle);
    timer = null;
  };
  store.subscribe((state) => {
    if (applying) return;
    const lag = state.playing ? playLagMs : 0;
    // A write already waiting covers this change too, unless this one should not wait as long (Play stopped).
    if (timer && timer.lag <= lag) return;
    cancel();
    timer = { handle: clock.set(write, lag), lag };
  });
  page.addEventListener('popstate', () => {
    cancel();
    const { state, messages } = readUrl(page.location.search, catalog, { ...store.getState(), hover: null, focus: null });
    applying = true;
    store.setState({ ...state, notices: notices(state.notices, messages) });
    applying = false;
    written = store.getState();
  });
}
