import type { Catalog } from './normalize';
import type { AtlasState } from './state';
import type { AtlasStore } from './store';
import { notices } from './store';
import { isNavigation, readUrl, serializeUrl, type UrlState } from './url';

/**
 * The URL is a projection of the store: pushState for a new view of the data, replaceState for
 * panning and for everything in an embed; back/forward restore. What one input changes is written once, in a task of its own
 * after the handlers: writing history makes the browser lay out the page first (it saves the
 * scroll position), which inside the input handler would be a forced synchronous layout.
 */
export function syncUrl(store: AtlasStore, catalog: Catalog): void {
  let applying = false;
  let written: AtlasState = store.getState();
  let pending = false;
  // While the timeline plays, its first step makes the one history entry and the rest replace it.
  let pushedForPlay = false;
  const write = () => {
    if (!pending) return;
    pending = false;
    const state = store.getState();
    const search = serializeUrl(state);
    const navigation = isNavigation(state as UrlState, written as UrlState) && !pushedForPlay;
    written = state;
    if (search === window.location.search) {
      if (!state.playing) pushedForPlay = false;
      return;
    }
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (navigation && state.playing) pushedForPlay = true;
    else if (!state.playing) pushedForPlay = false;
    // Inside an embed every entry would land in the host page's Back button: replace, never push.
    if (navigation && !state.embed) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  store.subscribe(() => {
    if (applying || pending) return;
    pending = true;
    setTimeout(write, 0);
  });
  window.addEventListener('popstate', () => {
    pending = false;
    const { state, messages } = readUrl(window.location.search, catalog, { ...store.getState(), hover: null, focus: null });
    applying = true;
    store.setState({ ...state, notices: notices(state.notices, messages) });
    applying = false;
    written = store.getState();
  });
}
